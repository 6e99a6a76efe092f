// Import dispatch.
#include "core/interop/importer.hpp"

#include <filesystem>

#include "core/files/regular_file.hpp"
#include "core/interop/apkg_import.hpp"
#include "core/interop/gift_import.hpp"

namespace retain {

bool parseImportFormat(const std::string& name, ImportFormat& out) {
    if (name == "csv") out = ImportFormat::Csv;
    else if (name == "tsv") out = ImportFormat::Tsv;
    else if (name == "gift") out = ImportFormat::Gift;
    else if (name == "apkg" || name == "colpkg") out = ImportFormat::Apkg;  // a collection package is the same zip
    else return false;
    return true;
}

bool guessImportFormat(const std::string& path, ImportFormat& out) {
    std::string extension = std::filesystem::path(path).extension().string();
    for (char& c : extension) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (extension == ".csv") return parseImportFormat("csv", out);
    if (extension == ".tsv" || extension == ".txt") return parseImportFormat("tsv", out);
    if (extension == ".gift") return parseImportFormat("gift", out);
    if (extension == ".apkg" || extension == ".colpkg") return parseImportFormat("apkg", out);
    return false;
}

namespace {

// Reads a whole regular text file of at most kMaxImportTextBytes (never blocking on a FIFO or device);
// false after adding a problem.
bool readTextFile(const std::string& path, std::string& text, ImportResult& result) {
    const FileReadResult read = readRegularFile(path, text, kMaxImportTextBytes);
    if (read.error == FileReadError::TooBig) {
        addImportProblem(result.problems, path, 0, "the file is " + byteSizeText(read.size) + ", more than the limit of " + byteSizeText(kMaxImportTextBytes));
        return false;
    }
    if (read.error != FileReadError::None) {
        addImportProblem(result.problems, path, 0, read.message);
        return false;
    }
    return true;
}

}  // namespace

ImportResult importFile(const std::string& path, const FileImportOptions& options) {
    if (options.format == ImportFormat::Apkg) return importApkg(path, options.bank, options.zipLimits);
    ImportResult result;
    std::string text;
    if (!readTextFile(path, text, result)) return result;
    if (options.format == ImportFormat::Gift) return importGift(text, path, options.bank);
    DelimitedImportOptions delimited;
    delimited.separator = !options.separator.empty() ? options.separator : (options.format == ImportFormat::Csv ? "," : "\t");
    delimited.promptSide = options.promptSide;
    return importDelimited(text, path, options.bank, delimited);
}

}  // namespace retain
