// SHA-1 through Nettle (Debian's nettle-dev), not a hand-written copy of the algorithm.
#include "core/interop/sha1.hpp"

#include <nettle/sha1.h>

namespace retain {

Sha1Digest sha1(std::string_view data) {
    sha1_ctx context;
    sha1_init(&context);
    sha1_update(&context, data.size(), reinterpret_cast<const std::uint8_t*>(data.data()));
    Sha1Digest digest{};
    sha1_digest(&context, digest.size(), digest.data());
    return digest;
}

std::string sha1Hex(std::string_view data) {
    static constexpr char kHex[] = "0123456789abcdef";
    const Sha1Digest digest = sha1(data);
    std::string out;
    out.reserve(2 * digest.size());
    for (std::uint8_t byte : digest) {
        out += kHex[byte >> 4];
        out += kHex[byte & 0x0F];
    }
    return out;
}

}  // namespace retain
