// The compiled-bank cache encoding of pictures (a question's and its options'), in one place so every
// type stores them alike.
#pragma once

#include "core/bank/byte_codec.hpp"
#include "core/bank/question_image.hpp"

namespace retain {

// Writes one picture: path, resolved path, alt text, line and column.
inline void cacheImage(ByteWriter& out, const QuestionImage& image) {
    out.text(image.path);
    out.text(image.resolved);
    out.text(image.alt);
    out.i32(image.line);
    out.i32(image.column);
}

// Reads what cacheImage wrote.
inline QuestionImage cachedImage(ByteReader& in) {
    QuestionImage image;
    image.path = in.text();
    image.resolved = in.text();
    image.alt = in.text();
    image.line = in.i32();
    image.column = in.i32();
    return image;
}

// Writes a list of option pictures (possibly empty).
inline void cacheImages(ByteWriter& out, const OptionImages& images) {
    out.count(images.size());
    for (const QuestionImage& image : images) cacheImage(out, image);
}

// Reads what cacheImages wrote; fails the reader when the list's size is not 0 or optionCount.
inline OptionImages cachedImages(ByteReader& in, std::size_t optionCount) {
    OptionImages images(in.count(20));  // 3 texts and 2 numbers: at least 20 bytes each
    for (QuestionImage& image : images) image = cachedImage(in);
    if (!images.empty() && images.size() != optionCount) in.fail();
    return images;
}

}  // namespace retain
