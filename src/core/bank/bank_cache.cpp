// The cache folder: entry names, reading and atomic writing of entries, the loader stamp.
#include "core/bank/bank_cache.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <utility>

namespace retain {

namespace fs = std::filesystem;

namespace {

// An entry larger than this is not read (a bank file is at most 8 MiB of YAML; its entry is smaller).
constexpr std::uintmax_t kMaxEntryBytes = 64u * 1024u * 1024u;

// Reads a whole file; false when it is missing, unreadable or too large.
bool readWholeFile(const std::string& path, std::string& bytes) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(path, error);
    if (error || size > kMaxEntryBytes) return false;
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return false;
    bytes.resize(static_cast<std::size_t>(size));
    const std::size_t got = size == 0 ? 0 : std::fread(bytes.data(), 1, bytes.size(), file);
    std::fclose(file);
    return got == bytes.size();
}

bool writeWholeFile(const std::string& path, const std::string& bytes) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) return false;
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    return std::fclose(file) == 0 && written;
}

}  // namespace

BankSourceHash::BankSourceHash(std::string_view kind) : m_state(fnv1a64(kind)) {}

void BankSourceHash::add(std::string_view path, std::string_view text) {
    m_state = fnv1a64(path, m_state);
    m_state = fnv1a64(std::string_view("\0", 1), m_state);
    m_state = fnv1a64(std::to_string(text.size()), m_state);
    m_state = fnv1a64(text, m_state);
}

BankCache::BankCache(std::string folder) : BankCache(std::move(folder), runningLoaderStamp()) {}

BankCache::BankCache(std::string folder, std::uint64_t loaderStamp) : m_folder(std::move(folder)), m_loaderStamp(loaderStamp) {}

std::string BankCache::entryPath(const std::string& sourcePath) const {
    char name[32];
    std::snprintf(name, sizeof name, "%016llx.bankcache", static_cast<unsigned long long>(fnv1a64(sourcePath)));
    return (fs::path(m_folder) / name).string();
}

std::optional<BankLoadResult> BankCache::find(const std::string& sourcePath, std::uint64_t sourceHash) const {
    thread_local std::string bytes;  // reused from entry to entry, like the loader's text buffer
    if (!readWholeFile(entryPath(sourcePath), bytes)) return std::nullopt;
    std::optional<BankLoadResult> result = decodeBankCacheEntry(bytes, BankCacheKey{m_loaderStamp, sourceHash, sourcePath});
    // The YAML is unchanged; a picture it names that was added, removed or rewritten since makes the
    // entry stale too (its checks and problems were computed from the old file).
    if (result) {
        for (const FileStamp& stamp : result->imageStamps) {
            if (stampOf(stamp.path) != stamp) return std::nullopt;
        }
    }
    return result;
}

bool BankCache::store(const std::string& sourcePath, std::uint64_t sourceHash, const BankLoadResult& result) const {
    std::error_code error;
    fs::create_directories(m_folder, error);
    if (error) return false;
    const std::string target = entryPath(sourcePath);
    // A name of its own per writer, so two Retain processes storing the same entry cannot mix bytes.
    const auto tick = std::chrono::steady_clock::now().time_since_epoch().count();
    const std::string temporary = target + ".tmp" + std::to_string(tick);
    if (!writeWholeFile(temporary, encodeBankCacheEntry(result, BankCacheKey{m_loaderStamp, sourceHash, sourcePath}))) {
        fs::remove(temporary, error);
        return false;
    }
    fs::rename(temporary, target, error);
    if (!error) return true;
    fs::remove(temporary, error);
    return false;
}

int BankCache::prune() const {
    // A header is 8 + 4 + 8 + 8 + 4 bytes and the path; a path longer than PATH_MAX (4096) cannot exist.
    constexpr std::size_t kHeaderBytes = 8 + 4 + 8 + 8 + 4 + 4096;
    const auto staleTemporary = fs::file_time_type::clock::now() - std::chrono::hours(1);
    int removed = 0;
    std::error_code error;
    for (fs::directory_iterator it(m_folder, error); !error && it != fs::directory_iterator(); it.increment(error)) {
        const fs::path& path = it->path();
        const std::string name = path.filename().string();
        bool stale = false;
        std::error_code fileError;
        if (name.find(".bankcache.tmp") != std::string::npos) {
            const auto written = fs::last_write_time(path, fileError);
            stale = !fileError && written < staleTemporary;
        } else if (path.extension() == ".bankcache") {
            std::string head(kHeaderBytes, '\0');
            std::FILE* file = std::fopen(path.c_str(), "rb");
            if (file == nullptr) continue;
            head.resize(std::fread(head.data(), 1, head.size(), file));
            std::fclose(file);
            const std::optional<std::string> source = bankCacheEntrySourcePath(head);
            // A relative path depends on the writer's working folder, and an error (permission denied)
            // is not absence: both entries are kept.
            if (!source) stale = true;
            else if (fs::path(*source).is_absolute()) stale = !fs::exists(*source, fileError) && !fileError;
        }
        if (stale && fs::remove(path, fileError)) ++removed;
    }
    return removed;
}

std::uint64_t BankCache::runningLoaderStamp() {
    std::string stamp = "format " + std::to_string(kBankCacheFormatVersion);
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const std::uintmax_t size = fs::file_size(executable, error);
        if (!error) stamp += " size " + std::to_string(size);
        const auto written = fs::last_write_time(executable, error);
        if (!error) stamp += " written " + std::to_string(written.time_since_epoch().count());
    }
    return fnv1a64(stamp);
}

}  // namespace retain
