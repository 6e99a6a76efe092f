// A picture on a question: a PNG or JPEG beside the bank file, with the text shown in its place until it
// is decoded, when it cannot be, and to screen readers. Core checks the file (image_check.hpp); drawing
// it is the window's business (core has no GL).
#pragma once

#include <string>
#include <vector>

namespace retain {

// The limits a picture must stay under, checked by lint and the loader (docs in questions/README.md).
constexpr long long kMaxImageFileBytes = 4LL * 1024 * 1024;   // bytes of the PNG/JPEG file
constexpr int kMaxImageSide = 4096;                           // pixels, width and height each

struct QuestionImage {
    std::string path;       // as written in the bank, relative to the bank file ("shapes/circle.png")
    std::string resolved;   // the file to open: the bank file's folder joined with path
    std::string alt;        // required text alternative
    int line = 0;           // 1-based line of `image:` in the bank file; 0 = none
    int column = 0;         // 1-based column of its value, in characters

    bool empty() const { return path.empty(); }
};

// An option's text with its optional picture (choices, matching sides; see question_image_reader.hpp).
struct PicturedText {
    std::string text;
    QuestionImage image;  // empty: a text-only option
};

// Pictures of a list of options: empty when no option has one, else one per option (empty where none).
using OptionImages = std::vector<QuestionImage>;

// Returns the picture of option index, or an empty picture when images has none for it.
const QuestionImage& optionImage(const OptionImages& images, std::size_t index);

// True when a picture-only option (no `text:` of its own) is drawn without a label: its text is its alt.
inline bool pictureOnly(const std::string& text, const QuestionImage& image) { return !image.empty() && text == image.alt; }

}  // namespace retain

namespace retain {

// What the cache remembers of a picture file, so an entry is refused once the picture changes.
struct FileStamp {
    std::string path;           // the resolved path
    long long bytes = -1;       // file size in bytes; -1 = the file did not exist
    long long modifiedNs = 0;   // last write time, nanoseconds of the file clock
    bool operator==(const FileStamp&) const = default;
};

// Returns the current stamp of the file at path.
FileStamp stampOf(const std::string& path);

// Returns "" when the picture can be shown: it exists, is at most kMaxImageFileBytes, decodes as PNG or
// JPEG (stb_image) and is at most kMaxImageSide pixels each way; else the reason, for a located problem.
std::string imageFileProblem(const QuestionImage& image);

}  // namespace retain
