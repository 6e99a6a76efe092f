// FNV-1a, 64-bit: Retain's one string hash. Fixed on every platform (std::hash is not), so it can key the
// compiled-bank cache on disk and turn card keys and names into seeds.
#pragma once

#include <cstdint>
#include <string_view>

namespace retain {

// FNV-1a 64-bit offset basis: the starting value of fnv1a64.
inline constexpr std::uint64_t kFnv1a64OffsetBasis = 0xCBF29CE484222325ULL;

// Returns the FNV-1a 64-bit hash of bytes, continuing from hash (pass a previous result to chain parts).
constexpr std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash = kFnv1a64OffsetBasis) {
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ULL;  // FNV-1a 64-bit prime
    }
    return hash;
}

}  // namespace retain
