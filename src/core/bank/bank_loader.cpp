// Loading banks from files, folders and libraries; the per-file work is in bank_file_reader.cpp.
//
// [SECTION] files
// [SECTION] one bank
// [SECTION] compiled-bank cache
// [SECTION] libraries
#include "core/bank/bank_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <optional>
#include <system_error>

#include "core/bank/bank_cache.hpp"
#include "core/bank/bank_file_reader.hpp"
#include "core/bank/bank_limits.hpp"
#include "core/files/regular_file.hpp"
#include "core/text/message_text.hpp"

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

// Reads a whole regular file, refusing one over the size limit without reading it, and a FIFO, socket
// or device without blocking on it; false after reporting.
bool readFileText(const std::string& path, std::string& text, ProblemList& problems) {
    const FileReadResult read = readRegularFile(path, text, kMaxBankFileBytes);
    if (read.error == FileReadError::TooBig) {
        problems.push_back({path, 0, 0, Severity::Error,
                            "the file is " + std::to_string(read.size) + " bytes; a bank file may hold at most " +
                                std::to_string(kMaxBankFileBytes / (1024 * 1024)) + " MiB: split it into several files of a bank folder"});
        return false;
    }
    if (read.error != FileReadError::None) {
        problems.push_back({path, 0, 0, Severity::Error, read.message});
        return false;
    }
    return true;
}

