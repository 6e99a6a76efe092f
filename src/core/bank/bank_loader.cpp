// Loading banks from files, folders and libraries; the per-file work is in bank_file_reader.cpp.
//
// [SECTION] files
// [SECTION] one bank
// [SECTION] libraries
#include "core/bank/bank_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <system_error>

#include "core/bank/bank_file_reader.hpp"
#include "core/bank/bank_limits.hpp"

namespace retain {

namespace fs = std::filesystem;

const std::vector<std::string_view>& documentedQuestionTags() {
    static const std::vector<std::string_view> tags = {"dates",    "figures",  "people",   "organisations",
                                                       "places",   "events",   "politics", "security",
                                                       "economy",  "culture",  "media",    "source"};
    return tags;
}

// [SECTION] files --------------------------------------------------------------------------------

namespace {

bool hasYamlExtension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return ext == ".yaml" || ext == ".yml";
}

bool isHidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name[0] == '.';
}

// Reads a whole file, refusing one over the size limit without reading it; false after reporting.
bool readFileText(const std::string& path, std::string& text, ProblemList& problems) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(path, error);
    if (!error && size > kMaxBankFileBytes) {
        problems.push_back({path, 0, 0, Severity::Error,
                            "the file is " + std::to_string(size) + " bytes; a bank file may hold at most " +
                                std::to_string(kMaxBankFileBytes / (1024 * 1024)) + " MiB: split it into several files of a bank folder"});
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back({path, 0, 0, Severity::Error, "cannot open the file"});
        return false;
    }
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
        problems.push_back({path, 0, 0, Severity::Error, "cannot read the file"});
        return false;
    }
    return true;
}

// The .yaml/.yml files of a bank folder, sub-folders included, sorted by path; hidden entries skipped.
std::vector<fs::path> bankFolderFiles(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (isHidden(it->path())) {
            if (it->is_directory(error)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(error) && hasYamlExtension(it->path())) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The header file of a bank folder (bank.yaml or bank.yml), or an empty path.
fs::path headerFileOf(const fs::path& folder) {
    for (const char* name : {"bank.yaml", "bank.yml"}) {
        std::error_code error;
        if (fs::is_regular_file(folder / name, error)) return folder / name;
    }
    return {};
}

// [SECTION] one bank -----------------------------------------------------------------------------

// Adds the bank's default tags to each question that does not already carry them.
void addDefaultTags(Bank& bank) {
    for (Question& question : bank.questions) {
        for (const std::string& tag : bank.tags) {
            if (std::find(question.tags.begin(), question.tags.end(), tag) == question.tags.end()) question.tags.push_back(tag);
        }
    }
}

// Builds the result of a bank whose header has been read (from a single file or a folder's bank.yaml).
void finishBank(BankLoadResult& result, BankFileContent& header, const std::string& path) {
    result.bank = std::move(header.header);
    result.bank.path = path;
    result.headerLine = header.headerLine;
    result.ok = header.headerUsable;
    addDefaultTags(result.bank);
    if (result.ok && result.bank.questions.empty()) {
        result.problems.push_back({path, 0, 0, Severity::Warning, "the bank has no questions that load"});
    }
}

BankLoadResult loadSingleFile(const std::string& text, const std::string& fileName) {
    BankLoadResult result;
    IdRegistry ids;
    BankFileContent content = readBankFile(text, fileName, ids, result.problems);
    if (!content.parsed) return result;
    if (!content.hasHeader) {
        result.problems.push_back({fileName, 0, 0, Severity::Error,
                                   "the file has no 'bank:' header with the bank's id and title"});
        return result;
    }
    result.headerFile = fileName;
    content.header.questions = std::move(content.questions);
    finishBank(result, content, fileName);
    return result;
}

BankLoadResult loadFolderBank(const fs::path& folder) {
    BankLoadResult result;
    const std::string folderName = folder.string();
    const fs::path headerPath = headerFileOf(folder);
    if (headerPath.empty()) {
        result.problems.push_back({folderName, 0, 0, Severity::Error,
                                   "a bank folder needs a bank.yaml holding the 'bank:' header"});
        return result;
    }
    IdRegistry ids;
    std::string text;
    if (!readFileText(headerPath.string(), text, result.problems)) return result;
    BankFileContent header = readBankFile(text, headerPath.string(), ids, result.problems);
    if (!header.parsed) return result;
    if (!header.hasHeader) {
        result.problems.push_back({headerPath.string(), 0, 0, Severity::Error,
                                   "bank.yaml has no 'bank:' header with the bank's id and title"});
        return result;
    }
    std::vector<Question> questions = std::move(header.questions);
    for (const fs::path& file : bankFolderFiles(folder)) {
        if (file == headerPath) continue;
        if (!readFileText(file.string(), text, result.problems)) continue;
        BankFileContent part = readBankFile(text, file.string(), ids, result.problems);
        if (part.hasHeader) {
            result.problems.push_back({file.string(), part.headerLine, 0, Severity::Error,
                                       "only bank.yaml holds the 'bank:' header in a bank folder; this one is ignored"});
        }
        std::move(part.questions.begin(), part.questions.end(), std::back_inserter(questions));
    }
    result.headerFile = headerPath.string();
    header.header.questions = std::move(questions);
    finishBank(result, header, folderName);
    return result;
}

}  // namespace

BankLoadResult loadBankFromString(const std::string& yamlText, const std::string& fileName) {
    return loadSingleFile(yamlText, fileName);
}

BankLoadResult loadBank(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error)) return loadFolderBank(fs::path(path));
    BankLoadResult result;
    std::string text;
    if (!readFileText(path, text, result.problems)) return result;
    return loadSingleFile(text, path);
}

