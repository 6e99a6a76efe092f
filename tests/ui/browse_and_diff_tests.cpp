// Browse rows and filters; the letter-by-letter difference shown in feedback.
#include <doctest/doctest.h>

#include "ui/browse_rows.hpp"
#include "ui/browse_sort.hpp"
#include "ui/browse_view.hpp"
#include "ui/text_diff.hpp"
#include "ui/widgets.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

constexpr UnixMs kNow = 1'749'988'800'000;

Library browseLibrary() {
    Bank bank;
    bank.id = "b";
    bank.questions.push_back(makeQuestion("trade", "How large was trade?", TextAnswer{{"USD 18 billion"}, true, false}, {"economy"}));
    bank.questions.push_back(makeQuestion("visit", "Was the visit official?", TrueFalseAnswer{true}, {"politics"}));
    bank.questions.push_back(makeQuestion("pm", "Who was Prime Minister?", TextAnswer{{"Shinzo Abe"}, true, false}, {"people"}));
    Library library;
    library.banks.push_back(bank);
    return library;
}

// Returns what the window hands Browse: the library, the machine's settings and the study backend.
UiContext browseContext(const Library& library, AppSettings& settings, StudyBackend& backend) {
    UiContext context;
    context.library = &library;
    context.settings = &settings;
    context.study = &backend;
    return context;
}

}  // namespace

TEST_CASE("browse rows carry card state and filter by search, tag, type and state") {
    const Library library = browseLibrary();
    std::map<CardKey, StoredCard> cards;
    StoredCard review;
    review.memory.phase = CardPhase::Review;
    review.memory.stability = 10.0;
    review.memory.dueMs = kNow - kMsPerDay;
    review.memory.lastReviewMs = kNow - 11 * kMsPerDay;
    review.memory.lapses = 2;
    cards[{"b", "trade"}] = review;
    StoredCard suspended;
    suspended.suspended = true;
    cards[{"b", "pm"}] = suspended;
    const auto scheduler = makeScheduler(SchedulerKind::Fsrs, SchedulerConfig{});
    const auto rows = buildBrowseRows(library, cards, *scheduler, kNow);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].retrievability > 0.0);
    CHECK(rows[0].retrievability < 1.0);
    CHECK(rows[1].retrievability == 0.0);  // new
    CHECK(browseStateName(rows[0], kNow) == "review");
    CHECK(browseStateName(rows[1], kNow) == "new");
    CHECK(browseStateName(rows[2], kNow) == "suspended");

    BrowseFilter filter;
    CHECK(filterBrowseRows(rows, filter, kNow, 0).size() == 3);
    filter.search = "BILLION";  // the expected answer is searched, case-insensitively
    CHECK(filterBrowseRows(rows, filter, kNow, 0) == std::vector<int>{0});
    filter.search.clear();
    filter.tag = "politics";
    CHECK(filterBrowseRows(rows, filter, kNow, 0) == std::vector<int>{1});
    filter.tag.clear();
    filter.type = QuestionType::Text;
    CHECK(filterBrowseRows(rows, filter, kNow, 0) == std::vector<int>{0, 2});
    filter.type.reset();
    filter.state = BrowseState::DueToday;
    CHECK(filterBrowseRows(rows, filter, kNow, 0) == std::vector<int>{0});
    filter.state = BrowseState::Suspended;
    CHECK(filterBrowseRows(rows, filter, kNow, 0) == std::vector<int>{2});
    filter.state = BrowseState::New;
    CHECK(filterBrowseRows(rows, filter, kNow, 0) == std::vector<int>{1});
}

TEST_CASE("the browse view lists 20,000 questions but draws only the visible rows") {
    HeadlessImGui imgui;
    BackendFixture fixture;
    Library library;
    Bank bank;
    bank.id = "big";
    for (int i = 0; i < 20000; ++i) {
        bank.questions.push_back(makeQuestion("q" + std::to_string(i), "Question number " + std::to_string(i), TrueFalseAnswer{true}));
    }
    library.banks.push_back(bank);
    AppSettings settings;
    UiContext context = browseContext(library, settings, *fixture.backend);
    BrowseView view;
    ImDrawData* data = nullptr;
    for (int i = 0; i < 3; ++i) {
        data = imgui.frame([&] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("browse", nullptr, ImGuiWindowFlags_NoDecoration);
            view.drawContent(context);
            ImGui::End();
        });
    }
    CHECK(view.rows().size() == 20000);
    CHECK(view.visible().size() == 20000);
    // 800 px hold a few dozen rows; drawing all 20,000 would take millions of vertices.
    CHECK(data->TotalVtxCount < 60000);
    view.filter().search = "number 1999";
    view.refilter();
    imgui.frame([&] {
        ImGui::Begin("browse");
        view.drawContent(context);
        ImGui::End();
    });
    CHECK(view.visible().size() == 11);  // 1999 and 19990..19999
}

TEST_CASE("text differences mark the missing and the extra letters") {
    const TextDiff diff = diffTexts("Kireva", "Kireeva");
    std::string missing;
    for (const DiffSegment& run : diff.expected) {
        if (run.marked) missing += run.text;
    }
    CHECK(missing == "e");
    for (const DiffSegment& run : diff.given) CHECK_FALSE(run.marked);
    const TextDiff extra = diffTexts("Shinzoo abe", "Shinzo Abe");  // case does not count as a difference
    int marked = 0;
    for (const DiffSegment& run : extra.given) marked += run.marked ? static_cast<int>(run.text.size()) : 0;
    CHECK(marked == 1);
    const TextDiff cyrillic = diffTexts("Лавров", "Лавроф");
    REQUIRE(cyrillic.given.size() == 2);
    CHECK(cyrillic.given[1].text == "в");
    CHECK(cyrillic.given[1].marked);
}