// The .yaml/.yml files of a bank folder, sub-folders included, sorted by path; hidden entries skipped.
// A .yaml entry that is not a regular file (a FIFO, a socket, a device) is listed too, so that reading
// it reports what it is instead of leaving it out in silence.
std::vector<fs::path> bankFolderFiles(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (isHidden(it->path())) {
            if (it->is_directory(error)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_directory(error) && hasYamlExtension(it->path())) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The size of a regular file in bytes, 0 for anything else (progress only; reading reports the problems).
std::uint64_t regularFileBytes(const fs::path& path) {
    std::error_code error;
    const auto bytes = fs::is_regular_file(path, error) ? fs::file_size(path, error) : 0;
    return error ? 0 : static_cast<std::uint64_t>(bytes);
}

// The header file of a bank folder (bank.yaml or bank.yml), or an empty path.
fs::path headerFileOf(const fs::path& folder) {
    for (const char* name : {"bank.yaml", "bank.yml"}) {
        std::error_code error;
        if (fs::exists(folder / name, error) && !fs::is_directory(folder / name, error)) return folder / name;
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
// Checks each picture file of each question (its own and its options'). A missing or broken picture is an error (lint fails) but the
// question stays: the window shows its alt text instead. The stamps let the cache see a picture change.
void checkImages(BankLoadResult& result) {
    for (const Question& question : result.bank.questions) {
        for (const QuestionImage* image : questionImages(question)) {
            result.imageStamps.push_back(stampOf(image->resolved));
            const std::string problem = imageFileProblem(*image);
            if (!problem.empty()) result.problems.push_back({question.file, image->line, image->column, Severity::Error, problem});
        }
    }
}

void finishBank(BankLoadResult& result, BankFileContent& header, const std::string& path) {
    result.bank = std::move(header.header);
    result.bank.path = path;
    result.headerLine = header.headerLine;
    result.ok = header.headerUsable;
    addDefaultTags(result.bank);
    checkImages(result);
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

// One file of a bank folder as read from disk; its read problems are reported where its parse would be.
struct FolderFile {
    std::string path;
    std::string text;
    bool read = false;
    ProblemList readProblems;  // why it could not be read
};

// The files of a bank folder, bank.yaml first, each read whole.
struct FolderSources {
    std::vector<FolderFile> files;
    bool allRead = true;  // every file was read (only then may the result be cached)
};

// Reads the folder's header file and other bank files; an empty result (with problems) when the header is
// missing or unreadable.
FolderSources readFolderSources(const fs::path& folder, ProblemList& problems) {
    FolderSources sources;
    const fs::path headerPath = headerFileOf(folder);
    if (headerPath.empty()) {
        problems.push_back({folder.string(), 0, 0, Severity::Error, "a bank folder needs a bank.yaml holding the 'bank:' header"});
        return sources;
    }
    FolderFile header{headerPath.string(), {}, false, {}};
    if (!readFileText(header.path, header.text, problems)) return sources;
    header.read = true;
    sources.files.push_back(std::move(header));
    for (const fs::path& path : bankFolderFiles(folder)) {
        if (path == headerPath) continue;
        FolderFile file{path.string(), {}, false, {}};
        file.read = readFileText(file.path, file.text, file.readProblems);
        sources.allRead = sources.allRead && file.read;
        sources.files.push_back(std::move(file));
    }
    return sources;
}

// Parses a bank folder's files (sources.files is not empty: its first file is bank.yaml).
BankLoadResult parseFolderBank(const std::string& folderName, const FolderSources& sources) {
    BankLoadResult result;
    IdRegistry ids;
    const FolderFile& headerFile = sources.files.front();
    BankFileContent header = readBankFile(headerFile.text, headerFile.path, ids, result.problems);
    if (!header.parsed) return result;
    if (!header.hasHeader) {
        result.problems.push_back({headerFile.path, 0, 0, Severity::Error,
                                   "bank.yaml has no 'bank:' header with the bank's id and title"});
        return result;
    }
    std::vector<Question> questions = std::move(header.questions);
    for (std::size_t i = 1; i < sources.files.size(); ++i) {
        const FolderFile& file = sources.files[i];
        if (!file.read) {
            result.problems.insert(result.problems.end(), file.readProblems.begin(), file.readProblems.end());
            continue;
        }
        BankFileContent part = readBankFile(file.text, file.path, ids, result.problems);
        if (part.hasHeader) {
            result.problems.push_back({file.path, part.headerLine, 0, Severity::Error,
                                       "only bank.yaml holds the 'bank:' header in a bank folder; this one is ignored"});
        }
        std::move(part.questions.begin(), part.questions.end(), std::back_inserter(questions));
    }
    result.headerFile = headerFile.path;
    header.header.questions = std::move(questions);
    finishBank(result, header, folderName);
    return result;
}

// [SECTION] compiled-bank cache ------------------------------------------------------------------

// Returns the cached result of sourcePath when cache holds one for exactly sourceHash; otherwise the
// result of parse(), stored for the next start.
template <typename Parse>
BankLoadResult loadThroughCache(const BankCache* cache, const std::string& sourcePath, std::uint64_t sourceHash, Parse parse) {
    if (cache == nullptr) return parse();
    if (std::optional<BankLoadResult> cached = cache->find(sourcePath, sourceHash)) return std::move(*cached);
    BankLoadResult result = parse();
    cache->store(sourcePath, sourceHash, result);  // best effort: a read-only data folder only costs speed
    return result;
}

BankLoadResult loadFolderBank(const fs::path& folder, const BankCache* cache = nullptr) {
    BankLoadResult result;
    const std::string folderName = folder.string();
    const FolderSources sources = readFolderSources(folder, result.problems);
    if (sources.files.empty()) return result;
    if (!sources.allRead) return parseFolderBank(folderName, sources);
    BankSourceHash hash("folder");
    for (const FolderFile& file : sources.files) hash.add(file.path, file.text);
    return loadThroughCache(cache, folderName, hash.value(), [&] { return parseFolderBank(folderName, sources); });
}

// Loads a single bank file, through the cache when one is given.
BankLoadResult loadBankFile(const std::string& path, const BankCache* cache) {
    BankLoadResult result;
    // Reused from file to file: a start-up reads every bank file, and fresh multi-megabyte buffers would
    // cost a page fault per 4 KiB each time. Holds at most one bank file (8 MiB) between loads.
    thread_local std::string text;
    if (!readFileText(path, text, result.problems)) return result;
    BankSourceHash hash("file");
    hash.add(path, text);
    return loadThroughCache(cache, path, hash.value(), [&] { return loadSingleFile(text, path); });
}

}  // namespace

BankLoadResult loadBankFromString(const std::string& yamlText, const std::string& fileName) {
    return loadSingleFile(yamlText, fileName);
}

BankLoadResult loadBank(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error)) return loadFolderBank(fs::path(path));
    return loadBankFile(path, nullptr);
}

// [SECTION] libraries ----------------------------------------------------------------------------

namespace {

// Collects banks, keeping the first of each id and reporting the others.
class LibraryBuilder {
public:
    // Loads banks through cache when it is not null.
    explicit LibraryBuilder(const BankCache* cache = nullptr) : m_cache(cache) {}

    void add(BankLoadResult&& result) {
        std::move(result.problems.begin(), result.problems.end(), std::back_inserter(m_library.problems));
        if (!result.ok) return;
        const auto [first, inserted] = m_firstById.emplace(result.bank.id, result.headerFile + ":" + std::to_string(result.headerLine));
        if (!inserted) {
            m_library.problems.push_back({result.headerFile, result.headerLine, 0, Severity::Error,
                                          "bank id " + quoteValue(result.bank.id) + " is already used by " + first->second +
                                              "; this bank is left out"});
            return;
        }
        m_library.banks.push_back(std::move(result.bank));
    }

    // Adds every bank directly in folder: each .yaml file, each sub-folder holding .yaml files. Hooks
    // (optional) hear after each bank and may stop the load between banks.
    void addLibraryFolder(const fs::path& folder, const LibraryLoadHooks* hooks = nullptr) {
        std::vector<fs::path> entries;
        std::error_code error;
        for (fs::directory_iterator it(folder, error); !error && it != fs::directory_iterator(); it.increment(error)) {
            if (!isHidden(it->path())) entries.push_back(it->path());
        }
        if (error) m_library.problems.push_back({folder.string(), 0, 0, Severity::Error, "cannot list the folder: " + error.message()});
        std::sort(entries.begin(), entries.end());
        // The banks and their sizes first, so progress has its total before the first bank is read.
        struct Entry {
            fs::path path;
            bool folderBank = false;
            std::uint64_t bytes = 0;
        };
        std::vector<Entry> banks;
        LibraryLoadProgress progress;
        for (const fs::path& entry : entries) {
            std::error_code kindError;
            if (fs::is_directory(entry, kindError)) {
                const std::vector<fs::path> files = bankFolderFiles(entry);
                if (files.empty()) continue;
                Entry bank{entry, true, 0};
                for (const fs::path& file : files) bank.bytes += regularFileBytes(file);
                banks.push_back(std::move(bank));
            } else if (hasYamlExtension(entry)) {
                banks.push_back({entry, false, regularFileBytes(entry)});
            }
        }
        for (const Entry& bank : banks) progress.bytesTotal += bank.bytes;
        progress.banksTotal = static_cast<int>(banks.size());
        if (hooks && hooks->progress) hooks->progress(progress);
        for (const Entry& bank : banks) {
            if (hooks && hooks->cancelled && hooks->cancelled()) {
                m_library.complete = false;
                return;
            }
            BankLoadResult result = bank.folderBank ? loadFolderBank(bank.path, m_cache) : loadBankFile(bank.path.string(), m_cache);
            progress.questionsLoaded += result.ok ? result.bank.questions.size() : 0;
            add(std::move(result));
            progress.bytesDone += bank.bytes;
            ++progress.banksDone;
            if (hooks && hooks->progress) hooks->progress(progress);
        }
    }

    void addPath(const std::string& path) {
        std::error_code error;
        if (!fs::exists(path, error)) {
            m_library.problems.push_back({path, 0, 0, Severity::Error, "no such file or folder"});
        } else if (!fs::is_directory(path, error)) {
            add(loadBankFile(path, m_cache));
        } else if (!headerFileOf(path).empty()) {
            add(loadFolderBank(path, m_cache));
        } else {
            addLibraryFolder(path);
        }
    }

    Library finish() {
        std::stable_sort(m_library.banks.begin(), m_library.banks.end(), [](const Bank& a, const Bank& b) { return a.id < b.id; });
        return std::move(m_library);
    }

private:
    const BankCache* m_cache = nullptr;
    Library m_library;
    std::map<std::string, std::string> m_firstById;  // bank id -> "file:line" of its header
};

}  // namespace

Library loadLibrary(const std::string& folder, const std::string& cacheDir) { return loadLibrary(folder, cacheDir, {}); }

Library loadLibrary(const std::string& folder, const std::string& cacheDir, const LibraryLoadHooks& hooks) {
    std::optional<BankCache> cache;
    if (!cacheDir.empty()) cache.emplace(cacheDir);
    LibraryBuilder builder(cache ? &*cache : nullptr);
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        Library library;
        library.problems.push_back({folder, 0, 0, Severity::Error, "no such folder"});
        return library;
    }
    builder.addLibraryFolder(folder, &hooks);
    // Entries of banks renamed or deleted since are dropped, so the cache does not grow without bound;
    // not after a cancelled load, which has not seen every bank.
    Library library = builder.finish();
    if (cache && library.complete) cache->prune();
    return library;
}

Library loadPaths(const std::vector<std::string>& paths) {
    LibraryBuilder builder;
    for (const std::string& path : paths) builder.addPath(path);
    return builder.finish();
}

}  // namespace retain
