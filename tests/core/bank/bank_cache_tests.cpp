// The compiled-bank cache: entries give back exactly what the YAML loader gave, every question type and
// every field; a changed file, another loader build or a damaged entry is never used; a library loaded
// through the cache equals one loaded without it.
//
// [SECTION] helpers
// [SECTION] entry round trips
// [SECTION] damaged and foreign entries
// [SECTION] libraries through the cache
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_cache.hpp"
#include "core/bank/bank_cache_codec.hpp"
#include "core/bank/bank_loader.hpp"

using namespace retain;
using retain::test::bankFixture;
using retain::test::describe;
using namespace std::string_literals;

namespace {

namespace fs = std::filesystem;

// [SECTION] helpers ------------------------------------------------------------------------------

// A fresh folder under the temp dir, removed at the end of the test.
struct TempFolder {
    fs::path path;
    TempFolder() {
        static int serial = 0;
        path = fs::temp_directory_path() /
               ("retain-cache-test-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + "-" +
                std::to_string(++serial));
        fs::create_directories(path);
    }
    ~TempFolder() {
        std::error_code error;
        fs::remove_all(path, error);
    }
};

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// Writes every field of a value on its own line, doubles in exact hex-float form, so two results are equal
// exactly when their dumps are; independent of the cache's own encoding.
class Dump {
public:
    void field(const char* name, const std::string& value) { m_out += std::string(name) + "=[" + value + "]\n"; }
    void field(const char* name, long long value) { field(name, std::to_string(value)); }
    void field(const char* name, int value) { field(name, static_cast<long long>(value)); }
    void field(const char* name, bool value) { field(name, std::string(value ? "true" : "false")); }
    void field(const char* name, double value) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%a", value);
        field(name, std::string(buffer));
    }
    void field(const char* name, const std::vector<std::string>& values) {
        field(name, static_cast<long long>(values.size()));
        for (const std::string& value : values) field(" -", value);
    }
    void date(const char* name, const CalendarDate& date) {
        field(name, std::to_string(date.year) + "-" + std::to_string(date.month) + "-" + std::to_string(date.day));
    }
    void answer(const AnswerSpec& answer) {
        field("type", static_cast<long long>(answer.index()));
        if (const auto* a = std::get_if<ChoiceAnswer>(&answer)) {
            field("choices", a->choices), field("correct", a->correct), field("shuffle", a->shuffle);
        } else if (const auto* a = std::get_if<MultiAnswer>(&answer)) {
            field("choices", a->choices), field("shuffle", a->shuffle);
            for (const int index : a->correct) field("correct", index);
        } else if (const auto* a = std::get_if<TrueFalseAnswer>(&answer)) {
            field("value", a->value);
        } else if (const auto* a = std::get_if<NumericAnswer>(&answer)) {
            field("value", a->value), field("unit", a->unit), field("aliases", a->unitAliases);
            field("absolute", a->absoluteTolerance), field("relative", a->relativeTolerance);
        } else if (const auto* a = std::get_if<DateAnswer>(&answer)) {
            date("from", a->from), date("to", a->to), field("precision", static_cast<long long>(a->precision));
        } else if (const auto* a = std::get_if<TextAnswer>(&answer)) {
            field("accepted", a->accepted), field("typos", a->typos), field("case", a->caseSensitive);
            field("allow extra", a->allowExtra);
        } else if (const auto* a = std::get_if<OrderingAnswer>(&answer)) {
            field("items", a->items);
        } else if (const auto* a = std::get_if<MatchingAnswer>(&answer)) {
            for (const auto& [left, right] : a->pairs) field("pair", left + " => " + right);
        } else if (const auto* a = std::get_if<ClozeAnswer>(&answer)) {
            field("text", a->text);
            for (const ClozeGap& gap : a->gaps) field("gap", gap.accepted);
            field("allow extra", a->allowExtra);
        }
    }
    void question(const Question& q) {
        field("id", q.id), field("prompt", q.prompt), field("explanation", q.explanation), field("hint", q.hint);
        field("tags", q.tags), field("paragraph", q.source.paragraph), field("evidence", q.source.evidence);
        field("evidence line", q.source.line), field("evidence column", q.source.column);
        for (const SourceRef& ref : q.moreSources) {
            field("more paragraph", ref.paragraph), field("more evidence", ref.evidence);
            field("more line", ref.line), field("more column", ref.column);
        }
        field("draft", q.draft), field("sibling", q.sibling);
        field("file", q.file), field("line", q.line);
        answer(q.answer);
    }
    void bank(const Bank& b) {
        field("bank", b.id), field("title", b.title), field("description", b.description), field("language", b.language);
        field("doc", b.source.doc), field("doc title", b.source.title), field("author", b.source.author);
        field("publisher", b.source.publisher), field("date", b.source.date), field("tags", b.tags), field("path", b.path);
        for (const Question& q : b.questions) question(q);
    }
    void problems(const ProblemList& problems) {
        for (const Problem& p : problems) field("problem", p.format());
    }
    void result(const BankLoadResult& r) {
        field("ok", r.ok), field("header file", r.headerFile), field("header line", r.headerLine);
        problems(r.problems);
        bank(r.bank);
    }
    void library(const Library& library) {
        problems(library.problems);
        for (const Bank& b : library.banks) bank(b);
    }
    const std::string& text() const { return m_out; }

private:
    std::string m_out;
};

