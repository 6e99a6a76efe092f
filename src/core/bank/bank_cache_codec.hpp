// The byte format of one compiled-bank cache entry: a loaded bank (header, questions, problems) written
// so that reading it back needs no YAML parsing. The reader checks every length against the bytes left,
// every enum against its range and the payload against its checksum, so a truncated, corrupt or foreign
// entry is refused (nullopt) and never crashes. See docs/performance.md for the layout.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/bank/bank_loader.hpp"
#include "core/fnv1a.hpp"

namespace retain {

// Bump whenever the layout written by encodeBankCacheEntry changes or the loader may produce a different
// result for the same text; entries of another version are refused.
constexpr std::uint32_t kBankCacheFormatVersion = 5;  // 2: pictures and lists of sources; 3: draft questions; 4: sibling groups; 5: option and explanation pictures

// What an entry must match to be used: the loader that wrote it and the exact source it was built from.
struct BankCacheKey {
    std::uint64_t loaderStamp = 0;  // identifies the program that loaded the bank (see BankCache)
    std::uint64_t sourceHash = 0;   // 64-bit FNV-1a over the bank's source file contents (and their paths)
    std::string sourcePath;         // the bank file or folder, as given to the loader
};

// Returns the entry bytes holding result, tagged with key.
std::string encodeBankCacheEntry(const BankLoadResult& result, const BankCacheKey& key);

// Returns the load result stored in bytes when they form a complete, intact entry of this format version
// written for exactly this key; nullopt otherwise (never throws for bad bytes).
std::optional<BankLoadResult> decodeBankCacheEntry(std::string_view bytes, const BankCacheKey& key);

// Returns the source path an entry was written for, read from its header alone (bytes may be just the
// start of the entry); nullopt when the bytes do not start with a whole header of any format version.
std::optional<std::string> bankCacheEntrySourcePath(std::string_view bytes);

}  // namespace retain
