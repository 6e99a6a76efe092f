// Importing .apkg files "made by Anki". No Anki runs here, so each package is built in the test with
// sqlite3 and libzip, following the layout of a schema-11 collection as Anki writes it (col with models
// JSON, notes with 0x1F-separated fields, space-separated tags), and the hostile ones are built the same way.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>

#include "core/interop/apkg_import.hpp"
#include "core/interop/import_result.hpp"
#include "core/interop/zstd_codec.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

// The further tables an Anki 2.1 "collection.anki21" has (beside tests/data/interop/anki-tables.sql), and a
// col row whose models JSON holds Anki's stock "Basic" (type 0) and "Cloze" (type 1) note types.
const char* const kAnkiLikeRest = R"SQL(
create table graves (usn integer not null, oid integer not null, type integer not null);
insert into col values (1, 1700000000, 1700000000000, 1700000000000, 11, 0, 0, 0, '{}',
  '{"1342697561419": {"id": 1342697561419, "name": "Basic", "type": 0, "sortf": 0,
      "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],
      "tmpls": [{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}]},
    "1342697561420": {"id": 1342697561420, "name": "Cloze", "type": 1, "sortf": 0,
      "flds": [{"name": "Text", "ord": 0}, {"name": "Back Extra", "ord": 1}],
      "tmpls": [{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Back Extra}}"}]}}',
  '{"1": {"id": 1, "name": "Default"}}', '{}', '{}');
)SQL";

std::string ankiLikeTables() { return test::readFile(test::testData("interop/anki-tables.sql")) + kAnkiLikeRest; }

std::string note(int id, const char* mid, const std::string& tags, const std::string& fields) {
    std::string quoted;
    for (char c : fields) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return "insert into notes values (" + std::to_string(id) + ", 'g" + std::to_string(id) + "', " + mid + ", 0, 0, '" + tags +
           "', '" + quoted + "', '', 0, 0, '');\n";
}

const std::string kUs = "\x1f";

std::string ankiCollection() {
    return test::sqliteImage(
        ankiLikeTables() +
        note(1, "1342697561419", " geo Geography::Asia ", "What is the capital of <b>Japan</b>?" + kUs + "Tokyo<hr id=answer>Since 1868 &amp; still.") +
        note(2, "1342697561419", "", "<img src=\"flag.png\">Whose flag is this?" + kUs + "[sound:jp.mp3]Japan&nbsp;") +
        note(3, "1342697561420", " cloze ", "{{c1::Tokyo::a city}} is the capital of {{c2::Japan}}." + kUs + "Extra <i>info</i>") +
        note(4, "999", "", "Unknown" + kUs + "type") +
        note(5, "1342697561420", "", "A cloze note without deletions" + kUs + ""));
}

ImportOptions options() { return ImportOptions{"anki-deck", "Anki deck"}; }

bool hasProblemWith(const ImportResult& result, const std::string& words) {
    return std::any_of(result.problems.begin(), result.problems.end(),
                       [&](const Problem& p) { return p.message.find(words) != std::string::npos; });
}

}  // namespace

TEST_CASE("an Anki package: basic notes become text questions, cloze notes cloze questions") {
    test::TempDir dir("apkg-import");
    const std::string path = dir.file("deck.apkg");
    // collection.anki21 is preferred over the legacy collection.anki2 beside it.
    const std::string legacy = test::sqliteImage(ankiLikeTables() + note(9, "1342697561419", "", "Legacy" + kUs + "copy"));
    test::writeZip(path, {{"collection.anki2", legacy}, {"collection.anki21", ankiCollection()}, {"media", "{\"0\": \"flag.png\"}"}, {"0", "PNG"}});
    const ImportResult result = importApkg(path, options());
    REQUIRE(result.ok);
    REQUIRE(result.bank.questions.size() == 3);
    CHECK(result.bank.id == "anki-deck");

    const Question& basic = result.bank.questions[0];
    CHECK(basic.prompt == "What is the capital of Japan?");
    CHECK(std::get<TextAnswer>(basic.answer).accepted == std::vector<std::string>{"Tokyo"});
    CHECK(basic.explanation == "Since 1868 & still.");
    CHECK(basic.tags == std::vector<std::string>{"geo", "geography-asia"});

    const Question& media = result.bank.questions[1];
    CHECK(media.prompt == "Whose flag is this?");
    CHECK(std::get<TextAnswer>(media.answer).accepted.front() == "Japan");
    // The front's picture comes along: image: under the media folder, alt from the file name, its bytes
    // (the "0" entry of the media map) in result.files; the back's [sound:] is counted.
    CHECK(media.image.path == "anki-deck-media/flag.png");
    CHECK(media.image.alt == "flag.png");
    REQUIRE(result.files.size() == 1);
    CHECK(result.files[0].path == "anki-deck-media/flag.png");
    CHECK(result.files[0].bytes == "PNG");
    CHECK(hasProblemWith(result, "1 sound reference(s) [sound:...] in 1 note(s) skipped"));

    const Question& cloze = result.bank.questions[2];
    REQUIRE(cloze.type() == QuestionType::Cloze);
    const auto& gaps = std::get<ClozeAnswer>(cloze.answer);
    CHECK(gaps.text == "{{0}} is the capital of {{1}}.");
    REQUIRE(gaps.gaps.size() == 2);
    CHECK(gaps.gaps[0].accepted == std::vector<std::string>{"Tokyo"});
    CHECK(gaps.gaps[1].accepted == std::vector<std::string>{"Japan"});
    CHECK(cloze.hint == "a city");
    CHECK(cloze.explanation == "Extra info");
    CHECK(cloze.tags == std::vector<std::string>{"cloze"});

    CHECK(hasProblemWith(result, "note 4 (id 4) uses a note type the collection does not define"));
    CHECK(hasProblemWith(result, "without any {{c1::...}} deletion"));
    // Ids differ and are stable from one import to the next.
    CHECK(basic.id != media.id);
    CHECK(importApkg(path, options()).bank.questions[0].id == basic.id);
}