std::string dumpOf(const BankLoadResult& result) {
    Dump dump;
    dump.result(result);
    return dump.text();
}

std::string dumpOf(const Library& library) {
    Dump dump;
    dump.library(library);
    return dump.text();
}

// A result whose every field differs from its default, one question of each type, with a warning.
BankLoadResult handBuiltResult() {
    BankLoadResult result;
    result.ok = true;
    result.headerFile = "/banks/hand.yaml";
    result.headerLine = 3;
    result.problems.push_back({"/banks/hand.yaml", 12, 7, Severity::Warning, "a warning with ünïcode — and \"quotes\""});
    result.problems.push_back({"/banks/hand.yaml", 0, 0, Severity::Error, "an error"});
    Bank& bank = result.bank;
    bank = Bank{"hand", "Hand built", "Description", "ja", {"doc", "Doc title", "Author", "Publisher", "2018-06-14"},
                {"tag-a", "tag-b"}, {}, "/banks/hand.yaml"};
    const auto question = [&](const std::string& id, AnswerSpec answer) {
        Question q;
        q.id = id;
        q.prompt = "Prompt of " + id + " with\nnewline and \0 byte"s;
        q.explanation = "Explanation of " + id;
        q.hint = "Hint of " + id;
        q.sibling = "group of " + id;
        q.tags = {"tag-" + id, "shared"};
        q.source = {7, "evidence of " + id, 40, 11};
        q.moreSources = {{8, "more evidence of " + id, 41, 12}, {9, "", 0, 0}};
        q.answer = std::move(answer);
        q.file = "/banks/hand-part.yaml";
        q.line = 100 + static_cast<int>(bank.questions.size());
        bank.questions.push_back(std::move(q));
    };
    question("choice", ChoiceAnswer{{"A", "B", "C"}, 2, false});
    question("multi", MultiAnswer{{"A", "B", "C", "D"}, {1, 3}, false});
    question("true-false", TrueFalseAnswer{false});
    question("numeric", NumericAnswer{-18.25e9, "USD", {"dollars", "$"}, 0.125, 1.0 / 3.0});
    question("numeric-odd", NumericAnswer{std::nan(""), "", {}, INFINITY, -0.0});
    question("date", DateAnswer{{2018, 5, 25}, {2018, 5, 26}, DatePrecision::Day});
    question("date-year", DateAnswer{{1956, 0, 0}, {1956, 0, 0}, DatePrecision::Year});
    question("date-month", DateAnswer{{1956, 10, 0}, {1957, 1, 0}, DatePrecision::Month});
    question("text", TextAnswer{{"Shinzo Abe", "Abe"}, false, true, {"southern", "missile defense system"}});
    question("ordering", OrderingAnswer{{"first", "second", "third"}});
    question("matching", MatchingAnswer{{{"left 1", "right 1"}, {"left 2", ""}}});
    question("cloze", ClozeAnswer{"Trade reached {{0}} in {{1}}.", {{{"USD 18 billion", "18 billion"}}, {{"2017"}}}, {"about"}});
    return result;
}

const BankCacheKey kKey{0x1234, 0xfeedface, "/banks/hand.yaml"};

}  // namespace

// [SECTION] entry round trips --------------------------------------------------------------------

TEST_CASE("a cache entry gives back every field of every question type exactly") {
    const BankLoadResult original = handBuiltResult();
    std::set<std::size_t> types;
    for (const Question& q : original.bank.questions) types.insert(q.answer.index());
    REQUIRE(types.size() == std::variant_size_v<AnswerSpec>);

    const std::optional<BankLoadResult> decoded = decodeBankCacheEntry(encodeBankCacheEntry(original, kKey), kKey);
    REQUIRE(decoded.has_value());
    CHECK(dumpOf(*decoded) == dumpOf(original));
    const auto& numeric = std::get<NumericAnswer>(decoded->bank.questions[4].answer);
    CHECK(std::isnan(numeric.value));
    CHECK(std::signbit(numeric.relativeTolerance));
}

