// Bank -> .apkg.
//
// [SECTION] ids and checksums
// [SECTION] card faces
// [SECTION] collection JSON
// [SECTION] pictures
// [SECTION] writing the package
#include "core/interop/apkg_export.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "core/bank/citation.hpp"
#include "core/interop/anki_sql.hpp"
#include "core/interop/interop_text.hpp"
#include "core/interop/json_reader.hpp"
#include "core/interop/sha1.hpp"
#include "core/interop/sqlite_memory.hpp"
#include "core/interop/zip_archive.hpp"

namespace retain {

namespace {

// [SECTION] ids and checksums --------------------------------------------------------------------

// The first 8 bytes of SHA-1(key) as a number.
std::uint64_t hash64(std::string_view key) {
    const Sha1Digest digest = sha1(key);
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < 8; ++i) value = (value << 8) | digest[i];
    return value;
}

// An id in Anki's millisecond-timestamp range [1e12, 2e12), stable for key; exact in a JSON double.
std::int64_t stableAnkiId(std::string_view key) {
    constexpr std::uint64_t kBase = 1'000'000'000'000ull;
    return static_cast<std::int64_t>(kBase + hash64(key) % kBase);
}

// A note guid: the 64-bit hash of the bank and question ids in base 62 (Anki accepts any short text).
std::string noteGuid(const Bank& bank, const Question& question) {
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::uint64_t value = hash64("retain:note:" + bank.id + "/" + question.id);
    std::string guid;
    do {
        guid += kDigits[value % 62];
        value /= 62;
    } while (value != 0);
    return guid;
}

// Anki's tag string: " tag1 tag2 " (spaces inside a tag become '_').
std::string ankiTags(const std::vector<std::string>& tags) {
    std::string out = " ";
    for (std::string tag : tags) {
        std::replace(tag.begin(), tag.end(), ' ', '_');
        if (!tag.empty()) out += tag + " ";
    }
    return out == " " ? std::string() : out;
}

// [SECTION] card faces ---------------------------------------------------------------------------

// The question's citation (core/bank/citation.hpp); empty without a paragraph, as the card's small print.
std::string citation(const Question& question, const Bank& bank) {
    if (question.source.paragraph <= 0) return {};
    return questionCitation(question, bank.source);
}

// [SECTION] collection JSON ----------------------------------------------------------------------

struct CollectionIds {
    std::int64_t modelId = 0;
    std::int64_t deckId = 0;
    std::int64_t modSeconds = 0;  // Unix seconds
};

std::string fieldJson(const char* name, int ord) {
    return std::string("{\"name\":\"") + name + "\",\"ord\":" + std::to_string(ord) +
           ",\"sticky\":false,\"rtl\":false,\"font\":\"Arial\",\"size\":20,\"media\":[]}";
}

std::string modelsJson(const CollectionIds& ids) {
    const std::string id = std::to_string(ids.modelId);
    const std::string mod = std::to_string(ids.modSeconds);
    return "{\"" + id + "\":{\"id\":" + id + ",\"name\":\"Retain Basic\",\"type\":0,\"mod\":" + mod +
           ",\"usn\":-1,\"sortf\":0,\"did\":" + std::to_string(ids.deckId) +
           ",\"tmpls\":[{\"name\":\"Card 1\",\"ord\":0,\"qfmt\":\"{{Front}}\","
           "\"afmt\":\"{{FrontSide}}\\n\\n<hr id=answer>\\n\\n{{Back}}\",\"bqfmt\":\"\",\"bafmt\":\"\",\"did\":null}],"
           "\"flds\":[" + fieldJson("Front", 0) + "," + fieldJson("Back", 1) + "],"
           "\"css\":" + jsonQuote(".card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }") +
           ",\"latexPre\":" + jsonQuote("\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                                         "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n") +
           ",\"latexPost\":" + jsonQuote("\\end{document}") +
           ",\"latexsvg\":false,\"req\":[[0,\"any\",[0]]],\"tags\":[],\"vers\":[]}}";
}

std::string deckJson(std::int64_t id, const std::string& name, const std::string& description, std::int64_t modSeconds) {
    const std::string number = std::to_string(id);
    return "\"" + number + "\":{\"id\":" + number + ",\"name\":" + jsonQuote(name) + ",\"desc\":" + jsonQuote(description) +
           ",\"mod\":" + std::to_string(modSeconds) +
           ",\"usn\":-1,\"collapsed\":false,\"browserCollapsed\":false,\"dyn\":0,\"conf\":1,\"extendNew\":0,\"extendRev\":50,"
           "\"newToday\":[0,0],\"revToday\":[0,0],\"lrnToday\":[0,0],\"timeToday\":[0,0]}";
}

std::string decksJson(const Bank& bank, const CollectionIds& ids) {
    const std::string name = bank.title.empty() ? bank.id : bank.title;
    std::string json = "{";
    json.append(deckJson(1, "Default", "", ids.modSeconds)).append(",").append(deckJson(ids.deckId, name, bank.description, ids.modSeconds));
    return json + "}";
}

std::string deckConfigJson() {
    return "{\"1\":{\"id\":1,\"name\":\"Default\",\"mod\":0,\"usn\":0,\"maxTaken\":60,\"autoplay\":true,\"timer\":0,"
           "\"replayq\":true,\"dyn\":false,"
           "\"new\":{\"bury\":false,\"delays\":[1,10],\"initialFactor\":2500,\"ints\":[1,4,0],\"order\":1,\"perDay\":20},"
           "\"rev\":{\"bury\":false,\"ease4\":1.3,\"ivlFct\":1,\"maxIvl\":36500,\"perDay\":200,\"hardFactor\":1.2},"
           "\"lapse\":{\"delays\":[10],\"leechAction\":1,\"leechFails\":8,\"minInt\":1,\"mult\":0}}}";
}

std::string collectionConfigJson(const CollectionIds& ids, std::size_t noteCount) {
    return "{\"activeDecks\":[" + std::to_string(ids.deckId) + "],\"curDeck\":" + std::to_string(ids.deckId) +
           ",\"curModel\":" + std::to_string(ids.modelId) + ",\"nextPos\":" + std::to_string(noteCount + 1) +
           ",\"newSpread\":0,\"collapseTime\":1200,\"timeLim\":0,\"estTimes\":true,\"dueCounts\":true,"
           "\"sortType\":\"noteFld\",\"sortBackwards\":false,\"addToCur\":true}";
}

// [SECTION] pictures -----------------------------------------------------------------------------

// The package's media: Anki keeps every file flat under one name, so each question picture gets its
// file name, made unique ("2-flag.png") when two different files share one.
struct PackageMedia {
    std::vector<std::vector<std::string>> names;  // per question, one per questionImages(question)
    std::vector<ZipEntry> entries;     // "0", "1", ... with the file bytes
    std::string map = "{}";            // the legacy JSON media map: {"0": "flag.png", ...}
};

bool collectMedia(const Bank& bank, PackageMedia& media, std::string& error) {
    std::map<std::string, std::string> nameOfFile;   // resolved path -> name in the package
    std::map<std::string, std::string> fileOfName;   // name in the package -> resolved path
    std::string map;
    for (const Question& question : bank.questions) {
        media.names.emplace_back();
        for (const QuestionImage* image : questionImages(question)) {
            const std::string file = image->resolved.empty() ? image->path : image->resolved;
            if (const auto known = nameOfFile.find(file); known != nameOfFile.end()) {
                media.names.back().push_back(known->second);
                continue;
            }
            const std::string base = std::filesystem::path(image->path).filename().string();
            std::string name = base;
            for (int n = 2; fileOfName.count(name) != 0; ++n) name = std::to_string(n) + "-" + base;
            std::ifstream in(file, std::ios::binary);
            if (!in) {
                error = "cannot read the picture " + file + " of question " + question.id;
                return false;
            }
            std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            const std::string entry = std::to_string(media.entries.size());
            media.entries.push_back({entry, std::move(bytes)});
            map += (map.empty() ? "" : ", ") + jsonQuote(entry) + ": " + jsonQuote(name);
            nameOfFile[file] = name;
            fileOfName[name] = file;
            media.names.back().push_back(name);
        }
    }
    media.map = "{" + map + "}";
    return true;
}

// [SECTION] writing the package ------------------------------------------------------------------

// Builds the collection in memory and returns its SQLite bytes; empty with error on failure.
std::string buildCollection(const Bank& bank, const PackageMedia& media, UnixMs nowMs, std::string& error) {
    CollectionIds ids;
    ids.modelId = stableAnkiId("retain:model:basic");
    ids.deckId = stableAnkiId("retain:deck:" + bank.id);
    ids.modSeconds = nowMs / kMsPerSecond;

    MemoryDatabase db;
    if (!db.openEmpty(error) || !db.exec(anki_sql::kCreateSchema, error) || !db.exec("BEGIN", error)) return {};
    Statement col(db, anki_sql::kInsertCol);
    col.bind(1, ids.modSeconds);
    col.bind(2, nowMs);
    col.bind(3, nowMs);
    col.bind(4, collectionConfigJson(ids, bank.questions.size()));
    col.bind(5, modelsJson(ids));
    col.bind(6, decksJson(bank, ids));
    col.bind(7, deckConfigJson());
    if (!col.ok() || !col.run()) {
        error = "cannot write the collection header: " + db.lastError();
        return {};
    }
    Statement note(db, anki_sql::kInsertNote);
    Statement card(db, anki_sql::kInsertCard);
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& question = bank.questions[i];
        const std::string front = ankiFrontHtml(question, media.names[i]);
        const std::int64_t id = nowMs + static_cast<std::int64_t>(i);
        note.bind(1, id);
        note.bind(2, noteGuid(bank, question));
        note.bind(3, ids.modelId);
        note.bind(4, ids.modSeconds);
        note.bind(5, ankiTags(question.tags));
        note.bind(6, front + '\x1f' + ankiBackHtml(question, bank, media.names[i]));
        note.bind(7, htmlToText(front));
        note.bind(8, ankiChecksum(front));
        card.bind(1, id);
        card.bind(2, id);
        card.bind(3, ids.deckId);
        card.bind(4, ids.modSeconds);
        card.bind(5, static_cast<std::int64_t>(i + 1));
        if (!note.ok() || !card.ok() || !note.run() || !card.run()) {
            error = "cannot write question " + question.id + ": " + db.lastError();
            return {};
        }
    }
    if (!db.exec("COMMIT", error)) return {};
    std::string image = db.serialize();
    if (image.empty()) error = "cannot serialise the collection";
    return image;
}

}  // namespace

