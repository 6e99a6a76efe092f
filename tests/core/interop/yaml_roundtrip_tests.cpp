// The bank writer and the bank loader agree (issue 19, case 4): any text the loader can hold comes back
// from writeBankYaml unchanged, and the CSV import the fuzzer broke ("term one - [x") loads back.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/bank/bank_loader.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/csv_import.hpp"
#include "core/interop/gift_import.hpp"
#include "core/seeded_random.hpp"
#include "core/text/trim.hpp"

using namespace retain;

namespace {

std::string describe(const ProblemList& problems) {
    std::string out;
    for (const Problem& problem : problems) out += problem.format() + "\n";
    return out;
}

// What the fuzz_interop target checks: an import with questions writes a bank the loader reads whole.
// Returns whether the import had questions to write (an input the importer refuses is no round trip).
bool checkWrittenBankLoads(const ImportResult& result) {
    if (!result.ok) return false;
    const std::string yaml = writeBankYaml(result.bank);
    const BankLoadResult loaded = loadBankFromString(yaml, "imported.yaml");
    INFO(yaml);
    INFO(describe(loaded.problems));
    CHECK(loaded.ok);
    CHECK(loaded.bank.questions.size() == result.bank.questions.size());
    return true;
}

// Random text from an alphabet heavy in YAML's indicators, trimmed as the loader trims.
std::string randomText(SplitMix64& random, bool lineBreaks) {
    static const std::string kPieces[] = {"-", "- ", "?", "? ", ":", ": ", ",", "[", "]", "{", "}", "#", " #", "&", "*",
                                          "!", "|", ">", "'", "\"", "%", "@", "`", " ", "\t", "a", "term", "x", "1",
                                          "0x10", "1e3", "true", "null", "~", "é", "\u00bd", "---", "...", "\\", "\n"};
    const std::size_t pieces = std::size(kPieces) - (lineBreaks ? 0 : 1);
    std::string text;
    const std::uint64_t length = 1 + random.below(8);
    for (std::uint64_t i = 0; i < length; ++i) text += kPieces[random.below(pieces)];
    return trimmedCopy(text);
}

}  // namespace

TEST_CASE("yaml round trip: the CSV field that broke fuzz_interop loads back") {
    const ImportOptions options{"fuzz", "Fuzz"};
    // The field is the prompt one way and the answer the other.
    for (const PromptSide side : {PromptSide::Definition, PromptSide::Term}) {
        const DelimitedImportOptions csv{",", side};
        CHECK(checkWrittenBankLoads(importDelimited("term one - [x,definition\nq ? {y,z - ]\n", "f.csv", options, csv)));
        CHECK(checkWrittenBankLoads(importDelimited("a - - [b,c - ? [d\n", "f.csv", options, csv)));
    }
}

TEST_CASE("yaml round trip: every input kept in the fuzz corpus imports into a bank that loads") {
    const std::filesystem::path corpus = std::filesystem::path(RETAIN_TEST_DATA) / ".." / "fuzz" / "corpus" / "fuzz_interop";
    int inputs = 0;
    int written = 0;  // inputs the importer accepted, so a bank was written and read back
    for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        const std::string data = bytes.str();
        if (data.empty()) continue;
        ++inputs;
        INFO(entry.path().string());
        const std::string text = data.substr(1);
        const ImportOptions options{"fuzz", "Fuzz"};
        // The first byte picks the reader, as in tests/fuzz/fuzz_interop.cpp.
        switch (static_cast<unsigned char>(data[0]) % 4) {
            case 0: written += checkWrittenBankLoads(importGift(text, "fuzz.gift", options)) ? 1 : 0; break;
            case 1: written += checkWrittenBankLoads(importDelimited(text, "fuzz.csv", options, DelimitedImportOptions{",", PromptSide::Definition})) ? 1 : 0; break;
            case 2: written += checkWrittenBankLoads(importDelimited(text, "fuzz.tsv", options, DelimitedImportOptions{"\t", PromptSide::Term})) ? 1 : 0; break;
            default: break;
        }
    }
    CHECK(inputs >= 1);
    CHECK(written >= 1);
}

TEST_CASE("yaml round trip: any text -> bank writer -> loader -> the same text") {
    SplitMix64 random(19);
    int checked = 0;
    for (int round = 0; round < 2000; ++round) {
        const std::string prompt = randomText(random, true);
        const std::string answer = randomText(random, false);
        const std::string explanation = randomText(random, true);
        if (prompt.empty() || answer.empty()) continue;
        Bank bank;
        bank.id = "roundtrip";
        bank.title = randomText(random, false);
        if (bank.title.empty()) bank.title = "t";
        Question question;
        question.id = "q1";
        question.prompt = prompt;
        question.explanation = explanation;
        question.answer = TextAnswer{{answer}};
        bank.questions.push_back(question);
        const std::string yaml = writeBankYaml(bank);
        const BankLoadResult loaded = loadBankFromString(yaml, "roundtrip.yaml");
        INFO(yaml);
        INFO(describe(loaded.problems));
        REQUIRE(loaded.ok);
        REQUIRE(loaded.bank.questions.size() == 1);
        const Question& back = loaded.bank.questions[0];
        CHECK(loaded.bank.title == bank.title);
        CHECK(back.prompt == prompt);
        CHECK(back.explanation == explanation);
        REQUIRE(back.type() == QuestionType::Text);
        CHECK(std::get<TextAnswer>(back.answer).accepted == std::vector<std::string>{answer});
        ++checked;
    }
    CHECK(checked > 1500);
}
