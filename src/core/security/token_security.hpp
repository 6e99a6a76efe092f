// Secrets of the live classroom (player tokens, the PIN): drawn from the operating system's randomness and
// compared in constant time, so neither a predictable generator nor the time a comparison takes gives
// away a token. No sockets here; the game still receives its randomness injected (LiveRandom).
#pragma once

#include <cstdint>
#include <string_view>

namespace retain {

// Returns 64 bits from the kernel's CSPRNG (getrandom(2), blocking only until it is seeded at boot).
// Throws std::runtime_error when the kernel refuses (no getrandom: Linux before 3.17).
std::uint64_t osRandom64();

// Returns true when a and b hold the same bytes. Takes the same time for every pair of equal-length
// strings, whatever byte differs (the length itself is not secret: tokens all have the same length).
bool constantTimeEquals(std::string_view a, std::string_view b);

}  // namespace retain
