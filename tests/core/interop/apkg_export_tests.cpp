// bank -> .apkg: the package is a valid schema-11 Anki collection, and importing it back keeps every
// question and answer.
#include <doctest/doctest.h>

#include <set>

#include <sqlite3.h>

#include "core/bank/bank_loader.hpp"
#include "core/interop/apkg_export.hpp"
#include "core/interop/apkg_import.hpp"
#include "core/interop/interop_text.hpp"
#include "core/interop/json_reader.hpp"
#include "core/interop/sha1.hpp"
#include "core/interop/zip_archive.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

constexpr UnixMs kNow = 1'717'000'000'000;  // 2024-05-29, Unix ms

// Anki fields are HTML, where a run of blanks shows as one: the text that comes back has them folded.
std::string foldBlankRuns(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
    }
    return out;
}

Bank allTypes() {
    const BankLoadResult loaded = loadBank(test::testData("banks/good/all-types.yaml"));
    REQUIRE(loaded.ok);
    return loaded.bank;
}

// Opens the collection.anki2 of the package at path in a temporary file with the sqlite3 API.
class ExportedCollection {
public:
    ExportedCollection(const std::string& apkg, const test::TempDir& dir) {
        ZipReader zip;
        std::string error;
        REQUIRE(zip.open(apkg, ZipLimits{}, error));
        std::string image;
        REQUIRE(zip.read("collection.anki2", image, error));
        REQUIRE(zip.read("media", media, error));
        const std::string path = dir.file("collection.anki2");
        test::writeFile(path, image);
        REQUIRE(sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    }
    ~ExportedCollection() { sqlite3_close(m_db); }

    // Runs sql and returns every row as texts.
    std::vector<std::vector<std::string>> rows(const std::string& sql) const {
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
        std::vector<std::vector<std::string>> out;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                const unsigned char* text = sqlite3_column_text(stmt, i);
                row.emplace_back(text != nullptr ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(stmt, i))) : "");
            }
            out.push_back(row);
        }
        sqlite3_finalize(stmt);
        return out;
    }
    std::vector<std::string> columns(const std::string& table) const {
        std::vector<std::string> names;
        for (const auto& row : rows("PRAGMA table_info(" + table + ")")) names.push_back(row.at(1));
        return names;
    }

    std::string media;

private:
    sqlite3* m_db = nullptr;
};

}  // namespace

TEST_CASE("an exported package is a schema-11 collection with the columns Anki reads") {
    test::TempDir dir("apkg-export");
    const Bank bank = allTypes();
    std::string error;
    REQUIRE(exportApkg(bank, dir.file("out.apkg"), kNow, error));
    const ExportedCollection collection(dir.file("out.apkg"), dir);
    CHECK(collection.media == "{}");
    CHECK(collection.columns("col") == std::vector<std::string>{"id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models",
                                                               "decks", "dconf", "tags"});
    CHECK(collection.columns("notes") ==
          std::vector<std::string>{"id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"});
    CHECK(collection.columns("cards") == std::vector<std::string>{"id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl",
                                                                 "factor", "reps", "lapses", "left", "odue", "odid", "flags", "data"});
    CHECK(collection.columns("revlog") ==
          std::vector<std::string>{"id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"});
    CHECK(collection.columns("graves") == std::vector<std::string>{"usn", "oid", "type"});

    const auto col = collection.rows("SELECT ver, models, decks, dconf, conf FROM col");
    REQUIRE(col.size() == 1);
    CHECK(col[0][0] == "11");
    JsonValue models, decks, dconf, conf;
    std::string jsonError;
    REQUIRE(parseJson(col[0][1], models, jsonError));
    REQUIRE(parseJson(col[0][2], decks, jsonError));
    REQUIRE(parseJson(col[0][3], dconf, jsonError));
    REQUIRE(parseJson(col[0][4], conf, jsonError));
    REQUIRE(models.keys.size() == 1);
    const std::string modelId = models.keys[0];
    const JsonValue& model = models.items[0];
    CHECK(model.find("type")->number == 0.0);
    REQUIRE(model.find("flds")->items.size() == 2);
    CHECK(model.find("flds")->items[0].find("name")->text == "Front");
    CHECK(model.find("flds")->items[1].find("name")->text == "Back");
    CHECK(model.find("tmpls")->items.size() == 1);
    CHECK(std::to_string(static_cast<std::int64_t>(model.find("id")->number)) == modelId);
    // One deck named after the bank besides Anki's Default deck; the model and the cards point at it.
    REQUIRE(decks.keys.size() == 2);
    const JsonValue& deck = decks.items[1];
    CHECK(deck.find("name")->text == bank.title);
    const std::string deckId = decks.keys[1];
    CHECK(dconf.find("1") != nullptr);
    CHECK(std::to_string(static_cast<std::int64_t>(conf.find("curDeck")->number)) == deckId);

    const auto notes = collection.rows("SELECT id, guid, mid, tags, flds, sfld, csum FROM notes ORDER BY id");
    REQUIRE(notes.size() == bank.questions.size());
    std::set<std::string> guids;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const auto& row = notes[i];
        CAPTURE(row.at(4));
        guids.insert(row.at(1));
        CHECK(row.at(2) == modelId);
        const std::size_t separator = row.at(4).find('\x1f');
        REQUIRE(separator != std::string::npos);
        CHECK(row.at(4).find('\x1f', separator + 1) == std::string::npos);  // exactly two fields
        const std::string front = row.at(4).substr(0, separator);
        CHECK(row.at(5) == htmlToText(front));
        CHECK(std::stoll(row.at(6)) == std::stoll(sha1Hex(htmlToText(front)).substr(0, 8), nullptr, 16));
    }
    CHECK(guids.size() == notes.size());
    CHECK(notes[0].at(3) == " places sample ");  // question tags plus the bank's, Anki's " a b " form
    const auto cards = collection.rows("SELECT nid, did, ord, type, queue FROM cards ORDER BY nid");
    REQUIRE(cards.size() == notes.size());
    for (std::size_t i = 0; i < cards.size(); ++i) {
        CHECK(cards[i][0] == notes[i][0]);
        CHECK(cards[i][1] == deckId);
        CHECK(cards[i][3] == "0");  // new
    }
}