TEST_CASE("a cache entry of a loaded bank equals the YAML load") {
    for (const char* fixture : {"good/all-types.yaml", "good/folder-bank", "library/b-broken.yaml"}) {
        const BankLoadResult loaded = loadBank(bankFixture(fixture));
        const BankCacheKey key{1, 2, bankFixture(fixture)};
        const std::optional<BankLoadResult> decoded = decodeBankCacheEntry(encodeBankCacheEntry(loaded, key), key);
        REQUIRE(decoded.has_value());
        CHECK(dumpOf(*decoded) == dumpOf(loaded));
    }
}

TEST_CASE("an entry written for another key is refused") {
    const std::string bytes = encodeBankCacheEntry(handBuiltResult(), kKey);
    CHECK(decodeBankCacheEntry(bytes, kKey).has_value());
    CHECK_FALSE(decodeBankCacheEntry(bytes, BankCacheKey{kKey.loaderStamp + 1, kKey.sourceHash, kKey.sourcePath}));
    CHECK_FALSE(decodeBankCacheEntry(bytes, BankCacheKey{kKey.loaderStamp, kKey.sourceHash + 1, kKey.sourcePath}));
    CHECK_FALSE(decodeBankCacheEntry(bytes, BankCacheKey{kKey.loaderStamp, kKey.sourceHash, "/banks/other.yaml"}));
}

TEST_CASE("the source hash changes with any file's path, content or split") {
    const auto hashOf = [](std::initializer_list<std::pair<const char*, const char*>> files) {
        BankSourceHash hash("folder");
        for (const auto& [path, text] : files) hash.add(path, text);
        return hash.value();
    };
    const std::uint64_t base = hashOf({{"a.yaml", "one"}, {"b.yaml", "two"}});
    CHECK(base == hashOf({{"a.yaml", "one"}, {"b.yaml", "two"}}));
    CHECK(base != hashOf({{"a.yaml", "one"}, {"b.yaml", "twO"}}));
    CHECK(base != hashOf({{"a.yaml", "one"}, {"c.yaml", "two"}}));
    CHECK(base != hashOf({{"a.yaml", "onet"}, {"b.yaml", "wo"}}));
    CHECK(base != hashOf({{"a.yaml", "one"}}));
}

// [SECTION] damaged and foreign entries ----------------------------------------------------------

TEST_CASE("every truncation and every single changed byte of an entry is refused") {
    BankLoadResult small = handBuiltResult();
    small.bank.questions.resize(3);
    const std::string bytes = encodeBankCacheEntry(small, kKey);
    REQUIRE(decodeBankCacheEntry(bytes, kKey).has_value());
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        INFO("truncated to " << size << " bytes");
        CHECK_FALSE(decodeBankCacheEntry(std::string_view(bytes).substr(0, size), kKey));
    }
    for (std::size_t at = 0; at < bytes.size(); ++at) {
        std::string changed = bytes;
        changed[at] = static_cast<char>(changed[at] ^ 0x41);
        INFO("byte " << at << " changed");
        CHECK_FALSE(decodeBankCacheEntry(changed, kKey));
    }
    CHECK_FALSE(decodeBankCacheEntry(bytes + "x", kKey));
    CHECK_FALSE(decodeBankCacheEntry("", kKey));
    CHECK_FALSE(decodeBankCacheEntry("not a cache entry at all, just text", kKey));
}

TEST_CASE("the cache folder misses without an entry and after another loader build") {
    TempFolder folder;
    const BankCache cache(folder.path.string(), 77);
    CHECK_FALSE(cache.find("/banks/hand.yaml", 5));
    REQUIRE(cache.store("/banks/hand.yaml", 5, handBuiltResult()));
    const std::optional<BankLoadResult> found = cache.find("/banks/hand.yaml", 5);
    REQUIRE(found.has_value());
    CHECK(dumpOf(*found) == dumpOf(handBuiltResult()));
    CHECK_FALSE(cache.find("/banks/hand.yaml", 6));
    CHECK_FALSE(BankCache(folder.path.string(), 78).find("/banks/hand.yaml", 5));
    CHECK(cache.entryPath("/banks/hand.yaml") != cache.entryPath("/banks/other.yaml"));
    // Only the entry itself is left: the temporary file it was written through is gone.
    CHECK(std::distance(fs::directory_iterator(folder.path), fs::directory_iterator()) == 1);
}

