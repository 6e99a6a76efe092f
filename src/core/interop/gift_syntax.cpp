// GIFT lexical layer.
#include "core/text/trim.hpp"
#include "core/interop/gift_syntax.hpp"

#include <charconv>

#include "core/interop/interop_text.hpp"

namespace retain {

namespace {

bool isBlankLine(std::string_view line) { return trimmedCopy(line).empty(); }

std::vector<std::string> categoryTags(std::string_view path) {
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = std::min(path.find('/', start), path.size());
        const std::string part = trimmedCopy(path.substr(start, slash - start));
        start = slash + 1;
        const bool placeholder = part.size() >= 2 && part.front() == '$' && part.back() == '$';
        if (part.empty() || placeholder || part == "top") continue;
        const std::string tag = slugify(part, 40);
        if (!tag.empty()) tags.push_back(tag);
    }
    return tags;
}

}  // namespace

std::vector<GiftItem> splitGiftItems(std::string_view text) {
    std::vector<GiftItem> items;
    std::vector<std::string> tags;
    GiftItem current;
    auto flush = [&]() {
        if (!current.text.empty()) items.push_back(std::move(current));
        current = GiftItem{};
    };
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t pos = 0;
    int lineNumber = 0;
    while (pos <= text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const std::string clean = trimmedCopy(line);
        if (clean.rfind("//", 0) == 0) continue;
        if (isBlankLine(line)) {
            flush();
            continue;
        }
        if (current.text.empty() && clean.rfind("$CATEGORY:", 0) == 0) {
            tags = categoryTags(std::string_view(clean).substr(10));
            continue;
        }
        if (current.text.empty()) {
            current.line = lineNumber;
            current.tags = tags;
        } else {
            current.text += '\n';
        }
        current.text += line;
    }
    flush();
    return items;
}

std::size_t findUnescaped(std::string_view text, std::string_view needle, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
            continue;
        }
        if (text.substr(i, needle.size()) == needle) return i;
    }
    return std::string_view::npos;
}

std::string unescapeGift(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            const char next = text[i + 1];
            if (next == 'n') {
                out += '\n';
                ++i;
                continue;
            }
            if (std::string_view("~=#{}:\\").find(next) != std::string_view::npos) {
                out += next;
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::string escapeGift(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            continue;
        } else {
            if (std::string_view("~=#{}:\\").find(c) != std::string_view::npos) out += '\\';
            out += c;
        }
    }
    return out;
}

bool splitGiftEntries(std::string_view block, std::vector<GiftEntry>& out, std::string& error) {
    out.clear();
    // Entry starts: every unescaped '=' or '~'.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < block.size(); ++i) {
        if (block[i] == '\\') {
            ++i;
            continue;
        }
        if (block[i] == '=' || block[i] == '~') starts.push_back(i);
    }
    const std::size_t firstStart = starts.empty() ? block.size() : starts.front();
    if (!trimmedCopy(block.substr(0, firstStart)).empty()) {
        error = "text before the first answer: \"" + trimmedCopy(block.substr(0, firstStart)) + "\" (answers start with = or ~)";
        return false;
    }
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t begin = starts[k];
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : block.size();
        GiftEntry entry;
        entry.marker = block[begin];
        entry.offset = begin;
        std::string_view body = block.substr(begin + 1, end - begin - 1);
        if (!body.empty() && body.front() == '%') {
            const std::size_t close = body.find('%', 1);
            double weight = 0.0;
            const std::string number = close == std::string_view::npos ? std::string() : trimmedCopy(body.substr(1, close - 1));
            const auto parsed = std::from_chars(number.data(), number.data() + number.size(), weight);
            if (close == std::string_view::npos || number.empty() || parsed.ec != std::errc() ||
                parsed.ptr != number.data() + number.size()) {
                error = "a weight must be a number between % signs, as in ~%50%answer";
                return false;
            }
            entry.weight = weight;
            body.remove_prefix(close + 1);
        }
        const std::size_t hash = findUnescaped(body, "#");
        entry.text = trimmedCopy(body.substr(0, hash));
        if (hash != std::string_view::npos) entry.feedback = trimmedCopy(body.substr(hash + 1));
        out.push_back(std::move(entry));
    }
    return true;
}

}  // namespace retain