TEST_CASE("exporting again keeps note guids, so Anki updates the same notes") {
    test::TempDir dir("apkg-guids");
    std::string error;
    const Bank bank = allTypes();
    REQUIRE(exportApkg(bank, dir.file("a.apkg"), kNow, error));
    REQUIRE(exportApkg(bank, dir.file("b.apkg"), kNow + 86'400'000, error));
    test::TempDir dirA("apkg-guids-a"), dirB("apkg-guids-b");
    const ExportedCollection a(dir.file("a.apkg"), dirA), b(dir.file("b.apkg"), dirB);
    CHECK(a.rows("SELECT guid FROM notes ORDER BY id") == b.rows("SELECT guid FROM notes ORDER BY id"));
    CHECK(a.rows("SELECT models FROM col") != b.rows("SELECT models FROM col"));  // mod stamps differ...
    CHECK(a.rows("SELECT mid FROM notes LIMIT 1") == b.rows("SELECT mid FROM notes LIMIT 1"));  // ...the note type id does not
}

TEST_CASE("card faces: choices on the front; answer, explanation and citation on the back") {
    const Bank bank = allTypes();
    const Question& capital = *bank.find("capital");
    const std::string front = ankiFrontHtml(capital);
    CHECK(front.find("Which city is the capital of Japan?") == 0);
    CHECK(front.find("<li>Osaka</li><li>Tokyo</li><li>Kyoto</li>") != std::string::npos);
    CHECK(ankiBackHtml(capital, bank) ==
          "Tokyo<hr>Tokyo has been the capital since 1868.<br><br><small>Paragraph 2: \u201ccapital is Tokyo\u201d \u2014 \u201cA sample "
          "article\u201d by Ann Author, Sample Press, 2018-06-14</small>");
    CHECK(ankiFrontHtml(*bank.find("trade-gap")).find("Trade reached [\u2026] in [\u2026].") != std::string::npos);
    CHECK(ankiChecksum("<b>abc</b>") == 0xa9993e36);  // SHA-1("abc") starts a9993e36
}

TEST_CASE("bank -> apkg -> bank keeps every question and its answer") {
    test::TempDir dir("apkg-roundtrip");
    const Bank bank = allTypes();
    std::string error;
    REQUIRE(exportApkg(bank, dir.file("round.apkg"), kNow, error));
    const ImportResult back = importApkg(dir.file("round.apkg"), ImportOptions{"all-types", "Every question type"});
    REQUIRE(back.ok);
    CHECK(back.problems.empty());
    REQUIRE(back.bank.questions.size() == bank.questions.size());
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& original = bank.questions[i];
        const Question& imported = back.bank.questions[i];
        CAPTURE(original.id);
        // Every note is a Basic note, so every question comes back as a text question whose answer is the
        // original's expected answer (blank runs folded), whose prompt starts with the original prompt (the front adds the
        // choices), and whose explanation is the original's (plus the citation).
        REQUIRE(imported.type() == QuestionType::Text);
        CHECK(std::get<TextAnswer>(imported.answer).accepted == std::vector<std::string>{foldBlankRuns(expectedAnswerText(original))});
        CHECK(imported.prompt.rfind(original.prompt, 0) == 0);
        CHECK(imported.explanation.rfind(original.explanation, 0) == 0);
        if (original.source.paragraph > 0) {
            CHECK(imported.explanation.find("Paragraph " + std::to_string(original.source.paragraph)) != std::string::npos);
        }
        CHECK(imported.tags == original.tags);
    }
}
