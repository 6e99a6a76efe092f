// The pictures a live game serves (see live_pictures.hpp).
#include "net/live_pictures.hpp"

#include <algorithm>
#include <cctype>

namespace retain::net {

namespace {

constexpr const char* kPicturePrefix = "/picture/";

// Returns the lower-case extension of path without its dot: "png", "jpg", "jpeg" (or "" when none).
std::string extensionOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    std::string extension = path.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// Reads a run of 1 to 6 digits at text[at...]; returns the number and moves at past it, or -1.
long readUrlNumber(const std::string& text, std::size_t& at) {
    const std::size_t start = at;
    long value = 0;
    while (at < text.size() && at - start < 6 && std::isdigit(static_cast<unsigned char>(text[at]))) value = value * 10 + (text[at++] - '0');
    return at == start ? -1 : value;
}

}  // namespace

LivePictureFiles livePictureFiles(const std::vector<ClassroomQuestion>& questions) {
    LivePictureFiles files;
    for (const ClassroomQuestion& item : questions) {
        files.emplace_back();
        if (item.question == nullptr) continue;
        // The explanation's picture comes last in questionImages and is left out: it would give the answer away.
        for (const QuestionPicture& picture : questionPictures(*item.question)) {
            if (picture.role != PictureRole::Explanation) files.back().push_back(picture.image->resolved);
        }
    }
    return files;
}

std::string livePictureUrl(int questionIndex, std::size_t k, const QuestionImage& image) {
    return kPicturePrefix + std::to_string(questionIndex) + "/" + std::to_string(k) + "." + extensionOf(image.resolved);
}

std::string livePictureFile(const LivePictureFiles& files, const std::string& uri) {
    const std::string prefix = kPicturePrefix;
    if (uri.compare(0, prefix.size(), prefix) != 0) return {};
    std::size_t at = prefix.size();
    const long question = readUrlNumber(uri, at);
    if (question < 0 || at >= uri.size() || uri[at++] != '/') return {};
    const long k = readUrlNumber(uri, at);
    if (k < 0 || static_cast<std::size_t>(question) >= files.size()) return {};
    const std::vector<std::string>& pictures = files[static_cast<std::size_t>(question)];
    if (static_cast<std::size_t>(k) >= pictures.size()) return {};
    const std::string& file = pictures[static_cast<std::size_t>(k)];
    // The rest must be exactly ".<the file's own extension>": nothing may follow.
    if (uri.substr(at) != "." + extensionOf(file)) return {};
    return file;
}

const char* livePictureType(const std::string& file) { return extensionOf(file) == "png" ? "image/png" : "image/jpeg"; }

}  // namespace retain::net
