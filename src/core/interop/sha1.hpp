// SHA-1 (FIPS 180-4; computed by Nettle), used only for identifiers that other tools expect: Anki's note checksum and stable
// ids of imported questions. Not for security.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace retain {

using Sha1Digest = std::array<std::uint8_t, 20>;

// Returns the SHA-1 digest of the bytes of data.
Sha1Digest sha1(std::string_view data);

// Returns the digest as 40 lower-case hex digits.
std::string sha1Hex(std::string_view data);

}  // namespace retain
