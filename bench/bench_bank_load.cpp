// Loading generated banks (all nine question types in turn, bench/generated_library.hpp):
// - one bank file of 1k and 10k questions from YAML: pre-scan, yaml-cpp parse, conversion, validation;
// - libraries of 1k, 10k and 50k questions (5,000 per file) three ways: YAML only (no cache), first start
//   (YAML, then the compiled-bank cache written) and second start (every bank read from the cache).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <string>

#include "core/bank/bank_loader.hpp"
#include "generated_library.hpp"

namespace {

namespace fs = std::filesystem;

// Writes (once per process) a library of count questions, perFile per file; returns its folder.
fs::path generatedLibrary(int count, int perFile) {
    static std::map<std::pair<int, int>, fs::path> made;
    const auto key = std::make_pair(count, perFile);
    if (const auto found = made.find(key); found != made.end()) return found->second;
    const fs::path folder = fs::temp_directory_path() / ("retain-bench-" + std::to_string(count) + "-" + std::to_string(perFile));
    if (!retain::bench::writeGeneratedLibrary(folder, count, perFile)) return {};
    made[key] = folder;
    return folder;
}

std::size_t questionCount(const retain::Library& library) {
    std::size_t count = 0;
    for (const retain::Bank& bank : library.banks) count += bank.questions.size();
    return count;
}

void BM_LoadBankFile(benchmark::State& state) {
    const int count = static_cast<int>(state.range(0));
    const std::string path = (generatedLibrary(count, count) / "bank-000.yaml").string();
    for (auto _ : state) {
        const retain::BankLoadResult result = retain::loadBank(path);
        if (static_cast<int>(result.bank.questions.size()) != count) state.SkipWithError("not every question loaded");
        benchmark::DoNotOptimize(result.bank.questions.data());
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(fs::file_size(path)));
}
BENCHMARK(BM_LoadBankFile)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// How the library is loaded in a benchmark.
enum class CacheUse { None, FirstStart, SecondStart };

void loadLibraryBenchmark(benchmark::State& state, CacheUse use) {
    const int count = static_cast<int>(state.range(0));
    const fs::path folder = generatedLibrary(count, retain::bench::kQuestionsPerFile);
    const fs::path cacheDir = fs::temp_directory_path() / ("retain-bench-cache-" + std::to_string(count));
    fs::remove_all(cacheDir);
    if (use == CacheUse::SecondStart) (void)retain::loadLibrary(folder.string(), cacheDir.string());
    for (auto _ : state) {
        if (use == CacheUse::FirstStart) {
            state.PauseTiming();
            fs::remove_all(cacheDir);
            state.ResumeTiming();
        }
        const retain::Library library = retain::loadLibrary(folder.string(), use == CacheUse::None ? std::string() : cacheDir.string());
        if (static_cast<int>(questionCount(library)) != count) state.SkipWithError("not every question loaded");
        benchmark::DoNotOptimize(library.banks.data());
    }
    fs::remove_all(cacheDir);
    state.SetItemsProcessed(state.iterations() * count);
}

void BM_LoadLibraryYaml(benchmark::State& state) { loadLibraryBenchmark(state, CacheUse::None); }
void BM_LoadLibraryFirstStart(benchmark::State& state) { loadLibraryBenchmark(state, CacheUse::FirstStart); }
void BM_LoadLibrarySecondStart(benchmark::State& state) { loadLibraryBenchmark(state, CacheUse::SecondStart); }
BENCHMARK(BM_LoadLibraryYaml)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadLibraryFirstStart)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadLibrarySecondStart)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

}  // namespace
