// libFuzzer target: any bytes read from the compiled-bank cache must be refused or decoded, never crash,
// hang or trip a sanitizer. The input is tried twice: as a whole entry (exercises the header checks), and
// as the payload of an entry whose header and checksum are made valid here (exercises the payload reader,
// which random bytes could otherwise never reach past the checksum). A decoded payload must encode back
// to exactly the same bytes: the format has one spelling for each value.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/bank/bank_cache_codec.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

void appendLittleEndian(std::string& out, std::uint64_t value, int byteCount) {
    for (int i = 0; i < byteCount; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xffu));
}

// An entry with a valid header for key around payload, following the layout in docs/performance.md.
std::string wrapPayload(std::string_view payload, const retain::BankCacheKey& key) {
    std::string entry = "RETAINBC";
    appendLittleEndian(entry, retain::kBankCacheFormatVersion, 4);
    appendLittleEndian(entry, key.loaderStamp, 8);
    appendLittleEndian(entry, key.sourceHash, 8);
    appendLittleEndian(entry, key.sourcePath.size(), 4);
    entry += key.sourcePath;
    appendLittleEndian(entry, payload.size(), 8);
    appendLittleEndian(entry, retain::fnv1a64(payload), 8);
    entry += payload;
    return entry;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const retain::BankCacheKey key{7, 11, "fuzz.yaml"};
    (void)retain::decodeBankCacheEntry(bytes, key);

    const std::string entry = wrapPayload(bytes, key);
    if (const auto decoded = retain::decodeBankCacheEntry(entry, key)) {
        require(retain::encodeBankCacheEntry(*decoded, key) == entry);
        for (const retain::Question& question : decoded->bank.questions) (void)retain::expectedAnswerText(question);
    }
    return 0;
}
