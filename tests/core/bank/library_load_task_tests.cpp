// Loading a library on a worker (LibraryLoadTask, loadLibrary's hooks): progress reaches the total,
// cancelling stops between banks, and the result equals the synchronous load, with and without the cache.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_cache_codec.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/bank/library_load_task.hpp"

using namespace retain;

namespace {

namespace fs = std::filesystem;

// A library of `banks` bank files of `perBank` text questions each, in a fresh temporary folder.
struct GeneratedLibrary {
    fs::path root;
    GeneratedLibrary(int banks, int perBank) {
        static int serial = 0;
        root = fs::temp_directory_path() / ("retain-load-task-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + "-" +
                                                  std::to_string(serial++));
        fs::remove_all(root);
        fs::create_directories(root / "library");
        for (int b = 0; b < banks; ++b) {
            std::ofstream out(root / "library" / ("bank-" + std::to_string(b) + ".yaml"));
            out << "bank:\n  id: bank-" << b << "\n  title: Bank " << b << "\nquestions:\n";
            for (int q = 0; q < perBank; ++q) {
                out << "  - id: q" << q << "\n    type: text\n    prompt: \"Question " << q << " of bank " << b
                    << "?\"\n    explanation: Generated.\n    answer: \"answer " << q << "\"\n";
            }
        }
    }
    ~GeneratedLibrary() { fs::remove_all(root); }
    std::string folder() const { return (root / "library").string(); }
    std::string cache() const { return (root / "cache").string(); }
};

// The whole library as bytes: each bank through the cache codec (every field), then the problems.
std::string bytesOf(const Library& library) {
    std::string bytes;
    for (const Bank& bank : library.banks) {
        BankLoadResult result;
        result.ok = true;
        result.bank = bank;
        bytes += encodeBankCacheEntry(result, BankCacheKey{1, 1, bank.id});
    }
    bytes += retain::test::describe(library.problems);
    return bytes;
}

// Polls the task until it is done (a bounded wait: 30 s), returning the library or null.
Library* waitForLibrary(LibraryLoadTask& task) {
    for (int i = 0; i < 3000; ++i) {
        if (Library* library = task.poll()) return library;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return nullptr;
}

}  // namespace

TEST_CASE("a library load reports progress after each bank, up to its total") {
    const GeneratedLibrary generated(5, 40);
    std::vector<LibraryLoadProgress> seen;
    LibraryLoadHooks hooks;
    hooks.progress = [&seen](const LibraryLoadProgress& progress) { seen.push_back(progress); };
    const Library library = loadLibrary(generated.folder(), "", hooks);
    REQUIRE(seen.size() == 6);  // the totals before the first bank, then one per bank
    CHECK(seen.front().banksDone == 0);
    CHECK(seen.front().banksTotal == 5);
    CHECK(seen.front().bytesTotal > 0);
    CHECK(seen.front().bytesTotal == static_cast<std::uint64_t>([&] {
              std::uintmax_t sum = 0;
              for (const auto& entry : fs::directory_iterator(generated.folder())) sum += entry.file_size();
              return sum;
          }()));
    for (std::size_t i = 1; i < seen.size(); ++i) {
        CHECK(seen[i].banksDone == static_cast<int>(i));
        CHECK(seen[i].bytesDone > seen[i - 1].bytesDone);
        CHECK(seen[i].questionsLoaded == 40 * i);
    }
    CHECK(seen.back().bytesDone == seen.back().bytesTotal);
    CHECK(library.complete);
    CHECK(library.banks.size() == 5);
}

TEST_CASE("the task's library equals the synchronous load, without and with the compiled cache") {
    const GeneratedLibrary generated(4, 30);
    const std::string expected = bytesOf(loadLibrary(generated.folder()));
    for (int run = 0; run < 2; ++run) {  // the first run writes the cache entries, the second reads them
        CAPTURE(run);
        std::atomic<int> wakes{0};
        LibraryLoadTask task(generated.folder(), generated.cache(), [&wakes] { ++wakes; });
        Library* library = waitForLibrary(task);
        REQUIRE(library != nullptr);
        CHECK(library->complete);
        CHECK(bytesOf(*library) == expected);
        CHECK(task.poll() == library);  // then always the same object
        const LibraryLoadProgress last = task.progress();
        CHECK(last.banksDone == 4);
        CHECK(last.banksTotal == 4);
        CHECK(last.questionsLoaded == 120);
        CHECK(last.bytesDone == last.bytesTotal);
        CHECK(wakes.load() == 6);  // totals, four banks, and the end
    }
    CHECK(fs::exists(generated.cache()));
}

// Blocks the worker's wake-up until flag is set (bounded: 10 s), so a test knows where the worker is.
void holdUntil(const std::atomic<bool>& flag) {
    for (int i = 0; i < 1000 && !flag.load(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

TEST_CASE("cancelling a library load stops before the next bank and keeps the banks loaded") {
    const GeneratedLibrary generated(6, 20);
    std::atomic<LibraryLoadTask*> running{nullptr};
    std::atomic<bool> started{false};
    // The wake-up runs on the worker right after a progress report: cancel once two banks are in, so the
    // stop lands at a known bank whatever the thread timing.
    auto task = std::make_unique<LibraryLoadTask>(generated.folder(), "", [&running, &started] {
        holdUntil(started);
        LibraryLoadTask* self = running.load();
        if (self->progress().banksDone == 2) self->cancel();
    });
    running = task.get();
    started = true;
    Library* library = waitForLibrary(*task);
    REQUIRE(library != nullptr);
    CHECK_FALSE(library->complete);
    REQUIRE(library->banks.size() == 2);
    CHECK(library->banks[1].id == "bank-1");
    CHECK(task->progress().banksDone == 2);
    CHECK(task->progress().banksTotal == 6);
}

TEST_CASE("a cancelled load through the hooks returns the banks before the stop, incomplete") {
    const GeneratedLibrary generated(6, 20);
    int reports = 0;
    LibraryLoadHooks hooks;
    hooks.progress = [&reports](const LibraryLoadProgress&) { ++reports; };
    hooks.cancelled = [&reports] { return reports > 3; };  // totals + 3 banks, then stop
    const Library library = loadLibrary(generated.folder(), generated.cache(), hooks);
    CHECK_FALSE(library.complete);
    REQUIRE(library.banks.size() == 3);
    CHECK(library.banks[0].id == "bank-0");
    CHECK(library.banks[2].id == "bank-2");
}

TEST_CASE("destroying a running task cancels it and waits for the worker") {
    const GeneratedLibrary generated(8, 200);
    std::atomic<int> wakes{0};
    std::atomic<bool> cancelled{false};
    {
        // The first wake-up (the totals) waits for the cancel, so no bank is read after it.
        LibraryLoadTask task(generated.folder(), "", [&wakes, &cancelled] {
            holdUntil(cancelled);
            ++wakes;
        });
        task.cancel();
        cancelled = true;
    }  // the destructor returns only after the worker's last wake-up
    CHECK(wakes.load() == 2);  // the totals and the end, nothing between
}
