// Reading an .apkg's collection and media map, in the legacy and the 2.1.50+ layouts.
//
// [SECTION] collection
// [SECTION] media map
#include "core/interop/anki_package.hpp"

#include <algorithm>
#include <charconv>

#include "core/bank/question_image.hpp"
#include "core/interop/json_reader.hpp"
#include "core/interop/protobuf_reader.hpp"
#include "core/interop/sha1.hpp"
#include "core/interop/zstd_codec.hpp"

namespace retain {

namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

void warn(ProblemList& problems, const std::string& path, std::string message) {
    problems.push_back({path, 0, 0, Severity::Warning, std::move(message)});
}

// [SECTION] collection ---------------------------------------------------------------------------

bool readCollection(const std::string& path, const ZipLimits& limits, ZipReader& zip, AnkiPackage& out, ProblemList& problems) {
    std::string error;
    const char* const names[] = {"collection.anki21b", "collection.anki21", "collection.anki2"};
    for (const char* name : names) {
        if (zip.contains(name)) {
            out.collectionName = name;
            break;
        }
    }
    if (out.collectionName.empty()) {
        problems.push_back({path, 0, 0, Severity::Error, "no collection.anki2, .anki21 or .anki21b inside: not an Anki package"});
        return false;
    }
    std::string raw;
    if (!zip.read(out.collectionName, raw, error)) {
        problems.push_back({path, 0, 0, Severity::Error, error});
        return false;
    }
    if (out.collectionName == "collection.anki21b") {
        if (!zstdDecompress(raw, limits.maxEntryBytes, out.collection, error)) {
            problems.push_back({path, 0, 0, Severity::Error, "collection.anki21b: " + error});
            return false;
        }
    } else {
        out.collection = std::move(raw);
    }
    if (std::string_view(out.collection).substr(0, kSqliteMagic.size()) != kSqliteMagic) {
        problems.push_back({path, 0, 0, Severity::Error, out.collectionName + " is not an SQLite database"});
        return false;
    }
    return true;
}

// [SECTION] media map ----------------------------------------------------------------------------

// Adds name stored in entry to out unless the name is unsafe (then a warning says which and why).
void addMedia(const std::string& path, std::string name, std::string entry, std::string sha1, AnkiPackage& out,
              ProblemList& problems) {
    const std::string problem = mediaNameProblem(name);
    if (!problem.empty()) {
        std::string shown;
        for (char c : name) shown += (c == '\0') ? std::string("\\0") : std::string(1, c);
        warn(problems, path, "media file \"" + shown + "\" (entry " + entry + ") refused: " + problem);
        return;
    }
    out.media.push_back({std::move(name), std::move(entry), std::move(sha1)});
}

// The legacy map: a JSON object from zip entry name to media name.
void readJsonMediaMap(const std::string& path, const std::string& text, AnkiPackage& out, ProblemList& problems) {
    JsonValue map;
    std::string error;
    if (!parseJson(text, map, error) || map.kind != JsonKind::Object) {
        warn(problems, path, "the media map is not a JSON object (" + error + "); pictures left out");
        return;
    }
    for (std::size_t i = 0; i < map.keys.size(); ++i) {
        if (map.items[i].kind != JsonKind::String) continue;
        addMedia(path, map.items[i].text, map.keys[i], {}, out, problems);
    }
}

// The 2.1.50+ map: zstd-compressed MediaEntries; entry i lives in the zip as "i" (or its
// legacy_zip_filename when given).
void readProtobufMediaMap(const std::string& path, const std::string& packed, const ZipLimits& limits, AnkiPackage& out,
                          ProblemList& problems) {
    std::string bytes;
    std::string error;
    std::vector<MediaEntry> entries;
    if (!zstdDecompress(packed, limits.maxEntryBytes, bytes, error) || !parseMediaEntries(bytes, entries, error)) {
        warn(problems, path, "the media map cannot be read (" + error + "); pictures left out");
        return;
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::size_t number = entries[i].hasLegacyZipName ? entries[i].legacyZipName : i;
        std::string digest = entries[i].sha1.size() == 20 ? std::move(entries[i].sha1) : std::string();
        addMedia(path, std::move(entries[i].name), std::to_string(number), std::move(digest), out, problems);
    }
}

}  // namespace

std::string mediaNameProblem(const std::string& name) {
    if (name.empty()) return "the name is empty";
    if (name.size() > 255) return "the name is longer than 255 bytes";
    if (name == "." || name == "..") return "the name is a folder reference";
    for (char c : name) {
        if (c == '\0') return "the name holds a NUL byte";
        if (c == '/' || c == '\\') return "the name holds a path separator";
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return "the name holds a control character";
    }
    if (name.size() >= 2 && name[1] == ':') return "the name starts with a drive letter";
    return {};
}

bool openAnkiPackage(const std::string& path, const ZipLimits& limits, ZipReader& zip, AnkiPackage& out, ProblemList& problems) {
    std::string error;
    if (!zip.open(path, limits, error)) {
        problems.push_back({path, 0, 0, Severity::Error, error});
        return false;
    }
    if (!readCollection(path, limits, zip, out, problems)) return false;
    if (!zip.contains("media")) return true;
    std::string map;
    if (!zip.read("media", map, error)) {
        warn(problems, path, "the media map cannot be read (" + error + "); pictures left out");
    } else if (looksLikeZstd(map)) {
        readProtobufMediaMap(path, map, limits, out, problems);
    } else {
        readJsonMediaMap(path, map, out, problems);
    }
    return true;
}

bool readAnkiMedia(ZipReader& zip, const AnkiMediaRef& ref, const ZipLimits& limits, std::string& out, std::string& error) {
    std::string raw;
    if (!zip.read(ref.entry, raw, error)) return false;
    if (!looksLikeZstd(raw)) {
        out = std::move(raw);
    } else if (!zstdDecompress(raw, std::min<std::uint64_t>(limits.maxEntryBytes, static_cast<std::uint64_t>(kMaxImageFileBytes)), out, error)) {
        // A picture is never larger than a bank may show (kMaxImageFileBytes), so a few bytes that unpack
        // to gigabytes stop there.
        return false;
    }
    if (!ref.sha1.empty()) {
        const Sha1Digest digest = sha1(out);
        if (std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()) != ref.sha1) {
            error = "its bytes do not match the SHA-1 the media map gives (a damaged package?)";
            return false;
        }
    }
    return true;
}

}  // namespace retain