TEST_CASE("an unwritable cache folder only costs speed") {
    TempFolder folder;
    writeAll(folder.path / "file", "a file where the cache folder should be");
    const std::string cacheDir = (folder.path / "file" / "cache").string();
    CHECK_FALSE(BankCache(cacheDir).store("/banks/hand.yaml", 5, handBuiltResult()));
    const Library library = loadLibrary(bankFixture("library"), cacheDir);
    CHECK(dumpOf(library) == dumpOf(loadLibrary(bankFixture("library"))));
}

// [SECTION] libraries through the cache ----------------------------------------------------------

namespace {

// A copy of the library fixture (good, broken and duplicate banks, a bank folder) the test may edit.
fs::path copyLibraryFixture(const TempFolder& folder) {
    const fs::path library = folder.path / "library";
    fs::copy(bankFixture("library"), library, fs::copy_options::recursive);
    return library;
}

}  // namespace

TEST_CASE("a library through the cache equals the YAML load, cold and warm") {
    TempFolder folder;
    const fs::path library = copyLibraryFixture(folder);
    const std::string cacheDir = (folder.path / "cache").string();
    const std::string expected = dumpOf(loadLibrary(library.string()));
    INFO(expected);
    CHECK(dumpOf(loadLibrary(library.string(), cacheDir)) == expected);  // cold: parses and writes entries
    const auto entries = std::distance(fs::directory_iterator(cacheDir), fs::directory_iterator());
    CHECK(entries == 5);  // a-good, b-broken, c-folder, d-duplicate, z-last
    CHECK(dumpOf(loadLibrary(library.string(), cacheDir)) == expected);  // warm: reads entries
}

TEST_CASE("a warm load reads the entry, and an edited file is parsed again") {
    TempFolder folder;
    const fs::path library = copyLibraryFixture(folder);
    const std::string cacheDir = (folder.path / "cache").string();
    const std::string bankPath = (library / "a-good.yaml").string();
    (void)loadLibrary(library.string(), cacheDir);

    // Plant a different result under the entry of the unchanged file: the warm load must return it.
    const BankCache cache(cacheDir);
    BankSourceHash hash("file");
    const std::string text = readAll(bankPath);
    hash.add(bankPath, text);
    std::optional<BankLoadResult> entry = cache.find(bankPath, hash.value());
    REQUIRE(entry.has_value());
    CHECK(entry->bank.id == "lib-a");
    entry->bank.title = "title planted in the cache";
    REQUIRE(cache.store(bankPath, hash.value(), *entry));
    const auto titleOfLibA = [](const Library& loaded) {
        for (const Bank& bank : loaded.banks) {
            if (bank.id == "lib-a") return bank.title;
        }
        return std::string("(no lib-a)");
    };
    CHECK(titleOfLibA(loadLibrary(library.string(), cacheDir)) == "title planted in the cache");

    // One changed byte in the file: the entry no longer matches, the file is parsed and the entry rewritten.
    std::string edited = text;
    edited.back() = edited.back() == '\n' ? ' ' : '\n';
    writeAll(bankPath, edited);
    const Library reparsed = loadLibrary(library.string(), cacheDir);
    CHECK(titleOfLibA(reparsed) != "title planted in the cache");
    CHECK(dumpOf(reparsed) == dumpOf(loadLibrary(library.string())));
    BankSourceHash editedHash("file");
    editedHash.add(bankPath, edited);
    CHECK(cache.find(bankPath, editedHash.value()).has_value());
}

TEST_CASE("a file added to a bank folder invalidates the folder's entry") {
    TempFolder folder;
    const fs::path library = copyLibraryFixture(folder);
    const std::string cacheDir = (folder.path / "cache").string();
    const auto questionsOfLibC = [&](const Library& loaded) {
        for (const Bank& bank : loaded.banks) {
            if (bank.id == "lib-c") return bank.questions.size();
        }
        return std::size_t{0};
    };
    const std::size_t before = questionsOfLibC(loadLibrary(library.string(), cacheDir));
    REQUIRE(before > 0);
    writeAll(library / "c-folder" / "extra.yaml",
             "questions:\n  - id: extra-added\n    type: true_false\n    prompt: Added later?\n    explanation: Yes.\n    answer: true\n");
    CHECK(questionsOfLibC(loadLibrary(library.string(), cacheDir)) == before + 1);
}

