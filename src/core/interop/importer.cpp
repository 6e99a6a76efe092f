// Import dispatch.
#include "core/interop/importer.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/interop/apkg_import.hpp"
#include "core/interop/gift_import.hpp"

namespace retain {

bool parseImportFormat(const std::string& name, ImportFormat& out) {
    if (name == "csv") out = ImportFormat::Csv;
    else if (name == "tsv") out = ImportFormat::Tsv;
    else if (name == "gift") out = ImportFormat::Gift;
    else if (name == "apkg") out = ImportFormat::Apkg;
    else return false;
    return true;
}

bool guessImportFormat(const std::string& path, ImportFormat& out) {
    std::string extension = std::filesystem::path(path).extension().string();
    for (char& c : extension) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (extension == ".csv") return parseImportFormat("csv", out);
    if (extension == ".tsv" || extension == ".txt") return parseImportFormat("tsv", out);
    if (extension == ".gift") return parseImportFormat("gift", out);
    if (extension == ".apkg") return parseImportFormat("apkg", out);
    return false;
}

namespace {

// Reads a whole text file of at most kMaxImportTextBytes; false after adding a problem.
bool readTextFile(const std::string& path, std::string& text, ImportResult& result) {
    std::error_code code;
    const auto size = std::filesystem::file_size(path, code);
    if (code) {
        addImportProblem(result.problems, path, 0, "cannot read the file: " + code.message());
        return false;
    }
    if (size > kMaxImportTextBytes) {
        addImportProblem(result.problems, path, 0, "the file is " + byteSizeText(size) + ", more than the limit of " + byteSizeText(kMaxImportTextBytes));
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in) {
        addImportProblem(result.problems, path, 0, "cannot read the file");
        return false;
    }
    text = buffer.str();
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
