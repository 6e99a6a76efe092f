// Import of Anki packages (.apkg).
#pragma once

#include <string>

#include "core/interop/import_result.hpp"
#include "core/interop/zip_archive.hpp"

namespace retain {

// Reads the .apkg at path: collection.anki21 when present, else collection.anki2 (a collection.anki21b
// alone, Anki 2.1.50+'s zstd format, is reported with how to export a readable package). Basic note types
// become `text` questions (first field the prompt, second the answer; text after a horizontal rule <hr>
// in the answer becomes the explanation); cloze note types (type 1) become `cloze` questions with one gap
// per {{cN::answer::hint}} (hints go to the question's hint, the second field to the explanation). HTML
// is reduced to plain text, media references are dropped (reported), tags are kept as slugs. The archive
// is untrusted: limits caps its size and entry count.
ImportResult importApkg(const std::string& path, const ImportOptions& options, const ZipLimits& limits = ZipLimits{});

}  // namespace retain
