// Finding <img> and [sound:] in Anki's field HTML.
#include "core/interop/anki_media.hpp"

#include "core/interop/interop_text.hpp"

namespace retain {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool startsWithTag(std::string_view html, std::size_t pos, std::string_view name) {
    if (html.size() - pos < name.size() + 2 || html[pos] != '<') return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (lower(html[pos + 1 + i]) != name[i]) return false;
    }
    const char after = html[pos + 1 + name.size()];
    return isBlank(after) || after == '>' || after == '/';
}

}  // namespace

std::string tagAttribute(std::string_view tag, std::string_view name, bool& found) {
    found = false;
    std::size_t pos = tag.find_first_of(" \t\n\r\f");  // skip "<img"
    while (pos != std::string_view::npos && pos < tag.size()) {
        while (pos < tag.size() && (isBlank(tag[pos]) || tag[pos] == '/')) ++pos;
        const std::size_t nameStart = pos;
        while (pos < tag.size() && !isBlank(tag[pos]) && tag[pos] != '=' && tag[pos] != '>' && tag[pos] != '/') ++pos;
        if (pos == nameStart) break;
        const std::string_view attribute = tag.substr(nameStart, pos - nameStart);
        while (pos < tag.size() && isBlank(tag[pos])) ++pos;
        std::string_view value;
        if (pos < tag.size() && tag[pos] == '=') {
            ++pos;
            while (pos < tag.size() && isBlank(tag[pos])) ++pos;
            if (pos < tag.size() && (tag[pos] == '"' || tag[pos] == '\'')) {
                const char quote = tag[pos++];
                const std::size_t end = tag.find(quote, pos);
                value = tag.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
                pos = end == std::string_view::npos ? tag.size() : end + 1;
            } else {
                const std::size_t start = pos;
                while (pos < tag.size() && !isBlank(tag[pos]) && tag[pos] != '>') ++pos;
                value = tag.substr(start, pos - start);
            }
        }
        bool same = attribute.size() == name.size();
        for (std::size_t i = 0; same && i < name.size(); ++i) same = lower(attribute[i]) == name[i];
        if (same) {
            found = true;
            // Entities only: the value is text, never markup, so htmlToText's tag removal does no harm.
            return htmlToText(value);
        }
    }
    return {};
}

std::string takeMedia(std::string_view html, FieldMedia& media) {
    std::string out;
    std::size_t pos = 0;
    while (pos < html.size()) {
        if (html.substr(pos, 7) == "[sound:") {
            const std::size_t close = html.find(']', pos);
            if (close != std::string_view::npos) {
                ++media.sounds;
                pos = close + 1;
                continue;
            }
        }
        if (startsWithTag(html, pos, "img")) {
            const std::size_t close = html.find('>', pos);
            if (close != std::string_view::npos) {
                const std::string_view tag = html.substr(pos, close + 1 - pos);
                bool hasSrc = false;
                bool hasAlt = false;
                HtmlImageRef image;
                image.src = tagAttribute(tag, "src", hasSrc);
                image.alt = tagAttribute(tag, "alt", hasAlt);
                if (hasSrc) media.images.push_back(std::move(image));
                pos = close + 1;
                continue;
            }
        }
        out += html[pos++];
    }
    return out;
}

}  // namespace retain
