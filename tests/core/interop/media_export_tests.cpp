// Exporting a bank's pictures: into an .apkg as Anki media (and back through our own importer), and the
// warning GIFT export gives for each picture it cannot carry.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/bank/bank_loader.hpp"
#include "core/interop/apkg_export.hpp"
#include "core/interop/apkg_import.hpp"
#include "core/interop/gift_export.hpp"
#include "core/interop/json_reader.hpp"
#include "core/interop/zip_archive.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

// A bank with three pictures: two questions share blue.png, a third uses another file also named
// blue.png (a JPEG in a second folder), a fourth has none.
Bank pictureBank(const test::TempDir& dir) {
    std::filesystem::create_directories(dir.path() / "a");
    std::filesystem::create_directories(dir.path() / "b");
    test::writeFile(dir.file("a/blue.png"), test::readFile(test::testData("images/blue-8x6.png")));
    test::writeFile(dir.file("b/blue.png"), test::readFile(test::testData("images/blue-8x6.png")) + "different file");
    test::writeFile(dir.file("pics.yaml"), R"(bank:
  id: pics
  title: Pictures
questions:
  - id: one
    type: text
    prompt: Which colour?
    image: a/blue.png
    alt: A blue rectangle & more
    answer: Blue
  - id: two
    type: text
    prompt: Again?
    image: a/blue.png
    alt: The same rectangle
    answer: Blue
  - id: three
    type: text
    prompt: And this one?
    image: b/blue.png
    alt: Another file
    answer: Blue
  - id: four
    type: text
    prompt: No picture here
    answer: Fine
)");
    const BankLoadResult loaded = loadBank(dir.file("pics.yaml"));
    REQUIRE(loaded.ok);
    return loaded.bank;
}

}  // namespace

TEST_CASE("apkg export packs each picture file once, names them uniquely, and shows them on the front") {
    test::TempDir dir("media-export");
    const Bank bank = pictureBank(dir);
    std::string error;
    REQUIRE(exportApkg(bank, dir.file("pics.apkg"), 1'700'000'000'000, error));

    ZipReader zip;
    REQUIRE(zip.open(dir.file("pics.apkg"), ZipLimits{}, error));
    std::string map;
    REQUIRE(zip.read("media", map, error));
    JsonValue json;
    REQUIRE(parseJson(map, json, error));
    REQUIRE(json.keys == std::vector<std::string>{"0", "1"});
    CHECK(json.items[0].text == "blue.png");
    CHECK(json.items[1].text == "2-blue.png");
    std::string bytes;
    REQUIRE(zip.read("0", bytes, error));
    CHECK(bytes == test::readFile(dir.file("a/blue.png")));
    REQUIRE(zip.read("1", bytes, error));
    CHECK(bytes == test::readFile(dir.file("b/blue.png")));
    CHECK_FALSE(zip.contains("2"));

    CHECK(ankiFrontHtml(bank.questions[0], {"blue.png"}) == "Which colour?<br><img src=\"blue.png\" alt=\"A blue rectangle &amp; more\">");
    CHECK(ankiFrontHtml(bank.questions[3]) == "No picture here");

    // Our importer reads the pictures back with their alt text and bytes.
    const ImportResult back = importApkg(dir.file("pics.apkg"), ImportOptions{"back", "Back", "m"});
    REQUIRE(back.ok);
    REQUIRE(back.bank.questions.size() == 4);
    CHECK(back.bank.questions[0].image.path == "m/blue.png");
    CHECK(back.bank.questions[0].image.alt == "A blue rectangle & more");
    CHECK(back.bank.questions[2].image.path == "m/2-blue.png");
    CHECK(back.bank.questions[3].image.empty());
    REQUIRE(back.files.size() == 2);
    CHECK(back.files[1].bytes == test::readFile(dir.file("b/blue.png")));
}

TEST_CASE("apkg export of a picture that cannot be read fails with a message naming it") {
    test::TempDir dir("media-export-missing");
    Bank bank = pictureBank(dir);
    bank.questions[2].image.resolved = dir.file("b/gone.png");
    std::string error;
    CHECK_FALSE(exportApkg(bank, dir.file("pics.apkg"), 1'700'000'000'000, error));
    CHECK(error == "cannot read the picture " + dir.file("b/gone.png") + " of question three");
}

TEST_CASE("GIFT export names each picture it cannot carry, one line per question") {
    test::TempDir dir("media-gift");
    const Bank bank = pictureBank(dir);
    const std::vector<std::string> lines = giftUncarriedPictures(bank);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "question one: picture a/blue.png is not carried (GIFT text has no pictures; add it to the Moodle question by hand)");
    CHECK(lines[2].find("question three: picture b/blue.png") == 0);
    Bank plain = bank;
    for (Question& question : plain.questions) question.image = QuestionImage{};
    CHECK(giftUncarriedPictures(plain).empty());
}
