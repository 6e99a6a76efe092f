// The archive side of an Anki package (.apkg): which collection it holds (legacy collection.anki2 or
// .anki21, or Anki 2.1.50+'s zstd-compressed collection.anki21b), and its media map (legacy JSON
// {"0": "name.png"} or the newer zstd-compressed protobuf MediaEntries).
#pragma once

#include <string>
#include <vector>

#include "core/bank/problem.hpp"
#include "core/interop/zip_archive.hpp"

namespace retain {

// One media file of a package: the name notes use, and the zip entry that holds its bytes.
struct AnkiMediaRef {
    std::string name;    // as in the media map; checked with mediaNameProblem() before it is used
    std::string entry;   // zip entry name ("0", "1", ...)
    std::string sha1;    // 20 raw bytes the protobuf map claims for the file; empty = not checked (JSON maps)
};

struct AnkiPackage {
    std::string collection;            // the bytes of the SQLite collection (decompressed)
    std::string collectionName;        // the entry it came from, for messages
    std::vector<AnkiMediaRef> media;   // in map order; names with path tricks already left out (reported)
};

// Opens the package at path in zip and reads its collection and media map into out. Prefers
// collection.anki21b (a package from Anki 2.1.50+ also holds a stub collection.anki2 saying "please
// update Anki"), then collection.anki21, then collection.anki2. Returns false after adding a problem
// when there is no readable collection; a broken media map is a warning (the notes still import).
bool openAnkiPackage(const std::string& path, const ZipLimits& limits, ZipReader& zip, AnkiPackage& out, ProblemList& problems);

// Reads one media file's bytes, unpacking it when it is zstd-compressed (as Anki 2.1.50+ stores them),
// and checks them against the map's SHA-1 when it gave one. Returns false with a message.
bool readAnkiMedia(ZipReader& zip, const AnkiMediaRef& ref, const ZipLimits& limits, std::string& out, std::string& error);

// Returns "" when name is a plain file name safe to write in a folder: not empty, no '/', '\\', NUL or
// other control character, not "." or "..", no drive letter (C:), at most 255 bytes. Else the reason.
std::string mediaNameProblem(const std::string& name);

}  // namespace retain
