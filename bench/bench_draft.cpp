// Drafting speed: the whole Russia–Japan article (about 18 KB) drafted into a bank, and the sentence
// splitter alone. Target (issue 21): under 200 ms for the article. The article stands beside the
// checkout (../shared/source); without it the benchmark reports an error instead of a time.
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

#include "core/draft/article.hpp"
#include "core/draft/drafter.hpp"

namespace {

std::string readArticle() {
    std::ifstream in(RETAIN_SHARED_SOURCE, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void BM_DraftRussiaJapanArticle(benchmark::State& state) {
    const std::string text = readArticle();
    if (text.empty()) {
        state.SkipWithError("the article " RETAIN_SHARED_SOURCE " is not there");
        return;
    }
    std::size_t questions = 0;
    for (auto _ : state) {
        const retain::draft::DraftReport report = retain::draft::draftBank(text, {"russia-japan-draft", "", 0});
        questions = report.bank.questions.size();
        benchmark::DoNotOptimize(questions);
    }
    state.counters["questions"] = static_cast<double>(questions);
}
BENCHMARK(BM_DraftRussiaJapanArticle)->Unit(benchmark::kMillisecond);

void BM_ReadArticleSentences(benchmark::State& state) {
    const std::string text = readArticle();
    if (text.empty()) {
        state.SkipWithError("the article is not there");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(retain::draft::readArticle(text));
}
BENCHMARK(BM_ReadArticleSentences)->Unit(benchmark::kMillisecond);

}  // namespace
