// Pictures on questions: reading their keys, stamping and checking their files (stb_image decodes).
#include "core/bank/question_image.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include <stb_image.h>

#include "core/bank/question_image_reader.hpp"

namespace retain {

namespace fs = std::filesystem;

namespace {

bool hasPictureExtension(const std::string& path) {
    std::string extension = fs::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".png" || extension == ".jpg" || extension == ".jpeg";
}

}  // namespace

bool readImageKeys(const MapFields& fields, ProblemSink& sink, QuestionImage& image, std::string_view imageKey,
                   std::string_view altKey) {
    const std::string imageName(imageKey);
    const std::string altName(altKey);
    const MapEntry* imageEntry = fields.find(imageKey);
    const MapEntry* altEntry = fields.find(altKey);
    if (imageEntry == nullptr) {
        if (altEntry == nullptr) return true;
        sink.error(altEntry->keyNode, "'" + altName + "' describes an '" + imageName + "'; add the image or remove '" + altName + "'");
        return false;
    }
    const auto path = readText(imageEntry->value, imageName, sink);
    if (!path) return false;
    const TextPosition at = imageEntry->value.IsNull() ? sink.at(imageEntry->keyNode) : sink.at(imageEntry->value);
    bool ok = true;
    if (path->empty()) {
        sink.error(at, "'" + imageName + "' is empty: write a PNG or JPEG file name relative to the bank file");
        ok = false;
    } else if (fs::path(*path).is_absolute()) {
        sink.error(at, "image '" + *path + "' must be relative to the bank file, e.g. image: pictures/circle.png");
        ok = false;
    } else if (!hasPictureExtension(*path)) {
        sink.error(at, "image '" + *path + "' must be a .png, .jpg or .jpeg file");
        ok = false;
    }
    if (altEntry == nullptr) {
        sink.error(imageEntry->keyNode, "'" + imageName + "' needs '" + altName + "': a short text saying what the picture shows "
                                        "(shown until it loads, and read by screen readers)");
        ok = false;
    } else if (const auto alt = readText(altEntry->value, altName, sink)) {
        if (alt->empty()) {
            sink.error(altEntry->value.IsNull() ? altEntry->keyNode : altEntry->value, "'" + altName + "' is empty: say what the picture shows");
            ok = false;
        }
        image.alt = *alt;
    } else {
        ok = false;
    }
    if (!ok) return false;
    image.path = *path;
    image.resolved = (fs::path(sink.file()).parent_path() / *path).lexically_normal().string();
    image.line = at.line;
    image.column = at.column;
    return true;
}

std::optional<PicturedText> readPicturedText(const YAML::Node& node, std::string_view what, ProblemSink& sink) {
    PicturedText item;
    if (!node.IsMap()) {
        auto text = readText(node, what, sink);
        if (!text) return std::nullopt;
        item.text = std::move(*text);
        return item;
    }
    const MapFields fields(node, sink);
    fields.reportUnknownKeys({"text", "image", "alt"}, what);
    if (fields.find("image") == nullptr) {
        sink.error(node, std::string(what) + " is a map: give it 'image' and 'alt' (and 'text'), or write it as plain text");
        return std::nullopt;
    }
    if (!readImageKeys(fields, sink, item.image)) return std::nullopt;
    if (const MapEntry* text = fields.find("text")) {
        auto value = readText(text->value, "text", sink);
        if (!value) return std::nullopt;
        item.text = std::move(*value);
    } else {
        item.text = item.image.alt;
    }
    return item;
}

const QuestionImage& optionImage(const OptionImages& images, std::size_t index) {
    static const QuestionImage kNone;
    return index < images.size() ? images[index] : kNone;
}

FileStamp stampOf(const std::string& path) {
    FileStamp stamp;
    stamp.path = path;
    std::error_code error;
    const auto bytes = fs::file_size(path, error);
    if (error) return stamp;
    const auto written = fs::last_write_time(path, error);
    if (error) return stamp;
    stamp.bytes = static_cast<long long>(bytes);
    stamp.modifiedNs = static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(written.time_since_epoch()).count());
    return stamp;
}

std::string imageFileProblem(const QuestionImage& image) {
    std::error_code error;
    if (!fs::is_regular_file(image.resolved, error)) return "image '" + image.path + "' not found (looked for " + image.resolved + ")";
    const auto bytes = fs::file_size(image.resolved, error);
    if (error) return "image '" + image.path + "' cannot be read: " + error.message();
    if (static_cast<long long>(bytes) > kMaxImageFileBytes) {
        return "image '" + image.path + "' is " + std::to_string(bytes / 1024) + " KiB; the limit is " +
               std::to_string(kMaxImageFileBytes / 1024) + " KiB";
    }
    int width = 0, height = 0, channels = 0;
    if (!stbi_info(image.resolved.c_str(), &width, &height, &channels)) {
        return "image '" + image.path + "' is not a PNG or JPEG that can be decoded (" + stbi_failure_reason() + ")";
    }
    if (width > kMaxImageSide || height > kMaxImageSide) {
        return "image '" + image.path + "' is " + std::to_string(width) + "x" + std::to_string(height) + " pixels; the limit is " +
               std::to_string(kMaxImageSide) + " each way";
    }
    // The header is not enough: a cut-short file has a good header. Decode it whole, as the window will.
    std::unique_ptr<unsigned char, void (*)(void*)> pixels(stbi_load(image.resolved.c_str(), &width, &height, &channels, 4),
                                                           stbi_image_free);
    if (!pixels) return "image '" + image.path + "' does not decode (" + std::string(stbi_failure_reason()) + ")";
    return {};
}

}  // namespace retain
