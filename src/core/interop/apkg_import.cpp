// .apkg -> bank.
//
// [SECTION] note types
// [SECTION] fields
// [SECTION] pictures
// [SECTION] notes
#include "core/interop/apkg_import.hpp"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <map>
#include <set>

#include "core/interop/anki_media.hpp"
#include "core/interop/anki_package.hpp"
#include "core/interop/anki_sql.hpp"
#include "core/interop/interop_text.hpp"
#include "core/interop/json_reader.hpp"
#include "core/interop/protobuf_reader.hpp"
#include "core/interop/sqlite_memory.hpp"
#include "core/text/control_chars.hpp"

namespace retain {

namespace {

constexpr char kFieldSeparator = '\x1f';

// [SECTION] note types ---------------------------------------------------------------------------

struct NoteType {
    bool cloze = false;     // Anki model type 1
    std::string name;
};

// Reads a schema-18 collection's note types (the notetypes table; the kind is field 1 of the protobuf
// config blob) by id; false after reporting why.
bool readNotetypesTable(const MemoryDatabase& db, const std::string& path, std::map<std::int64_t, NoteType>& out,
                        ImportResult& result) {
    Statement select(db, anki_sql::kSelectNotetypes);
    if (!select.ok()) {
        addImportProblem(result.problems, path, 0, "the collection's notetypes table cannot be read: " + db.lastError());
        return false;
    }
    while (select.step()) {
        NoteType type;
        type.name = select.columnText(1);
        std::uint64_t kind = 0;
        std::string error;
        if (!parseNotetypeKind(select.columnText(2), kind, error)) {
            addImportProblem(result.problems, path, 0, "note type \"" + type.name + "\": its config cannot be read (" + error +
                                 "); read as a basic note type", Severity::Warning);
        }
        type.cloze = kind == 1;
        out[select.columnInt(0)] = type;
    }
    return !select.failed();
}

// Reads the note types (the models JSON of the col table, or the notetypes table of schema 18) by id;
// false after reporting why.
bool readNoteTypes(const MemoryDatabase& db, const std::string& path, std::map<std::int64_t, NoteType>& out,
                   ImportResult& result) {
    {
        Statement probe(db, anki_sql::kHasNotetypesTable);
        if (probe.ok() && probe.step() && probe.columnInt(0) > 0) return readNotetypesTable(db, path, out, result);
    }
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

// [SECTION] pictures -----------------------------------------------------------------------------

bool isPictureName(const std::string& name) {
    std::string extension = name.substr(name.find_last_of('.') == std::string::npos ? name.size() : name.find_last_of('.'));
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".png" || extension == ".jpg" || extension == ".jpeg";
}

// The package's media, and the pictures taken from it so far (each file copied once).
class PictureSource {
public:
    PictureSource(ZipReader& zip, const AnkiPackage& package, const ZipLimits& limits, std::string folder)
        : m_zip(zip), m_limits(limits), m_folder(std::move(folder)) {
        for (const AnkiMediaRef& ref : package.media) m_byName.emplace(ref.name, ref);
    }

    // Sets image from the first usable picture of media; returns "" or why a picture was left out.
    std::string attach(const HtmlImageRef& ref, QuestionImage& image, ImportResult& result) {
        const auto found = m_byName.find(ref.src);
        if (found == m_byName.end()) return "picture \"" + ref.src + "\" is not in the package (or its name was refused)";
        if (!isPictureName(ref.src)) return "picture \"" + ref.src + "\" is not PNG or JPEG";
        const std::string relative = m_folder + "/" + ref.src;
        if (m_copied.count(ref.src) == 0) {
            std::string bytes;
            std::string error;
            if (!readAnkiMedia(m_zip, found->second, m_limits, bytes, error)) return "picture \"" + ref.src + "\": " + error;
            // Unpacked pictures are held until written: all together stay under the archive's total budget.
            if (m_heldBytes + bytes.size() > m_limits.maxTotalBytes)
                return "picture \"" + ref.src + "\": the package's pictures unpack to more than " +
                       std::to_string(m_limits.maxTotalBytes / (1024 * 1024)) + " MiB in all";
            m_heldBytes += bytes.size();
            result.files.push_back({relative, std::move(bytes)});
            m_copied.insert(ref.src);
        }
        image.path = relative;
        image.alt = ref.alt.empty() ? ref.src : ref.alt;
        return {};
    }

private:
    ZipReader& m_zip;
    const ZipLimits& m_limits;
    std::string m_folder;                            // relative to the bank file
    std::map<std::string, AnkiMediaRef> m_byName;    // media name -> its zip entry
    std::set<std::string> m_copied;                  // media names already in result.files
    std::uint64_t m_heldBytes = 0;                   // unpacked bytes of those pictures
};

// Sets image from the first usable picture of refs; every other one is named in leftOut ("note 3: b.png").
void attachFirst(const std::string& path, const std::string& where, const std::vector<HtmlImageRef>& refs, PictureSource& pictures,
                 QuestionImage& image, ImportResult& result, std::vector<std::string>& leftOut) {
    for (const HtmlImageRef& ref : refs) {
        if (!image.empty()) {
            leftOut.push_back(where + ": " + ref.src);
            continue;
        }
        const std::string why = pictures.attach(ref, image, result);
        if (!why.empty()) {
            leftOut.push_back(where + ": " + ref.src);
            addImportProblem(result.problems, path, 0, where + ": " + why + "; left out", Severity::Warning);
        }
    }
}

// Gives question the first picture of its front (shown with the prompt) and the first of its other
// fields (shown with the explanation); the others are named in leftOut.
void attachPictures(const std::string& path, const std::string& where, const FieldMedia& front, const FieldMedia& back,
                    PictureSource& pictures, Question& question, ImportResult& result, std::vector<std::string>& leftOut) {
    attachFirst(path, where, front.images, pictures, question.image, result, leftOut);
    attachFirst(path, where, back.images, pictures, question.explanationImage, result, leftOut);
}

// Returns names joined by ", ", the first kShown of them, then "and N more".
std::string namedList(const std::vector<std::string>& names) {
    constexpr std::size_t kShown = 10;
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < kShown; ++i) out += (i == 0 ? "" : ", ") + names[i];
    if (names.size() > kShown) out += " and " + std::to_string(names.size() - kShown) + " more";
    return out;
}

// [SECTION] notes --------------------------------------------------------------------------------

constexpr const char* kPictureOnlyPrompt = "What does the picture show?";

struct NoteCounts {
    int soundNotes = 0;      // notes with [sound:...]
    int sounds = 0;          // [sound:...] references skipped
    std::vector<std::string> picturesLeftOut;  // <img> not shown, "note N (id I): name": the second and later of a
                                               // front or a back, and unusable ones
};

void readNotes(const MemoryDatabase& db, const std::string& path, const std::map<std::int64_t, NoteType>& types,
               PictureSource& pictures, ImportResult& result) {
    Statement select(db, anki_sql::kSelectNotes);
    if (!select.ok()) {
        addImportProblem(result.problems, path, 0, "the collection has no readable notes table: " + db.lastError());
        return;
    }
    QuestionIdAllocator ids;
    NoteCounts counts;
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
        FieldMedia front;
        FieldMedia back;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            std::size_t removed = 0;
            fields[i] = takeMedia(stripControlCharacters(fields[i], LineBreaks::Allowed, &removed), i == 0 ? front : back);
            controls += removed;
        }
        if (controls > 0) {
            addImportProblem(result.problems, path, 0, where + ": " + std::to_string(controls) +
                                 " control character(s) (NUL, ESC, BEL, ...) removed from its fields", Severity::Warning);
        }
        const int sounds = front.sounds + back.sounds;
        counts.sounds += sounds;
        counts.soundNotes += sounds > 0 ? 1 : 0;
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
            // A front that is only a picture ("whose flag?") asks about the picture.
            if (question.prompt.empty() && !front.images.empty() && !answer.empty()) {
                attachPictures(path, where, front, back, pictures, question, result, counts.picturesLeftOut);
                if (!question.image.empty()) question.prompt = kPictureOnlyPrompt;
                front.images.clear();
                back.images.clear();
            }
            if (question.prompt.empty() || answer.empty()) {
                addImportProblem(result.problems, path, 0, where + " has an empty front or back (after removing HTML and media); skipped");
                continue;
            }
            question.answer = TextAnswer{{answer}};
            question.id = ids.allocate({}, question.prompt == kPictureOnlyPrompt ? answer : question.prompt);
        }
        attachPictures(path, where, front, back, pictures, question, result, counts.picturesLeftOut);
        result.bank.questions.push_back(std::move(question));
    }
    if (select.failed()) {
        addImportProblem(result.problems, path, 0, "reading the notes stopped: " + db.lastError() + " (a damaged collection?)");
    }
    if (counts.sounds > 0) {
        addImportProblem(result.problems, path, 0,
                         std::to_string(counts.sounds) + " sound reference(s) [sound:...] in " + std::to_string(counts.soundNotes) +
                             " note(s) skipped: Retain does not play sound", Severity::Warning);
    }
    if (!counts.picturesLeftOut.empty()) {
        addImportProblem(result.problems, path, 0,
                         std::to_string(counts.picturesLeftOut.size()) +
                             " picture(s) left out (a question shows the first picture of its note's front with the prompt and "
                             "the first of its back with the explanation): " + namedList(counts.picturesLeftOut),
                         Severity::Warning);
    }
}

}  // namespace

ImportResult importApkg(const std::string& path, const ImportOptions& options, const ZipLimits& limits) {
    ImportResult result;
    result.bank.id = options.bankId;
    result.bank.title = options.bankTitle;
    ZipReader zip;
    AnkiPackage package;
    if (!openAnkiPackage(path, limits, zip, package, result.problems)) return result;
    MemoryDatabase db;
    std::string error;
    if (!db.openImage(package.collection, error)) {
        addImportProblem(result.problems, path, 0, error);
        return result;
    }
    std::map<std::int64_t, NoteType> types;
    PictureSource pictures(zip, package, limits, options.mediaFolder.empty() ? options.bankId + "-media" : options.mediaFolder);
    if (readNoteTypes(db, path, types, result)) readNotes(db, path, types, pictures, result);
    finishImport(result, path);
    return result;
}

}  // namespace retain
