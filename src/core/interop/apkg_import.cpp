// .apkg -> bank.
//
// [SECTION] archive and database
// [SECTION] note types
// [SECTION] fields
// [SECTION] notes
#include "core/interop/apkg_import.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "core/interop/anki_sql.hpp"
#include "core/interop/interop_text.hpp"
#include "core/interop/json_reader.hpp"
#include "core/interop/sqlite_memory.hpp"
#include "core/text/control_chars.hpp"

namespace retain {

namespace {

constexpr char kFieldSeparator = '\x1f';
constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

// [SECTION] archive and database -----------------------------------------------------------------

// Reads the collection file out of the archive into image; false after reporting why.
bool readCollection(const std::string& path, const ZipLimits& limits, std::string& image, ImportResult& result) {
    ZipReader zip;
    std::string error;
    if (!zip.open(path, limits, error)) {
        addImportProblem(result.problems, path, 0, error);
        return false;
    }
    std::string name;
    if (zip.contains("collection.anki21")) {
        name = "collection.anki21";
    } else if (zip.contains("collection.anki21b")) {
        addImportProblem(result.problems, path, 0,
                         "this package is in the Anki 2.1.50+ format (collection.anki21b, zstd-compressed), which Retain "
                         "cannot read; in Anki, export it again with 'Support older Anki versions' ticked");
        return false;
    } else if (zip.contains("collection.anki2")) {
        name = "collection.anki2";
    } else {
        addImportProblem(result.problems, path, 0, "no collection.anki2 or collection.anki21 inside: not an Anki package");
        return false;
    }
    if (!zip.read(name, image, error)) {
        addImportProblem(result.problems, path, 0, error);
        return false;
    }
    if (image.size() < kSqliteMagic.size() || std::string_view(image).substr(0, kSqliteMagic.size()) != kSqliteMagic) {
        addImportProblem(result.problems, path, 0, name + " is not an SQLite database");
        return false;
    }
    return true;
}

// [SECTION] note types ---------------------------------------------------------------------------

struct NoteType {
    bool cloze = false;     // Anki model type 1
    std::string name;
};

// Reads the note types (the models JSON of the col table) by id; false after reporting why.
bool readNoteTypes(const MemoryDatabase& db, const std::string& path, std::map<std::int64_t, NoteType>& out,
                   ImportResult& result) {
    Statement select(db, anki_sql::kSelectModels);
    if (!select.ok() || !select.step()) {
        addImportProblem(result.problems, path, 0, "the collection has no readable col table: " + db.lastError());
        return false;
    }
    JsonValue models;
    std::string error;
    if (!parseJson(select.columnText(0), models, error) || models.kind != JsonKind::Object) {
        addImportProblem(result.problems, path, 0, "the note types (col.models) are not valid JSON: " + error);
        return false;
    }
    for (std::size_t i = 0; i < models.keys.size(); ++i) {
        const std::string& key = models.keys[i];
        const JsonValue& model = models.items[i];
        std::int64_t id = 0;
        const auto parsed = std::from_chars(key.data(), key.data() + key.size(), id);
        if (parsed.ec != std::errc()) continue;
        NoteType type;
        if (const JsonValue* kind = model.find("type")) type.cloze = kind->numberOr(0) == 1.0;
        if (const JsonValue* name = model.find("name"); name != nullptr && name->kind == JsonKind::String) type.name = name->text;
        out[id] = type;
    }
    return true;
}

// [SECTION] fields -------------------------------------------------------------------------------

std::vector<std::string> splitFields(const std::string& flds) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = flds.find(kFieldSeparator, start);
        fields.push_back(flds.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return fields;
}

// Removes Anki media references ([sound:x.mp3], <img ...>); sets hadMedia when there were any.
std::string dropMedia(std::string_view html, bool& hadMedia) {
    std::string out;
    std::size_t pos = 0;
    while (pos < html.size()) {
        if (html.substr(pos, 7) == "[sound:") {
            const std::size_t close = html.find(']', pos);
            if (close != std::string_view::npos) {
                hadMedia = true;
                pos = close + 1;
                continue;
            }
        }
        if (html.substr(pos, 4) == "<img" || html.substr(pos, 4) == "<IMG") {
            const std::size_t close = html.find('>', pos);
            if (close != std::string_view::npos) {
                hadMedia = true;
                pos = close + 1;
                continue;
            }
        }
        out += html[pos++];
    }
    return out;
}

// Splits an answer field at its first horizontal rule (<hr>, <hr/>, <hr id=...>): answer, then the rest.
std::pair<std::string, std::string> splitAtRule(const std::string& html) {
    std::size_t pos = 0;
    while ((pos = html.find('<', pos)) != std::string::npos) {
        if (pos + 3 <= html.size() && (html[pos + 1] | 0x20) == 'h' && (html[pos + 2] | 0x20) == 'r' &&
            (pos + 3 == html.size() || html[pos + 3] == '>' || html[pos + 3] == ' ' || html[pos + 3] == '/')) {
            const std::size_t close = html.find('>', pos);
            return {html.substr(0, pos), close == std::string::npos ? std::string() : html.substr(close + 1)};
        }
        ++pos;
    }
    return {html, {}};
}

// Converts an Anki cloze field into our cloze: each {{cN::answer::hint}} becomes a gap. Returns false
// with a message when there is no gap or the text cannot be shown as a Retain cloze.
bool convertCloze(const std::string& html, ClozeAnswer& out, std::vector<std::string>& hints, std::string& message) {
    // Replace each marker by \x02N\x03 while still in HTML, then reduce to text and swap the markers in.
    std::string marked;
    std::size_t pos = 0;
    while (true) {
        const std::size_t open = html.find("{{c", pos);
        if (open == std::string::npos) break;
        std::size_t digits = open + 3;
        while (digits < html.size() && html[digits] >= '0' && html[digits] <= '9') ++digits;
        const std::size_t close = html.find("}}", digits);
        if (digits == open + 3 || html.compare(digits, 2, "::") != 0 || close == std::string::npos) {
            marked.append(html, pos, open + 3 - pos);
            pos = open + 3;
            continue;
        }
        const std::string body = html.substr(digits + 2, close - digits - 2);
        const std::size_t hintAt = body.find("::");
        std::string answer = htmlToText(body.substr(0, hintAt));
        std::replace(answer.begin(), answer.end(), '|', '/');
        std::replace(answer.begin(), answer.end(), '\n', ' ');
        if (hintAt != std::string::npos) {
            const std::string hint = htmlToText(body.substr(hintAt + 2));
            if (!hint.empty()) hints.push_back(hint);
        }
        marked.append(html, pos, open - pos);
        if (answer.empty() || answer.find("{{") != std::string::npos || answer.find("}}") != std::string::npos) {
            message = "a cloze deletion is empty or nested";
            return false;
        }
        marked.append("\x02").append(std::to_string(out.gaps.size())).append("\x03");
        out.gaps.push_back(ClozeGap{{answer}});
        pos = close + 2;
    }
    marked.append(html, pos, std::string::npos);
    if (out.gaps.empty()) {
        message = "a cloze note without any {{c1::...}} deletion";
        return false;
    }
    std::string text = htmlToText(marked);
    if (text.find("{{") != std::string::npos || text.find("}}") != std::string::npos) {
        message = "the text holds \"{{\" or \"}}\" outside its deletions";
        return false;
    }
    std::string doubled;
    for (char c : text) {
        if (c == '\x02') {
            doubled += "{{";
        } else if (c == '\x03') {
            doubled += "}}";
        } else {
            doubled += c;
        }
    }
    out.text = doubled;
    return true;
}

// Anki keeps tags as one space-separated string; each becomes a slug ("Geo::Europe" -> "geo-europe").
std::vector<std::string> convertTags(const std::string& tags) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < tags.size()) {
        std::size_t end = tags.find(' ', start);
        if (end == std::string::npos) end = tags.size();
        const std::string tag = slugify(std::string_view(tags).substr(start, end - start), 60);
        if (!tag.empty() && std::find(out.begin(), out.end(), tag) == out.end()) out.push_back(tag);
        start = end + 1;
    }
    return out;
}

