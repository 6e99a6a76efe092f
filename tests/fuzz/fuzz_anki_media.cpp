// libFuzzer target for the pieces that read an Anki 2.1.50+ package's media: any bytes given to the
// protobuf reader (a raw walk, MediaEntries, a note type config), to zstd decompression with a cap, and to
// the <img>/[sound:] scanner must give a result, never a crash, a hang or a sanitizer report. What comes
// out must hold together: every length-delimited payload lies inside the input, an error names a byte
// offset, unpacked data stays under its cap. The first byte picks the reader.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/interop/anki_media.hpp"
#include "core/interop/anki_package.hpp"
#include "core/interop/protobuf_reader.hpp"
#include "core/interop/zstd_codec.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

constexpr std::uint64_t kCap = 1 << 20;  // bytes zstd may unpack to here (1 MiB)

void walk(const std::string& text) {
    retain::ProtoReader reader(text);
    retain::ProtoField field;
    while (reader.next(field)) {
        require(field.number >= 1);
        if (field.type == retain::WireType::LengthDelimited) {
            require(field.bytes.data() >= text.data() && field.bytes.data() + field.bytes.size() <= text.data() + text.size());
        }
    }
    if (!reader.error().empty()) require(reader.error().find(" at byte ") != std::string::npos);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t mode = data[0];
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    std::string error;
    switch (mode % 4) {
        case 0: walk(text); break;
        case 1: {
            std::vector<retain::MediaEntry> entries;
            if (!retain::parseMediaEntries(text, entries, error)) require(!error.empty());
            std::size_t names = 0;
            for (const retain::MediaEntry& entry : entries) names += entry.name.size();
            require(names <= text.size());
            std::uint64_t kind = 0;
            if (!retain::parseNotetypeKind(text, kind, error)) require(!error.empty());
            break;
        }
        case 2: {
            std::string out;
            if (retain::zstdDecompress(text, kCap, out, error)) {
                require(out.size() <= kCap);
            } else {
                require(!error.empty());
            }
            break;
        }
        default: {
            retain::FieldMedia media;
            const std::string rest = retain::takeMedia(text, media);
            require(rest.size() <= text.size());
            for (const retain::HtmlImageRef& image : media.images) (void)retain::mediaNameProblem(image.src);
        }
    }
    return 0;
}
