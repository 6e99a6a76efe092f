// Every picture of an Anki note and whole-collection packages. The fixtures come from
// tests/data/interop/make_anki_fixtures.py: several-pictures.apkg (notes with two pictures on the front
// and two on the back), collection-2.1.50.colpkg and legacy-collection.colpkg (Anki's "Collection
// Package" export, the same zip as an .apkg holding the whole collection).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "core/bank/bank_loader.hpp"
#include "core/interop/apkg_import.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/imported_files.hpp"
#include "core/interop/importer.hpp"
#include "../bank/bank_test_helpers.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

const Problem* problemSaying(const ImportResult& result, const std::string& words) { return test::findProblem(result.problems, words); }

}  // namespace

TEST_CASE("Anki pictures: the first front picture goes with the prompt, the first back one with the explanation") {
    const ImportResult result = importApkg(test::testData("interop/several-pictures.apkg"), ImportOptions{"two", "Two", ""});
    REQUIRE(result.ok);
    REQUIRE(result.bank.questions.size() == 2);
    const Question& flags = result.bank.questions[0];
    CHECK(flags.prompt == "Which two flags?");
    CHECK(flags.image.path == "two-media/blue.png");
    CHECK(flags.image.alt == "A blue flag");
    CHECK(flags.explanation == "Both are plain.");
    CHECK(flags.explanationImage.path == "two-media/map.png");
    CHECK(flags.explanationImage.alt == "Where they fly");
    const Question& paris = result.bank.questions[1];
    CHECK(paris.image.empty());
    CHECK(paris.explanationImage.path == "two-media/map.png");
    CHECK(paris.explanationImage.alt == "map.png");  // no alt attribute: the file name
    // Each file once, though map.png serves two notes.
    CHECK(result.files.size() == 2);
    // What was dropped is counted and named, note by note.
    const Problem* dropped = problemSaying(result, "2 picture(s) left out");
    REQUIRE(dropped != nullptr);
    CHECK(dropped->severity == Severity::Warning);
    CHECK(dropped->message.find("note 1 (id 1): red.jpg, note 1 (id 1): red.jpg") != std::string::npos);
}

TEST_CASE("Anki pictures: the explanation's picture is written, checked and dropped like the prompt's") {
    test::TempDir dir("anki-explanation-picture");
    ImportResult result = importApkg(test::testData("interop/several-pictures.apkg"), ImportOptions{"two", "Two", ""});
    REQUIRE(result.ok);
    const std::string bankPath = dir.file("banks/two.yaml");
    SUBCASE("kept: the bank loads with both pictures and lints clean") {
        std::vector<std::string> written;
        std::string error;
        REQUIRE(writeImportedFiles(result, bankPath, written, error));
        CHECK(written.size() == 2);
        const BankLoadResult loaded = loadBankFromString(writeBankYaml(result.bank), bankPath);
        REQUIRE(loaded.ok);
        CHECK(loaded.problems.empty());
        CHECK(loaded.bank.questions[0].explanationImage.path == "two-media/map.png");
        CHECK(loaded.bank.questions[0].explanationImage.alt == "Where they fly");
        CHECK(loaded.imageStamps.size() == 3);
    }
    SUBCASE("broken: dropped from the explanation, which says so") {
        for (ImportedFile& file : result.files) {
            if (file.path == "two-media/map.png") file.bytes = "not a png";
        }
        std::vector<std::string> written;
        std::string error;
        REQUIRE(writeImportedFiles(result, bankPath, written, error));
        CHECK(result.bank.questions[0].explanationImage.empty());
        CHECK(result.bank.questions[0].explanation == "Both are plain. [picture left out: Where they fly]");
        CHECK(result.bank.questions[0].prompt == "Which two flags?");
        CHECK_FALSE(std::filesystem::exists(dir.path() / "banks/two-media/map.png"));
    }
}

TEST_CASE("Anki collection packages: .colpkg is read like an .apkg, in both layouts") {
    FileImportOptions options;
    REQUIRE(guessImportFormat("whole.COLPKG", options.format));
    CHECK(options.format == ImportFormat::Apkg);
    ImportFormat named = ImportFormat::Csv;
    CHECK(parseImportFormat("colpkg", named));
    CHECK(named == ImportFormat::Apkg);
    options.bank = ImportOptions{"whole", "Whole", ""};
    const ImportResult modern = importFile(test::testData("interop/collection-2.1.50.colpkg"), options);
    REQUIRE(modern.ok);
    // Every note of the collection, from both decks, with the schema-18 collection read, not the stub.
    REQUIRE(modern.bank.questions.size() == 4);
    CHECK(modern.bank.questions[0].prompt == "Capital of Japan?");
    CHECK(modern.bank.questions[1].image.path == "whole-media/blue.png");
    CHECK(modern.bank.questions[3].type() == QuestionType::Cloze);
    CHECK(modern.files.size() == 2);
    const ImportResult legacy = importFile(test::testData("interop/legacy-collection.colpkg"), options);
    REQUIRE(legacy.ok);
    REQUIRE(legacy.bank.questions.size() == 2);
    CHECK(legacy.bank.questions[1].image.path == "whole-media/blue.png");
    CHECK(legacy.bank.questions[1].image.alt == "A blue rectangle");
}
