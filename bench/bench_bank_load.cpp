// Loading generated banks of 1k and 10k questions (all nine types in turn) from a file: pre-scan, yaml-cpp
// parse, conversion and validation. Also a 10k library split over 10 files, the shape large libraries take.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "core/bank/bank_loader.hpp"

namespace {

namespace fs = std::filesystem;

// One question of type (index % 9), with prompt and explanation of typical length.
std::string generatedQuestion(int index) {
    const std::string id = "q-" + std::to_string(index);
    std::string q = "  - id: " + id + "\n";
    q += "    prompt: \"Question " + std::to_string(index) + ": which figure, name or date does the article give for this fact?\"\n";
    q += "    explanation: \"The article states it in paragraph " + std::to_string(index % 30 + 1) +
         ", next to the figures on trade, investment and the visits of the two leaders.\"\n";
    q += "    tags: [figures, economy]\n";
    q += "    source: {paragraph: " + std::to_string(index % 30 + 1) + ", evidence: \"USD 18 billion\"}\n";
    switch (index % 9) {
        case 0: q += "    type: choice\n    choices: [Tokyo, Osaka, Kyoto, Sapporo]\n    answer: Kyoto\n"; break;
        case 1: q += "    type: multi\n    choices: [Iturup, Kunashir, Shikotan, Hokkaido]\n    answers: [Iturup, Kunashir]\n"; break;
        case 2: q += "    type: true_false\n    answer: false\n"; break;
        case 3: q += "    type: numeric\n    answer: 18e9\n    unit: USD\n    unit_aliases: [dollars]\n    relative_tolerance: 0.05\n"; break;
        case 4: q += "    type: date\n    answer: {from: 2018-05-25, to: 2018-05-26}\n"; break;
        case 5: q += "    type: text\n    answer: Shinzo Abe\n    aliases: [Abe, Abe Shinzo]\n"; break;
        case 6: q += "    type: ordering\n    items: [Declaration, Visit, Forum, Agreement]\n"; break;
        case 7:
            q += "    type: matching\n    pairs:\n      - {left: Shinzo Abe, right: Prime Minister}\n"
                 "      - {left: Vladimir Putin, right: President}\n";
            break;
        default: q += "    type: cloze\n    text: \"Trade reached {{USD 18 billion|18 billion}} in {{2017}}.\"\n"; break;
    }
    return q;
}

std::string generatedBank(const std::string& id, int first, int count) {
    std::string text = "bank:\n  id: " + id + "\n  title: Generated bank\n  tags: [generated]\nquestions:\n";
    for (int i = first; i < first + count; ++i) text += generatedQuestion(i);
    return text;
}

// Writes (once per process) a folder holding `files` banks of count/files questions each; returns the folder.
fs::path generatedLibrary(int count, int files) {
    static std::map<std::pair<int, int>, fs::path> made;
    const auto key = std::make_pair(count, files);
    if (const auto found = made.find(key); found != made.end()) return found->second;
    const fs::path folder = fs::temp_directory_path() / ("retain-bench-" + std::to_string(count) + "-" + std::to_string(files));
    fs::remove_all(folder);
    fs::create_directories(folder);
    const int perFile = count / files;
    for (int f = 0; f < files; ++f) {
        std::ofstream out(folder / ("bank-" + std::to_string(f) + ".yaml"), std::ios::binary);
        out << generatedBank("generated-" + std::to_string(f), f * perFile, perFile);
    }
    made[key] = folder;
    return folder;
}

void BM_LoadBankFile(benchmark::State& state) {
    const int count = static_cast<int>(state.range(0));
    const std::string path = (generatedLibrary(count, 1) / "bank-0.yaml").string();
    for (auto _ : state) {
        const retain::BankLoadResult result = retain::loadBank(path);
        if (static_cast<int>(result.bank.questions.size()) != count) state.SkipWithError("not every question loaded");
        benchmark::DoNotOptimize(result.bank.questions.data());
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(fs::file_size(path)));
}
BENCHMARK(BM_LoadBankFile)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_LoadLibrary10Files(benchmark::State& state) {
    const int count = static_cast<int>(state.range(0));
    const std::string folder = generatedLibrary(count, 10).string();
    for (auto _ : state) {
        const retain::Library library = retain::loadLibrary(folder);
        if (library.banks.size() != 10) state.SkipWithError("not every bank loaded");
        benchmark::DoNotOptimize(library.banks.data());
    }
    state.SetItemsProcessed(state.iterations() * count);
}
BENCHMARK(BM_LoadLibrary10Files)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
