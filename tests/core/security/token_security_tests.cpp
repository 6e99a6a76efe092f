// OS randomness for the live classroom's tokens and the constant-time comparison they are checked with.
#include <doctest/doctest.h>

#include <bit>
#include <set>
#include <string>

#include "core/security/token_security.hpp"

using namespace retain;

TEST_CASE("security: osRandom64 draws independent words from the kernel") {
    std::set<std::uint64_t> seen;
    int ones = 0;
    constexpr int kDraws = 1000;
    for (int i = 0; i < kDraws; ++i) {
        const std::uint64_t word = osRandom64();
        seen.insert(word);
        ones += std::popcount(word);
    }
    // 64 000 fair bits: the count of ones lies within 32 000 +- 1 000 (7.9 standard deviations).
    CHECK(seen.size() == kDraws);
    CHECK(ones > 31'000);
    CHECK(ones < 33'000);
}

TEST_CASE("security: constantTimeEquals compares every byte and the length") {
    const std::string token = "0123456789abcdef0123456789abcdef";
    CHECK(constantTimeEquals(token, token));
    CHECK(constantTimeEquals(token, std::string(token)));
    CHECK_FALSE(constantTimeEquals(token, "1123456789abcdef0123456789abcdef"));  // first byte
    CHECK_FALSE(constantTimeEquals(token, "0123456789abcdef0123456789abcdee"));  // last byte
    CHECK_FALSE(constantTimeEquals(token, token.substr(0, 31)));
    CHECK_FALSE(constantTimeEquals(token, token + "0"));
    CHECK_FALSE(constantTimeEquals(token, ""));
    CHECK(constantTimeEquals("", ""));
    CHECK_FALSE(constantTimeEquals(std::string("a\0b", 3), std::string("a\0c", 3)));
}
