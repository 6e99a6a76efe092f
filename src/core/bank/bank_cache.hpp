// The compiled-bank cache: a folder (normally <data>/cache/banks) holding one entry per bank file or bank
// folder, so the next start reads each unchanged bank without yaml-cpp. An entry is only used when the
// hash of the bank's current content, its path and the loader that wrote it all match: the cache is
// never trusted over a changed file. Every failure (missing, corrupt or foreign entry, unwritable folder)
// just means "load from YAML"; nothing here throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/bank/bank_cache_codec.hpp"
#include "core/bank/bank_loader.hpp"

namespace retain {

// The content hash that keys a cache entry: 64-bit FNV-1a over each source file's path, length and bytes
// in order, so editing, renaming, adding or removing any file of a bank changes it.
class BankSourceHash {
public:
    // Starts a hash for a bank of this kind ("file" for a bank file, "folder" for a bank folder).
    explicit BankSourceHash(std::string_view kind);
    // Adds one source file of the bank.
    void add(std::string_view path, std::string_view text);
    std::uint64_t value() const { return m_state; }

private:
    std::uint64_t m_state;
};

class BankCache {
public:
    // Uses folder (created on the first store) and the running program's loaderStamp().
    explicit BankCache(std::string folder);
    // Uses folder and a given stamp (tests use this to stand for another build of the loader).
    BankCache(std::string folder, std::uint64_t loaderStamp);

    // Returns the stored result of sourcePath when its entry was written by this loader stamp for content
    // hashing to sourceHash and every picture it names has the same size and write time; nullopt otherwise.
    std::optional<BankLoadResult> find(const std::string& sourcePath, std::uint64_t sourceHash) const;
    // Writes (replaces) the entry of sourcePath; false when it cannot be written. Atomic: a reader sees
    // the old entry or the new one, never half of one.
    bool store(const std::string& sourcePath, std::uint64_t sourceHash, const BankLoadResult& result) const;
    // Returns the file that holds the entry of sourcePath (one per path, so edits replace, not pile up).
    std::string entryPath(const std::string& sourcePath) const;
    // Removes the entries whose bank file or folder (an absolute path) no longer exists (a bank renamed or
    // deleted), entries without a readable header, and temporary files a killed writer left more than an
    // hour ago.
    // Returns how many files were removed.
    int prune() const;

    const std::string& folder() const { return m_folder; }

    // Returns a stamp of the running executable (size and modification time of /proc/self/exe) mixed
    // with kBankCacheFormatVersion: a rebuilt or upgraded Retain never reads an older build's entries.
    static std::uint64_t runningLoaderStamp();

private:
    std::string m_folder;
    std::uint64_t m_loaderStamp = 0;
};

}  // namespace retain