TEST_CASE("long table cells end in an ellipsis that fits the column, cut between whole characters") {
    HeadlessImGui imgui;
    imgui.frame([] {
        const std::string text = "Какой город — столица Японии? Which city is the capital of Japan?";
        const float width = ImGui::CalcTextSize(text.c_str()).x / 3.0f;
        const std::string cut = ellipsized(text, width);
        CHECK(cut.size() < text.size());
        CHECK(ImGui::CalcTextSize(cut.c_str()).x <= width + 0.5f);
        CHECK(cut.substr(cut.size() - 3) == "\u2026");
        CHECK(text.compare(0, cut.size() - 3, cut, 0, cut.size() - 3) == 0);  // a prefix of the text
        CHECK(ellipsized("short", 1000.0f) == "short");
    });
}

TEST_CASE("question types are labelled as a learner reads them") {
    CHECK(std::string(questionTypeLabel(QuestionType::TrueFalse)) == "true/false");
    CHECK(std::string(questionTypeLabel(QuestionType::Multi)) == "multi");
    CHECK(std::string(questionTypeLabel(QuestionType::Cloze)) == "cloze");
}

TEST_CASE("browse sorts by any column, stable, dates and numbers by value, rows without a value last") {
    Library library;
    Bank bank;
    bank.id = "b";
    bank.questions.push_back(makeQuestion("a", "beta", TrueFalseAnswer{true}, {"x"}));
    bank.questions.push_back(makeQuestion("b", "Alpha", TextAnswer{{"one"}, true, false}, {}));
    bank.questions.push_back(makeQuestion("c", "gamma", TrueFalseAnswer{true}, {"w"}));
    bank.questions.push_back(makeQuestion("d", "delta", TextAnswer{{"two"}, true, false}, {"x"}));
    library.banks.push_back(bank);
    std::map<CardKey, StoredCard> cards;
    const auto studied = [&](const char* id, UnixMs dueMs, double stability, int lapses) {
        StoredCard card;
        card.memory.phase = CardPhase::Review;
        card.memory.stability = stability;
        card.memory.dueMs = dueMs;
        card.memory.lastReviewMs = kNow - kMsPerDay;
        card.memory.lapses = lapses;
        cards[{"b", id}] = card;
    };
    // As text "9.0" > "10.0" and 9 days sorts after 10 days; as numbers it does not.
    studied("a", kNow + 10 * kMsPerDay, 10.0, 2);
    studied("c", kNow + 9 * kMsPerDay, 9.0, 0);
    studied("d", kNow + 100 * kMsPerDay, 100.0, 2);
    const std::vector<BrowseRow> rows = buildBrowseRows(library, cards, *makeScheduler(SchedulerKind::Fsrs, SchedulerConfig{}), kNow);
    const auto sorted = [&](BrowseColumn column, SortDirection direction) {
        std::vector<int> indices{0, 1, 2, 3};
        sortBrowseRows(rows, indices, column, direction, kNow);
        std::string ids;
        for (int index : indices) ids += rows[static_cast<std::size_t>(index)].question->id;
        return ids;
    };
    CHECK(sorted(BrowseColumn::Question, SortDirection::Ascending) == "badc");  // case-insensitive
    CHECK(sorted(BrowseColumn::Question, SortDirection::Descending) == "cdab");
    CHECK(sorted(BrowseColumn::Due, SortDirection::Ascending) == "cadb");       // the new question last
    CHECK(sorted(BrowseColumn::Due, SortDirection::Descending) == "dacb");      // ... either way
    CHECK(sorted(BrowseColumn::Stability, SortDirection::Ascending) == "cadb");
    CHECK(sorted(BrowseColumn::Recall, SortDirection::Descending).back() == 'b');
    // Equal keys keep bank order in both directions: a and d both have 2 lapses, b has 0 (new).
    CHECK(sorted(BrowseColumn::Lapses, SortDirection::Ascending) == "bcad");
    CHECK(sorted(BrowseColumn::Lapses, SortDirection::Descending) == "adbc");
    CHECK(sorted(BrowseColumn::Type, SortDirection::Ascending) == "bdac");      // text before true/false
    CHECK(sorted(BrowseColumn::State, SortDirection::Ascending) == "bacd");     // new before review
    CHECK(sorted(BrowseColumn::Tags, SortDirection::Ascending) == "cadb");      // w < x; no tags last
}

TEST_CASE("browse acts on the chosen questions through core and says what it did") {
    HeadlessImGui imgui;
    BackendFixture fixture;
    const Library library = browseLibrary();
    AppSettings settings;
    UiContext context = browseContext(library, settings, *fixture.backend);
    BrowseView view;
    const auto frame = [&] { imgui.frame([&] { inFullWindow([&] { view.drawContent(context); }); }); };
    frame();
    REQUIRE(view.rows().size() == 3);
    view.choose({0, 2});
    view.act(context, CardAction::Suspend);
    CHECK(view.notice() == "Suspended 2 questions.");
    frame();  // the rows follow the backend's new revision
    CHECK(browseStateName(view.rows()[0], kNow) == "suspended");
    CHECK(browseStateName(view.rows()[1], kNow) == "new");
    CHECK(browseStateName(view.rows()[2], kNow) == "suspended");
    view.choose({0, 1});
    view.act(context, CardAction::Unsuspend);
    CHECK(view.notice() == "Unsuspended 1 question (1 question already so).");
    view.act(context, CardAction::Bury);
    frame();
    CHECK(browseStateName(view.rows()[0], kNow) == "buried");
    CHECK(browseStateName(view.rows()[1], kNow) == "buried");
    CHECK(view.chosen() == std::set<int>{0, 1});  // the choice survives the rebuilt rows
}