TEST_CASE("damaged entries in the cache folder are ignored and rebuilt") {
    TempFolder folder;
    const fs::path library = copyLibraryFixture(folder);
    const std::string cacheDir = (folder.path / "cache").string();
    const std::string expected = dumpOf(loadLibrary(library.string()));
    (void)loadLibrary(library.string(), cacheDir);
    std::vector<fs::path> entries{fs::directory_iterator(cacheDir), fs::directory_iterator()};
    std::sort(entries.begin(), entries.end());
    REQUIRE(entries.size() == 5);
    std::vector<std::string> intact;
    for (const fs::path& entry : entries) intact.push_back(readAll(entry));
    writeAll(entries[0], intact[0].substr(0, intact[0].size() / 2));  // truncated
    writeAll(entries[1], "");                                           // empty
    std::string flipped = intact[2];
    flipped[flipped.size() - 3] = static_cast<char>(flipped[flipped.size() - 3] ^ 0x20);
    writeAll(entries[2], flipped);                                      // one byte changed
    writeAll(entries[3], std::string(4096, '\xff'));                    // foreign bytes
    CHECK(dumpOf(loadLibrary(library.string(), cacheDir)) == expected);
    for (std::size_t i = 0; i < 4; ++i) {
        INFO(entries[i].string());
        CHECK(readAll(entries[i]) == intact[i]);  // rebuilt (the load is deterministic)
    }
}

TEST_CASE("entries of renamed or deleted banks and old temporary files are pruned; nothing else is") {
    TempFolder folder;
    const fs::path library = copyLibraryFixture(folder);
    const fs::path cacheDir = folder.path / "cache";
    (void)loadLibrary(library.string(), cacheDir.string());
    const BankCache cache(cacheDir.string());
    const std::string oldEntry = cache.entryPath((library / "a-good.yaml").string());
    REQUIRE(fs::exists(oldEntry));

    fs::rename(library / "a-good.yaml", library / "a-renamed.yaml");
    fs::remove_all(library / "c-folder");
    const fs::path oldTemporary = cacheDir / "0123456789abcdef.bankcache.tmp42";
    const fs::path freshTemporary = cacheDir / "0123456789abcdef.bankcache.tmp43";
    writeAll(oldTemporary, "half an entry");
    writeAll(freshTemporary, "an entry being written");
    fs::last_write_time(oldTemporary, fs::file_time_type::clock::now() - std::chrono::hours(2));
    writeAll(cacheDir / "headerless.bankcache", "RETAINBC");
    writeAll(cacheDir / "notes.txt", "not the cache's");
    BankLoadResult relative;
    relative.ok = true;
    REQUIRE(cache.store("questions/relative-and-absent.yaml", 7, relative));  // judged from another folder: kept

    (void)loadLibrary(library.string(), cacheDir.string());
    CHECK_FALSE(fs::exists(oldEntry));
    CHECK_FALSE(fs::exists(cache.entryPath((library / "c-folder").string())));
    CHECK(fs::exists(cache.entryPath((library / "a-renamed.yaml").string())));
    CHECK_FALSE(fs::exists(oldTemporary));
    CHECK(fs::exists(freshTemporary));
    CHECK_FALSE(fs::exists(cacheDir / "headerless.bankcache"));
    CHECK(fs::exists(cacheDir / "notes.txt"));
    CHECK(fs::exists(cache.entryPath("questions/relative-and-absent.yaml")));
    // a-renamed, b-broken, d-duplicate, z-last, the relative entry, the fresh temporary file and notes.txt.
    CHECK(std::distance(fs::directory_iterator(cacheDir), fs::directory_iterator()) == 7);
    CHECK(cache.prune() == 0);  // nothing left to remove
}

TEST_CASE("an entry's source path is read from its header alone") {
    BankLoadResult result;
    result.ok = true;
    const std::string bytes = encodeBankCacheEntry(result, BankCacheKey{1, 2, "/banks/a.yaml"});
    CHECK(bankCacheEntrySourcePath(bytes) == "/banks/a.yaml");
    // magic 8 + version 4 + stamp 8 + hash 8 + length 4 + 13 path bytes = 45
    CHECK(bankCacheEntrySourcePath(std::string_view(bytes).substr(0, 45)) == "/banks/a.yaml");
    CHECK_FALSE(bankCacheEntrySourcePath(std::string_view(bytes).substr(0, 44)));
    CHECK_FALSE(bankCacheEntrySourcePath("not an entry"));
}