namespace {

// Returns <img src alt> for picture i of questionPictures, "" when it has no name in the package.
std::string imageTag(const std::vector<QuestionPicture>& pictures, const std::vector<std::string>& names, std::size_t i) {
    if (i >= names.size() || names[i].empty()) return {};
    return "<img src=\"" + textToHtml(names[i]) + "\" alt=\"" + textToHtml(pictures[i].image->alt) + "\">";
}

}  // namespace

std::string ankiFrontHtml(const Question& question, const std::vector<std::string>& imageNames) {
    const std::string extras = std::visit([](const auto& spec) { return TypeOf<decltype(spec)>::ankiFront(spec); }, question.answer);
    const std::vector<QuestionPicture> pictures = questionPictures(question);
    std::string front = textToHtml(question.prompt);
    std::string options;
    for (std::size_t i = 0; i < pictures.size(); ++i) {
        const std::string tag = imageTag(pictures, imageNames, i);
        if (tag.empty()) continue;
        // Option pictures follow the list, each under its option's text (Anki's lists hold text only).
        if (pictures[i].role == PictureRole::Question) front += (front.empty() ? "" : "<br>") + tag;
        if (pictures[i].role == PictureRole::Option) options += "<div>" + textToHtml(pictures[i].option) + "<br>" + tag + "</div>";
    }
    if (!extras.empty()) front += (front.empty() ? "" : "<br><br>") + extras;
    return front + options;
}

