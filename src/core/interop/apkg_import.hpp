// Import of Anki packages (.apkg).
#pragma once

#include <string>

#include "core/interop/import_result.hpp"
#include "core/interop/zip_archive.hpp"

namespace retain {

// Reads the .apkg at path: collection.anki21b (Anki 2.1.50+: zstd-compressed, schema 18, note types in the
// notetypes table) when present, else collection.anki21, else collection.anki2. Basic note types become
// `text` questions (first field the prompt, second the answer; text after a horizontal rule <hr> in the
// answer becomes the explanation); cloze note types become `cloze` questions with one gap per
// {{cN::answer::hint}} (hints go to the question's hint, the second field to the explanation). HTML is
// reduced to plain text, tags are kept as slugs. The first PNG/JPEG <img> of a note's front becomes the
// question's image: (alt: from the tag, else the file name), its bytes put in result.files under
// options.mediaFolder; a front that is only a picture is asked as "What does the picture show?". Other
// pictures and [sound:...] references are left out and counted in a warning; media names with path tricks
// are refused with a warning. The archive is untrusted: limits caps its size and entry count.
ImportResult importApkg(const std::string& path, const ImportOptions& options, const ZipLimits& limits = ZipLimits{});

}  // namespace retain