// [SECTION] libraries ----------------------------------------------------------------------------

namespace {

// Collects banks, keeping the first of each id and reporting the others.
class LibraryBuilder {
public:
    void add(BankLoadResult&& result) {
        std::move(result.problems.begin(), result.problems.end(), std::back_inserter(m_library.problems));
        if (!result.ok) return;
        const auto [first, inserted] = m_firstById.emplace(result.bank.id, result.headerFile + ":" + std::to_string(result.headerLine));
        if (!inserted) {
            m_library.problems.push_back({result.headerFile, result.headerLine, 0, Severity::Error,
                                          "bank id '" + result.bank.id + "' is already used by " + first->second +
                                              "; this bank is left out"});
            return;
        }
        m_library.banks.push_back(std::move(result.bank));
    }

    // Adds every bank directly in folder: each .yaml file, each sub-folder holding .yaml files.
    void addLibraryFolder(const fs::path& folder) {
        std::vector<fs::path> entries;
        std::error_code error;
        for (fs::directory_iterator it(folder, error); !error && it != fs::directory_iterator(); it.increment(error)) {
            if (!isHidden(it->path())) entries.push_back(it->path());
        }
        if (error) m_library.problems.push_back({folder.string(), 0, 0, Severity::Error, "cannot list the folder: " + error.message()});
        std::sort(entries.begin(), entries.end());
        for (const fs::path& entry : entries) {
            std::error_code kindError;
            if (fs::is_directory(entry, kindError)) {
                if (!bankFolderFiles(entry).empty()) add(loadFolderBank(entry));
            } else if (hasYamlExtension(entry)) {
                add(loadBank(entry.string()));
            }
        }
    }

    void addPath(const std::string& path) {
        std::error_code error;
        if (!fs::exists(path, error)) {
            m_library.problems.push_back({path, 0, 0, Severity::Error, "no such file or folder"});
        } else if (!fs::is_directory(path, error)) {
            add(loadBank(path));
        } else if (!headerFileOf(path).empty()) {
            add(loadFolderBank(path));
        } else {
            addLibraryFolder(path);
        }
    }

    Library finish() {
        std::stable_sort(m_library.banks.begin(), m_library.banks.end(), [](const Bank& a, const Bank& b) { return a.id < b.id; });
        return std::move(m_library);
    }

private:
    Library m_library;
    std::map<std::string, std::string> m_firstById;  // bank id -> "file:line" of its header
};

}  // namespace

Library loadLibrary(const std::string& folder) {
    LibraryBuilder builder;
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        Library library;
        library.problems.push_back({folder, 0, 0, Severity::Error, "no such folder"});
        return library;
    }
    builder.addLibraryFolder(folder);
    return builder.finish();
}

Library loadPaths(const std::vector<std::string>& paths) {
    LibraryBuilder builder;
    for (const std::string& path : paths) builder.addPath(path);
    return builder.finish();
}

}  // namespace retain
