// zstd through libzstd's streaming API.
#include "core/interop/zstd_codec.hpp"

#include <zstd.h>

#include <memory>

#include "core/interop/zip_archive.hpp"

namespace retain {

namespace {

constexpr std::string_view kZstdMagic{"\x28\xB5\x2F\xFD", 4};

struct StreamFree {
    void operator()(ZSTD_DStream* stream) const { ZSTD_freeDStream(stream); }
};

}  // namespace

bool looksLikeZstd(std::string_view data) { return data.substr(0, kZstdMagic.size()) == kZstdMagic; }

bool zstdDecompress(std::string_view input, std::uint64_t maxBytes, std::string& out, std::string& error) {
    out.clear();
    if (!looksLikeZstd(input)) {
        error = "not zstd-compressed data";
        return false;
    }
    const std::unique_ptr<ZSTD_DStream, StreamFree> stream(ZSTD_createDStream());
    if (!stream) {
        error = "cannot start zstd decompression";
        return false;
    }
    ZSTD_initDStream(stream.get());
    ZSTD_inBuffer in{input.data(), input.size(), 0};
    std::string chunk(ZSTD_DStreamOutSize(), '\0');
    std::size_t last = 1;  // the hint of the last call; 0 = a frame has just ended
    while (true) {
        ZSTD_outBuffer buffer{chunk.data(), chunk.size(), 0};
        last = ZSTD_decompressStream(stream.get(), &buffer, &in);
        if (ZSTD_isError(last)) {
            error = std::string("damaged zstd data: ") + ZSTD_getErrorName(last);
            return false;
        }
        if (out.size() + buffer.pos > maxBytes) {
            error = "zstd data unpacks to more than " + byteSizeText(maxBytes);
            return false;
        }
        out.append(chunk.data(), buffer.pos);
        // Done once all input is consumed and the decoder had no more output to give (buffer not full).
        if (in.pos == in.size && buffer.pos < buffer.size) break;
    }
    if (last != 0) {
        error = "zstd data is cut short";
        return false;
    }
    return true;
}

bool zstdCompress(std::string_view input, std::string& out, std::string& error) {
    out.assign(ZSTD_compressBound(input.size()), '\0');
    const std::size_t size = ZSTD_compress(out.data(), out.size(), input.data(), input.size(), ZSTD_CLEVEL_DEFAULT);
    if (ZSTD_isError(size)) {
        error = std::string("zstd compression failed: ") + ZSTD_getErrorName(size);
        out.clear();
        return false;
    }
    out.resize(size);
    return true;
}

}  // namespace retain
