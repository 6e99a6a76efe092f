// Big imports (issue 19, case 5): limits on one field and on the number of notes are checked while
// reading, and a bank too big for one file is written as a bank folder of files under the limit.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/bank/bank_loader.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/csv_import.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

ImportOptions bankOptions() { return ImportOptions{"big", "Big"}; }

bool hasProblemWith(const ImportResult& result, const std::string& words, int line = -1) {
    return std::any_of(result.problems.begin(), result.problems.end(), [&](const Problem& p) {
        return p.message.find(words) != std::string::npos && (line < 0 || p.line == line);
    });
}

}  // namespace

TEST_CASE("import limits: a CSV field over 1 MiB is refused at its row; the other rows import") {
    const std::string text = "Tokyo,Capital of Japan\nHuge," + std::string(kMaxImportFieldBytes + 1, 'y') + "\nKyoto,Old capital\n";
    const ImportResult result = importDelimited(text, "big.csv", bankOptions(), DelimitedImportOptions{","});
    REQUIRE(result.ok);
    CHECK(result.bank.questions.size() == 2);
    CHECK(hasProblemWith(result, "the definition is " + std::to_string(kMaxImportFieldBytes + 1) + " bytes", 2));
    CHECK(hasProblemWith(result, "at most 1 MiB"));
}

TEST_CASE("import limits: reading stops after 100,000 notes with how to split the file") {
    std::string text;
    text.reserve((kMaxImportNotes + 5) * 16);
    for (std::size_t i = 0; i < kMaxImportNotes + 5; ++i) text += "t" + std::to_string(i) + ",d" + std::to_string(i) + "\n";
    const ImportResult result = importDelimited(text, "many.csv", bankOptions(), DelimitedImportOptions{","});
    REQUIRE(result.ok);
    CHECK(result.bank.questions.size() == kMaxImportNotes);
    CHECK(hasProblemWith(result, "more than 100000 notes", static_cast<int>(kMaxImportNotes) + 1));
    CHECK(hasProblemWith(result, "split -l 100000"));
}

TEST_CASE("bank writer: a bank too big for one file becomes a bank folder of files under the limit") {
    Bank bank;
    bank.id = "split-me";
    bank.title = "Split me";
    bank.tags = {"imported"};
    for (int i = 0; i < 300; ++i) {
        Question question;
        question.id = "q-" + std::to_string(i);
        question.prompt = "Question number " + std::to_string(i) + " with some words: [x] - y";
        question.answer = TextAnswer{{"answer " + std::to_string(i)}};
        bank.questions.push_back(std::move(question));
    }
    const std::size_t whole = writeBankYaml(bank).size();
    CHECK(writeBankFiles(bank, "comment", whole + 100).size() == 1);
    CHECK(writeBankFiles(bank, "comment", whole + 100).front().name.empty());

    constexpr std::size_t kLimit = 4096;
    const std::vector<BankFileText> files = writeBankFiles(bank, "Imported from a test", kLimit);
    REQUIRE(files.size() >= whole / kLimit);
    CHECK(files.front().name == "bank.yaml");
    test::TempDir dir("bank-split");
    const std::string folder = dir.file("split-me");
    std::filesystem::create_directories(folder);
    for (std::size_t i = 0; i < files.size(); ++i) {
        CAPTURE(files[i].name);
        CHECK(files[i].text.size() <= kLimit);
        CHECK((files[i].text.find("bank:") != std::string::npos) == (i == 0));  // only bank.yaml has the header
        test::writeFile(folder + "/" + files[i].name, files[i].text);
    }
    const BankLoadResult loaded = loadBank(folder);
    REQUIRE(loaded.ok);
    for (const Problem& each : loaded.problems) CHECK(each.severity == Severity::Warning);  // "no explanation" only
    CHECK(loaded.bank.id == "split-me");
    REQUIRE(loaded.bank.questions.size() == bank.questions.size());
    for (std::size_t i = 0; i < bank.questions.size(); ++i) CHECK(loaded.bank.questions[i].id == bank.questions[i].id);
}