TEST_CASE("a package with only the old collection.anki2 is read") {
    test::TempDir dir("apkg-legacy");
    const std::string path = dir.file("old.apkg");
    test::writeZip(path, {{"collection.anki2", ankiCollection()}, {"media", "{}"}});
    const ImportResult result = importApkg(path, options());
    REQUIRE(result.ok);
    CHECK(result.bank.questions.size() == 3);
}

TEST_CASE("a collection.anki21b that is not zstd, or does not unpack to SQLite, is refused with a message") {
    test::TempDir dir("apkg-21b");
    const std::string path = dir.file("new.apkg");
    test::writeZip(path, {{"collection.anki2", ankiCollection()}, {"collection.anki21b", "\x28\xb5\x2f\xfd zstd"}, {"meta", "x"}});
    const ImportResult result = importApkg(path, options());
    CHECK_FALSE(result.ok);
    CHECK(hasProblemWith(result, "collection.anki21b: zstd data is cut short"));
    test::writeZip(path, {{"collection.anki21b", "plain bytes"}});
    CHECK(hasProblemWith(importApkg(path, options()), "collection.anki21b: not zstd-compressed data"));
    std::string packed;
    std::string error;
    REQUIRE(zstdCompress("not a database", packed, error));
    test::writeZip(path, {{"collection.anki21b", packed}});
    CHECK(hasProblemWith(importApkg(path, options()), "collection.anki21b is not an SQLite database"));
}