// [SECTION] notes --------------------------------------------------------------------------------

void readNotes(const MemoryDatabase& db, const std::string& path, const std::map<std::int64_t, NoteType>& types,
               ImportResult& result) {
    Statement select(db, anki_sql::kSelectNotes);
    if (!select.ok()) {
        addImportProblem(result.problems, path, 0, "the collection has no readable notes table: " + db.lastError());
        return;
    }
    QuestionIdAllocator ids;
    int mediaNotes = 0;
    int index = 0;
    while (select.step()) {
        ++index;
        if (importNoteLimitReached(result, path, 0)) break;
        const std::string where = "note " + std::to_string(index) + " (id " + std::to_string(select.columnInt(0)) + ")";
        const auto type = types.find(select.columnInt(1));
        if (type == types.end()) {
            addImportProblem(result.problems, path, 0, where + " uses a note type the collection does not define; skipped");
            continue;
        }
        bool hadMedia = false;
        std::vector<std::string> fields = splitFields(select.columnText(3));
        std::string tooBig;
        for (std::size_t i = 0; i < fields.size() && tooBig.empty(); ++i) {
            tooBig = importFieldProblem(where + ": field " + std::to_string(i + 1), fields[i].size());
        }
        if (!tooBig.empty()) {
            addImportProblem(result.problems, path, 0, tooBig);  // before the HTML work a 150 MB field would cost
            continue;
        }
        for (std::string& field : fields) field = repairUtf8(field);
        std::size_t controls = 0;
        for (std::string& field : fields) {
            std::size_t removed = 0;
            field = dropMedia(stripControlCharacters(field, LineBreaks::Allowed, &removed), hadMedia);
            controls += removed;
        }
        if (controls > 0) {
            addImportProblem(result.problems, path, 0, where + ": " + std::to_string(controls) +
                                 " control character(s) (NUL, ESC, BEL, ...) removed from its fields", Severity::Warning);
        }
        if (hadMedia) ++mediaNotes;
        Question question;
        question.file = path;
        question.tags = convertTags(select.columnText(2));
        if (type->second.cloze) {
            ClozeAnswer cloze;
            std::vector<std::string> hints;
            std::string message;
            if (!convertCloze(fields[0], cloze, hints, message)) {
                addImportProblem(result.problems, path, 0, where + ": " + message + "; skipped");
                continue;
            }
            question.answer = cloze;
            const std::string basis = expectedAnswerText(question);
            for (const std::string& hint : hints) question.hint += (question.hint.empty() ? "" : "; ") + hint;
            if (fields.size() > 1) question.explanation = htmlToText(fields[1]);
            question.id = ids.allocate({}, basis);
        } else {
            if (fields.size() < 2) {
                addImportProblem(result.problems, path, 0, where + " has fewer than two fields; skipped");
                continue;
            }
            const auto [answerHtml, rest] = splitAtRule(fields[1]);
            question.prompt = htmlToText(fields[0]);
            const std::string answer = htmlToText(answerHtml);
            question.explanation = htmlToText(rest);
            if (question.prompt.empty() || answer.empty()) {
                addImportProblem(result.problems, path, 0, where + " has an empty front or back (after removing HTML and media); skipped");
                continue;
            }
            question.answer = TextAnswer{{answer}};
            question.id = ids.allocate({}, question.prompt);
        }
        result.bank.questions.push_back(std::move(question));
    }
    if (select.failed()) {
        addImportProblem(result.problems, path, 0, "reading the notes stopped: " + db.lastError() + " (a damaged collection?)");
    }
    if (mediaNotes > 0) {
        addImportProblem(result.problems, path, 0,
                         std::to_string(mediaNotes) + " note(s) referred to images or sounds, which were left out", Severity::Warning);
    }
}

}  // namespace

ImportResult importApkg(const std::string& path, const ImportOptions& options, const ZipLimits& limits) {
    ImportResult result;
    result.bank.id = options.bankId;
    result.bank.title = options.bankTitle;
    std::string image;
    if (!readCollection(path, limits, image, result)) return result;
    MemoryDatabase db;
    std::string error;
    if (!db.openImage(image, error)) {
        addImportProblem(result.problems, path, 0, error);
        return result;
    }
    std::map<std::int64_t, NoteType> types;
    if (readNoteTypes(db, path, types, result)) readNotes(db, path, types, result);
    finishImport(result, path);
    return result;
}

}  // namespace retain
