// Importing today's Anki packages and their pictures. The two committed fixtures come from
// tests/data/interop/make_anki_fixtures.py (Python's sqlite3 + zipfile and the `zstd` command; no Anki
// runs here): modern-2.1.50.apkg in the 2.1.50+ layout, legacy-images.apkg in the legacy one.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "core/bank/bank_loader.hpp"
#include "core/interop/apkg_import.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/anki_package.hpp"
#include "core/interop/imported_files.hpp"
#include "core/interop/sqlite_memory.hpp"
#include "core/interop/zstd_codec.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

bool hasProblemWith(const ImportResult& result, const std::string& words) {
    return std::any_of(result.problems.begin(), result.problems.end(),
                       [&](const Problem& p) { return p.message.find(words) != std::string::npos; });
}

const ImportedFile* fileAt(const ImportResult& result, const std::string& path) {
    for (const ImportedFile& file : result.files) {
        if (file.path == path) return &file;
    }
    return nullptr;
}

std::string zstd(const std::string& text) {
    std::string packed;
    std::string error;
    REQUIRE(zstdCompress(text, packed, error));
    return packed;
}

}  // namespace

TEST_CASE("an Anki 2.1.50+ package: the zstd schema-18 collection is read, not the 'please update' stub") {
    const ImportResult result = importApkg(test::testData("interop/modern-2.1.50.apkg"), ImportOptions{"flags", "Flags", ""});
    REQUIRE(result.ok);
    REQUIRE(result.bank.questions.size() == 4);
    const auto& q = result.bank.questions;
    CHECK(q[0].prompt == "Capital of Japan?");
    CHECK(std::get<TextAnswer>(q[0].answer).accepted == std::vector<std::string>{"Tokyo"});
    CHECK(q[0].tags == std::vector<std::string>{"geo"});
    // The notetypes table's config says note type 2 is a cloze (kind 1).
    REQUIRE(q[3].type() == QuestionType::Cloze);
    CHECK(std::get<ClozeAnswer>(q[3].answer).gaps.size() == 2);
    // Pictures: protobuf media map, zstd-compressed files unpacked to the original bytes.
    CHECK(q[1].prompt == "Which colour is this flag?");
    CHECK(q[1].image.path == "flags-media/blue.png");
    CHECK(q[1].image.alt == "A blue rectangle");
    CHECK(q[2].prompt == "What does the picture show?");
    CHECK(q[2].image.path == "flags-media/red.jpg");
    CHECK(q[2].image.alt == "red.jpg");
    REQUIRE(result.files.size() == 2);
    REQUIRE(fileAt(result, "flags-media/blue.png") != nullptr);
    CHECK(fileAt(result, "flags-media/blue.png")->bytes == test::readFile(test::testData("images/blue-8x6.png")));
    CHECK(fileAt(result, "flags-media/red.jpg")->bytes == test::readFile(test::testData("images/red-10x10.jpg")));
    CHECK(hasProblemWith(result, "1 sound reference(s) [sound:...] in 1 note(s) skipped: Retain does not play sound"));
}

TEST_CASE("a legacy package with pictures (JSON media map): pictures kept, a path trick refused") {
    const ImportResult result = importApkg(test::testData("interop/legacy-images.apkg"), ImportOptions{"old", "Old", "pics"});
    REQUIRE(result.ok);
    REQUIRE(result.bank.questions.size() == 4);
    CHECK(result.bank.questions[0].image.path == "pics/blue.png");
    CHECK(result.bank.questions[0].image.alt == "Blue & plain");
    CHECK(result.bank.questions[1].image.path == "pics/red.jpg");
    CHECK(result.bank.questions[3].prompt == "Escape?");
    CHECK(result.bank.questions[3].image.empty());
    CHECK(hasProblemWith(result, "media file \"../evil.png\" (entry 2) refused: the name holds a path separator"));
    CHECK(result.files.size() == 2);
    for (const ImportedFile& file : result.files) CHECK(file.path.find("..") == std::string::npos);
}

