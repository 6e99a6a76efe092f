// zstd (de)compression through libzstd, for Anki 2.1.50+ packages: collection.anki21b, the media map and
// each media file are zstd frames. Input is untrusted: the unpacked size is capped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace retain {

// True when data starts with the zstd frame magic (28 B5 2F FD), which no PNG, JPEG or SQLite file does.
bool looksLikeZstd(std::string_view data);

// Unpacks the zstd frame(s) in input into out, streaming, so a frame that does not declare its size still
// works. Returns false with a message when input is not zstd, is cut short or damaged, or would unpack to
// more than maxBytes.
bool zstdDecompress(std::string_view input, std::uint64_t maxBytes, std::string& out, std::string& error);

// Packs input as one zstd frame (level 3, the library's default), for tests and fixtures. Returns false
// with a message on failure.
bool zstdCompress(std::string_view input, std::string& out, std::string& error);

}  // namespace retain
