// Generated question banks for benchmarks and scale measurements: nine question types in turn, with
// prompts and explanations of typical length. Shared by the bench programs and bench/gen_library.cpp so
// every figure in docs/performance.md is measured on the same shape of library.
#pragma once

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace retain::bench {

// Questions per generated file: 5,000 questions are about 3 MiB of YAML, under the 8 MiB file limit.
constexpr int kQuestionsPerFile = 5000;

// Returns the YAML of one question of type (index % 9).
inline std::string generatedQuestion(int index) {
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

// Returns the YAML of a bank with questions first .. first+count-1.
inline std::string generatedBank(const std::string& id, int first, int count) {
    std::string text = "bank:\n  id: " + id + "\n  title: Generated bank " + id + "\n  tags: [generated]\nquestions:\n";
    for (int i = first; i < first + count; ++i) text += generatedQuestion(i);
    return text;
}

// Writes a library of count questions into folder (emptied first) as ceil(count / perFile) bank files
// named bank-NNN.yaml; returns false when a file cannot be written.
inline bool writeGeneratedLibrary(const std::filesystem::path& folder, int count, int perFile = kQuestionsPerFile) {
    std::error_code error;
    std::filesystem::remove_all(folder, error);
    std::filesystem::create_directories(folder, error);
    if (error) return false;
    for (int first = 0, file = 0; first < count; first += perFile, ++file) {
        char name[32];
        std::snprintf(name, sizeof name, "bank-%03d.yaml", file);
        std::ofstream out(folder / name, std::ios::binary);
        out << generatedBank("generated-" + std::to_string(file), first, std::min(perFile, count - first));
        if (!out) return false;
    }
    return true;
}

}  // namespace retain::bench