TEST_CASE("hostile media names in a protobuf map are refused one by one; the rest import") {
    test::TempDir dir("apkg-media-names");
    // A legacy collection inside a 2.1.50-style package is fine too: the map format is read by its bytes.
    const std::string collection = test::sqliteImage(
        "create table col (models text);"
        "insert into col values ('{\"5\": {\"name\": \"Basic\", \"type\": 0}}');"
        "create table notes (id integer primary key, mid integer, tags text, flds text);"
        "insert into notes values (1, 5, '', '<img src=\"ok.png\">Q1' || char(31) || 'A1');"
        "insert into notes values (2, 5, '', '<img src=\"/etc/x.png\">Q2' || char(31) || 'A2');");
    auto entry = [](const std::string& name) {
        const std::string inner = std::string("\x0A") + static_cast<char>(name.size()) + name;
        return std::string("\x0A") + static_cast<char>(inner.size()) + inner;
    };
    const std::string map = entry("ok.png") + entry("/etc/x.png") + entry(std::string("nul\0.png", 8)) + entry("..");
    test::writeZip(dir.file("p.apkg"), {{"collection.anki21", collection}, {"media", zstd(map)}, {"0", zstd("PNGDATA")}, {"1", "x"}, {"2", "y"}, {"3", "z"}});
    const ImportResult result = importApkg(dir.file("p.apkg"), ImportOptions{"p", "P", ""});
    REQUIRE(result.ok);
    CHECK(result.bank.questions[0].image.path == "p-media/ok.png");
    CHECK(result.bank.questions[1].image.empty());
    CHECK(hasProblemWith(result, "media file \"/etc/x.png\" (entry 1) refused: the name holds a path separator"));
    CHECK(hasProblemWith(result, "media file \"nul\\0.png\" (entry 2) refused: the name holds a NUL byte"));
    CHECK(hasProblemWith(result, "media file \"..\" (entry 3) refused: the name is a folder reference"));
    REQUIRE(result.files.size() == 1);
    CHECK(result.files[0].bytes == "PNGDATA");
    // A broken protobuf map is a warning; the notes still import, without pictures.
    test::writeZip(dir.file("q.apkg"), {{"collection.anki21", collection}, {"media", zstd("\x0A\x09short")}});
    const ImportResult broken = importApkg(dir.file("q.apkg"), ImportOptions{"q", "Q", ""});
    CHECK(broken.ok);
    CHECK(hasProblemWith(broken, "the media map cannot be read (the media map: a field of 9 bytes runs past the end"));
    CHECK(broken.files.empty());
    // A file whose bytes differ from the SHA-1 in the map is left out, named in a warning.
    const std::string wrongSha = std::string("\x0A\x1E\x0A\x06ok.png\x1A\x14") + std::string(20, 'x');
    REQUIRE(wrongSha.size() == 32);
    test::writeZip(dir.file("r.apkg"), {{"collection.anki21", collection}, {"media", zstd(wrongSha)}, {"0", zstd("PNGDATA")}});
    const ImportResult damaged = importApkg(dir.file("r.apkg"), ImportOptions{"r", "R", ""});
    CHECK(damaged.ok);
    CHECK(damaged.bank.questions[0].image.empty());
    CHECK(hasProblemWith(damaged, "picture \"ok.png\": its bytes do not match the SHA-1 the media map gives"));
}

TEST_CASE("writeImportedFiles puts the pictures beside the bank; a picture that cannot be shown is dropped with a warning") {
    test::TempDir dir("apkg-media-write");
    ImportResult result = importApkg(test::testData("interop/modern-2.1.50.apkg"), ImportOptions{"flags", "Flags", ""});
    REQUIRE(result.ok);
    result.files[1].bytes = "not a jpeg";  // red.jpg, the picture-only question's
    const std::string bankPath = dir.file("banks/flags.yaml");
    std::vector<std::string> written;
    std::string error;
    REQUIRE(writeImportedFiles(result, bankPath, written, error));
    CHECK(written.size() == 1);
    CHECK(std::filesystem::exists(dir.path() / "banks/flags-media/blue.png"));
    CHECK_FALSE(std::filesystem::exists(dir.path() / "banks/flags-media/red.jpg"));
    CHECK(result.bank.questions[2].image.empty());
    CHECK(result.bank.questions[2].prompt == "What does the picture show? [picture left out: red.jpg]");
    CHECK(hasProblemWith(result, "picture flags-media/red.jpg left out"));
    // The written bank loads with its picture, which is what `retain import` checks before writing it.
    const BankLoadResult loaded = loadBankFromString(writeBankYaml(result.bank), bankPath);
    REQUIRE(loaded.ok);
    CHECK(loaded.bank.questions[1].image.path == "flags-media/blue.png");
    CHECK(loaded.bank.questions[1].image.alt == "A blue rectangle");
    for (const Problem& problem : loaded.problems) CHECK(problem.severity != Severity::Error);
    removeImportedFiles(written);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "banks/flags-media"));
}

