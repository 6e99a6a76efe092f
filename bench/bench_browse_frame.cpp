// One frame of the Browse view at 50,000 rows in a headless Dear ImGui context (tests/ui/headless_imgui.hpp:
// real fonts, 1280 x 800, no GPU), over a 50,000-question generated library with 20,000 stored card states:
// - BM_BrowseFrame: a frame with nothing changed (what every redraw costs: filters, the clipped table,
//   the preview, ImGui's vertex output);
// - BM_BrowseFrameSearching: a frame right after the search text changed (the filter runs over every row);
// - BM_BrowseRowsBuild: building the rows (done when card states change, and once a minute).
// The rendering of ImGui's vertices by OpenGL is not included.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "core/bank/bank_loader.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/sqlite_db.hpp"
#include "generated_library.hpp"
#include "ui/browse_view.hpp"
#include "ui/ui_context.hpp"
#include "ui/ui_test_support.hpp"

namespace {

namespace fs = std::filesystem;
using retain::ui::testing::BackendFixture;
using retain::ui::testing::HeadlessImGui;

constexpr int kQuestions = 50000;
constexpr int kStoredCards = 20000;

struct Fixture {
    fs::path libraryFolder = fs::temp_directory_path() / "retain-bench-browse";
    HeadlessImGui imgui;
    BackendFixture backend;
    retain::Library library;
    retain::AppSettings settings;
    retain::ui::UiContext context;

    Fixture() {
        retain::bench::writeGeneratedLibrary(libraryFolder, kQuestions);
        library = retain::loadLibrary(libraryFolder.string());
        retain::sql::Database& db = backend.backend->db();
        retain::sql::Transaction transaction(db);
        int index = 0;
        const retain::UnixMs now = backend.clock.nowMs();
        for (const retain::Bank& bank : library.banks) {
            for (const retain::Question& question : bank.questions) {
                if (index == kStoredCards) break;
                retain::StoredCard card;
                card.memory.phase = retain::CardPhase::Review;
                card.memory.stability = 3.0 + index % 40;
                card.memory.difficulty = 1.0 + index % 9;
                card.memory.reps = 2 + index % 5;
                card.memory.lastReviewMs = now - (index % 20) * retain::kMsPerDay;
                card.memory.dueMs = now + (index % 61 - 30) * retain::kMsPerDay;
                retain::saveCard(db, backend.backend->profile().id, {bank.id, question.id}, card);
                ++index;
            }
        }
        transaction.commit();
        backend.backend->markChanged();
        context.library = &library;
        context.settings = &settings;
        context.study = backend.backend.get();
    }
    ~Fixture() { fs::remove_all(libraryFolder); }

    // Draws the view in a full-display window, as the app shell's tab does.
    void frame(retain::ui::BrowseView& view) {
        imgui.frame([&] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("browse", nullptr, ImGuiWindowFlags_NoDecoration);
            view.drawContent(context);
            ImGui::End();
        });
    }
};

Fixture& fixture() {
    static Fixture instance;
    return instance;
}

void BM_BrowseFrame(benchmark::State& state) {
    Fixture& f = fixture();
    retain::ui::BrowseView view;
    for (int i = 0; i < 3; ++i) f.frame(view);  // rows built, layout settled
    if (view.rows().size() != kQuestions) state.SkipWithError("not every question has a row");
    for (auto _ : state) f.frame(view);
    state.counters["rows"] = static_cast<double>(view.visible().size());
}
BENCHMARK(BM_BrowseFrame)->Unit(benchmark::kMillisecond);

void BM_BrowseFrameSearching(benchmark::State& state) {
    Fixture& f = fixture();
    retain::ui::BrowseView view;
    for (int i = 0; i < 3; ++i) f.frame(view);
    int round = 0;
    for (auto _ : state) {
        view.filter().search = (++round % 2) ? "question 12" : "question 4";
        view.refilter();
        f.frame(view);
    }
    state.counters["rows"] = static_cast<double>(view.visible().size());
}
BENCHMARK(BM_BrowseFrameSearching)->Unit(benchmark::kMillisecond);

void BM_BrowseRowsBuild(benchmark::State& state) {
    Fixture& f = fixture();
    retain::StudyBackend& backend = *f.backend.backend;
    for (auto _ : state) {
        const auto rows = retain::ui::buildBrowseRows(f.library, backend.cards(), backend.scheduler(), backend.clock().nowMs());
        benchmark::DoNotOptimize(rows.data());
    }
    state.SetItemsProcessed(state.iterations() * kQuestions);
}
BENCHMARK(BM_BrowseRowsBuild)->Unit(benchmark::kMillisecond);

}  // namespace
