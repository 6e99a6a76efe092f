// One entry point for every import format: picks the reader by format, reads the file with size limits.
#pragma once

#include <cstdint>
#include <string>

#include "core/interop/csv_import.hpp"
#include "core/interop/import_result.hpp"
#include "core/interop/zip_archive.hpp"

namespace retain {

enum class ImportFormat { Csv, Tsv, Gift, Apkg };  // Apkg: Anki's .apkg and its whole-collection .colpkg

// Parses "csv", "tsv", "gift", "apkg" or "colpkg"; false for anything else.
bool parseImportFormat(const std::string& name, ImportFormat& out);

// Guesses the format from the file name: .csv, .tsv or .txt (Quizlet's tab-separated copy), .gift, .apkg,
// .colpkg.
// False when the extension says nothing (then --format is needed).
bool guessImportFormat(const std::string& path, ImportFormat& out);

constexpr std::uint64_t kMaxImportTextBytes = 64ull * 1024 * 1024;  // CSV/TSV/GIFT files larger than this are refused (64 MiB)

struct FileImportOptions {
    ImportOptions bank;                             // id and title of the new bank
    ImportFormat format = ImportFormat::Csv;
    std::string separator;                          // CSV/TSV only; empty = ',' for csv, tab for tsv
    PromptSide promptSide = PromptSide::Definition; // CSV/TSV only
    ZipLimits zipLimits;                            // apkg only
};

// Reads the file at path in the chosen format. A missing or oversized file is a problem in the result.
ImportResult importFile(const std::string& path, const FileImportOptions& options);

}  // namespace retain