std::string ankiBackHtml(const Question& question, const Bank& bank, const std::vector<std::string>& imageNames) {
    std::string back = textToHtml(expectedAnswerText(question));
    const std::string cite = citation(question, bank);
    const std::vector<QuestionPicture> pictures = questionPictures(question);
    std::string picture;
    for (std::size_t i = 0; i < pictures.size(); ++i) {
        if (pictures[i].role == PictureRole::Explanation) picture = imageTag(pictures, imageNames, i);
    }
    if (question.explanation.empty() && cite.empty() && picture.empty()) return back;
    back += "<hr>" + textToHtml(question.explanation);
    if (!picture.empty()) back += (question.explanation.empty() ? "" : "<br>") + picture;
    if (!cite.empty()) back += (question.explanation.empty() ? "" : "<br><br>") + std::string("<small>") + textToHtml(cite) + "</small>";
    return back;
}

std::int64_t ankiChecksum(std::string_view firstFieldHtml) {
    const std::string hex = sha1Hex(htmlToText(firstFieldHtml)).substr(0, 8);
    std::int64_t value = 0;
    std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
    return value;
}

bool exportApkg(const Bank& bank, const std::string& path, UnixMs nowMs, std::string& error) {
    PackageMedia media;
    if (!collectMedia(bank, media, error)) return false;
    const std::string collection = buildCollection(bank, media, nowMs, error);
    if (collection.empty()) return false;
    std::vector<ZipEntry> entries{{"collection.anki2", collection}, {"media", media.map}};
    for (ZipEntry& entry : media.entries) entries.push_back(std::move(entry));
    return writeZipFile(path, entries, error);
}

}  // namespace retain