TEST_CASE("a schema-18 collection opens with Anki's unicase collation: its columns compare case-insensitively") {
    ZipReader zip;
    AnkiPackage package;
    ProblemList problems;
    REQUIRE(openAnkiPackage(test::testData("interop/modern-2.1.50.apkg"), ZipLimits{}, zip, package, problems));
    CHECK(package.collectionName == "collection.anki21b");
    REQUIRE(package.media.size() == 2);
    CHECK(package.media[1].name == "red.jpg");
    CHECK(package.media[1].entry == "1");
    MemoryDatabase db;
    std::string error;
    REQUIRE(db.openImage(package.collection, error));
    // Without the collation SQLite refuses both with "no such collation sequence: unicase".
    Statement byName(db, "SELECT count(*) FROM notetypes WHERE name = 'bASIC'");
    REQUIRE(byName.ok());
    REQUIRE(byName.step());
    CHECK(byName.columnInt(0) == 1);
    Statement ordered(db, "SELECT name FROM decks ORDER BY name DESC");
    REQUIRE(ordered.ok());
    REQUIRE(ordered.step());
    CHECK(ordered.columnText(0) == "Flags");
}

TEST_CASE("writeImportedFiles never overwrites nor removes a picture that was there before the import") {
    test::TempDir dir("apkg-media-present");
    const std::string bankPath = dir.file("banks/flags.yaml");
    ImportResult first = importApkg(test::testData("interop/modern-2.1.50.apkg"), ImportOptions{"flags", "Flags", ""});
    REQUIRE(first.ok);
    std::vector<std::string> earlier;
    std::string error;
    REQUIRE(writeImportedFiles(first, bankPath, earlier, error));
    REQUIRE_FALSE(earlier.empty());
    // The same pictures again: nothing is listed as written by this import, so a failed import removes none.
    ImportResult again = importApkg(test::testData("interop/modern-2.1.50.apkg"), ImportOptions{"flags", "Flags", ""});
    std::vector<std::string> written;
    REQUIRE(writeImportedFiles(again, bankPath, written, error));
    CHECK(written.empty());
    removeImportedFiles(written);
    for (const std::string& file : earlier) CHECK(std::filesystem::exists(file));
    // Other bytes under a name already taken: refused before anything is written, the old file untouched.
    ImportResult other = importApkg(test::testData("interop/modern-2.1.50.apkg"), ImportOptions{"flags", "Flags", ""});
    REQUIRE_FALSE(other.files.empty());
    other.files[0].bytes = "other bytes";
    std::vector<std::string> none;
    CHECK_FALSE(writeImportedFiles(other, bankPath, none, error));
    CHECK(error.find("already exists with other contents") != std::string::npos);
    CHECK(none.empty());
    for (const std::string& file : earlier) CHECK(test::readFile(file) != "other bytes");
}

TEST_CASE("a zstd media entry that unpacks past a picture's size limit is left out, not held in memory") {
    test::TempDir dir("apkg-media-bomb");
    const std::string collection = test::sqliteImage(
        "create table col (models text);"
        "insert into col values ('{\"5\": {\"name\": \"Basic\", \"type\": 0}}');"
        "create table notes (id integer primary key, mid integer, tags text, flds text);"
        "insert into notes values (1, 5, '', '<img src=\"big.png\">Q1' || char(31) || 'A1');");
    const std::string name = "big.png";
    const std::string inner = std::string("\x0A") + static_cast<char>(name.size()) + name;
    const std::string map = std::string("\x0A") + static_cast<char>(inner.size()) + inner;
    // 64 MiB of zeros pack into a few kB: far over the 4 MiB a picture may have.
    const std::string bomb = zstd(std::string(64u * 1024 * 1024, '\0'));
    REQUIRE(bomb.size() < 64 * 1024);
    test::writeZip(dir.file("b.apkg"), {{"collection.anki21", collection}, {"media", zstd(map)}, {"0", bomb}});
    const ImportResult result = importApkg(dir.file("b.apkg"), ImportOptions{"b", "B", ""});
    CHECK(result.ok);
    CHECK(result.files.empty());
    REQUIRE(result.bank.questions.size() == 1);
    CHECK(result.bank.questions[0].image.empty());
    CHECK(hasProblemWith(result, "picture \"big.png\""));
}