TEST_CASE("hostile archives are reported, never crash, never write outside") {
    test::TempDir dir("apkg-hostile");
    SUBCASE("not a zip") {
        test::writeFile(dir.file("text.apkg"), "this is not a zip file at all");
        const ImportResult result = importApkg(dir.file("text.apkg"), options());
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "not a zip archive"));
    }
    SUBCASE("a truncated zip") {
        test::writeZip(dir.file("whole.apkg"), {{"collection.anki2", ankiCollection()}});
        const std::string whole = test::readFile(dir.file("whole.apkg"));
        test::writeFile(dir.file("cut.apkg"), whole.substr(0, whole.size() / 2));
        const ImportResult result = importApkg(dir.file("cut.apkg"), options());
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "not a zip archive"));
    }
    SUBCASE("a zip without a collection") {
        test::writeZip(dir.file("empty.apkg"), {{"readme.txt", "hello"}});
        const ImportResult result = importApkg(dir.file("empty.apkg"), options());
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "not an Anki package"));
    }
    SUBCASE("an entry named ../../evil is never written anywhere") {
        test::writeZip(dir.file("evil.apkg"), {{"../../evil", "owned"}, {"/tmp/evil-abs", "owned"}, {"collection.anki2", ankiCollection()}});
        const ImportResult result = importApkg(dir.file("evil.apkg"), options());
        CHECK(result.ok);  // the package itself is fine; the odd entries are never looked at
        CHECK_FALSE(std::filesystem::exists(dir.path() / ".." / ".." / "evil"));
        CHECK_FALSE(std::filesystem::exists(dir.path().parent_path() / "evil"));
        CHECK_FALSE(std::filesystem::exists("/tmp/evil-abs"));
        CHECK_FALSE(std::filesystem::exists("../../evil"));
    }
    SUBCASE("too many entries") {
        std::vector<std::pair<std::string, std::string>> entries;
        for (int i = 0; i < 1001; ++i) entries.emplace_back(std::to_string(i), "");
        entries.emplace_back("collection.anki2", ankiCollection());
        test::writeZip(dir.file("many.apkg"), entries);
        const ImportResult result = importApkg(dir.file("many.apkg"), options());
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "more than the limit of 1000"));
    }
    SUBCASE("an entry that unpacks past the size limit (zip-bomb-like)") {
        ZipLimits limits;
        limits.maxEntryBytes = 1024 * 1024;
        limits.maxTotalBytes = 4 * 1024 * 1024;
        test::writeZip(dir.file("bomb.apkg"), {{"collection.anki2", std::string(2 * 1024 * 1024, '\0')}});
        const ImportResult result = importApkg(dir.file("bomb.apkg"), options(), limits);
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "more than the limit of 1.0 MiB"));
    }
    SUBCASE("entries that together would unpack past the total limit") {
        ZipLimits limits;
        limits.maxTotalBytes = 1024 * 1024;
        test::writeZip(dir.file("wide.apkg"), {{"a", std::string(700 * 1024, 'a')}, {"b", std::string(700 * 1024, 'b')},
                                               {"collection.anki2", ankiCollection()}});
        const ImportResult result = importApkg(dir.file("wide.apkg"), options(), limits);
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "zip bomb"));
    }
    SUBCASE("an entry whose header lies about its size") {
        // Declared 100 bytes in both headers, really 200 KiB: the reader counts what comes out.
        test::writeZip(dir.file("liar.apkg"), {{"collection.anki2", std::string(200 * 1024, '\0')}});
        std::string bytes = test::readFile(dir.file("liar.apkg"));
        const std::uint32_t small = 100;
        for (std::size_t pos = 0; pos + 30 < bytes.size(); ++pos) {
            if (bytes.compare(pos, 4, "PK\x03\x04") == 0) std::memcpy(&bytes[pos + 22], &small, 4);
            if (bytes.compare(pos, 4, "PK\x01\x02") == 0) std::memcpy(&bytes[pos + 24], &small, 4);
        }
        test::writeFile(dir.file("liar.apkg"), bytes);
        ZipLimits limits;
        limits.maxEntryBytes = 1000;
        const ImportResult result = importApkg(dir.file("liar.apkg"), options(), limits);
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "unpacks to more than the limit of 1000 bytes"));
    }
    SUBCASE("a collection that is not SQLite") {
        test::writeZip(dir.file("notsql.apkg"), {{"collection.anki2", "just some text, no database"}});
        const ImportResult result = importApkg(dir.file("notsql.apkg"), options());
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "not an SQLite database"));
    }
    SUBCASE("a corrupt SQLite collection") {
        std::string image = ankiCollection();
        for (std::size_t i = 100; i < image.size(); i += 7) image[i] = static_cast<char>(image[i] ^ 0x5A);
        test::writeZip(dir.file("corrupt.apkg"), {{"collection.anki2", image}});
        const ImportResult result = importApkg(dir.file("corrupt.apkg"), options());
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "the collection has no readable col table"));
    }
    SUBCASE("a collection whose models are not JSON") {
        const std::string image = test::sqliteImage(
            "create table col (models text); insert into col values ('{not json');"
            "create table notes (id integer, mid integer, tags text, flds text);");
        test::writeZip(dir.file("badjson.apkg"), {{"collection.anki2", image}});
        const ImportResult result = importApkg(dir.file("badjson.apkg"), options());
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "not valid JSON"));
    }
    SUBCASE("a missing file") {
        const ImportResult result = importApkg(dir.file("absent.apkg"), options());
        CHECK_FALSE(result.ok);
        CHECK(hasProblemWith(result, "cannot read the archive"));
    }
}

TEST_CASE("a note field over 1 MiB is refused while reading, the other notes still import") {
    test::TempDir dir("apkg-big-field");
    const std::string path = dir.file("big.apkg");
    const std::string huge(kMaxImportFieldBytes + 1, 'x');
    test::writeZip(path, {{"collection.anki2", test::sqliteImage(ankiLikeTables() +
                                                                 note(1, "1342697561419", "", "Capital of Japan?" + kUs + "Tokyo") +
                                                                 note(2, "1342697561419", "", "Huge?" + kUs + huge))}});
    const ImportResult result = importApkg(path, options());
    REQUIRE(result.ok);
    CHECK(result.bank.questions.size() == 1);
    CHECK(hasProblemWith(result, "note 2 (id 2): field 2 is " + std::to_string(huge.size()) + " bytes"));
    CHECK(hasProblemWith(result, "at most 1 MiB: shorten it"));
}
