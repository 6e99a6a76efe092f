// Recursive-descent JSON reader (RFC 8259) with a depth cap.
#include "core/interop/json_reader.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace retain {

const JsonValue* JsonValue::find(std::string_view key) const {
    if (kind != JsonKind::Object) return nullptr;
    for (std::size_t i = 0; i < keys.size() && i < items.size(); ++i) {
        if (keys[i] == key) return &items[i];
    }
    return nullptr;
}

namespace {

class JsonParser {
public:
    explicit JsonParser(std::string_view text) : m_text(text) {}

    bool parseDocument(JsonValue& out, std::string& error) {
        const bool ok = value(out, 0) && (skipBlanks(), m_pos == m_text.size() || fail("text after the JSON value"));
        if (!ok) error = m_error + " at byte " + std::to_string(m_pos);
        return ok;
    }

private:
    bool fail(const char* message) {
        if (m_error.empty()) m_error = message;
        return false;
    }
    void skipBlanks() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) ++m_pos;
    }
    bool literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) return fail("unknown word");
        m_pos += word.size();
        return true;
    }

    bool value(JsonValue& out, int depth) {
        if (depth > kMaxJsonDepth) return fail("nested too deeply");
        skipBlanks();
        if (m_pos >= m_text.size()) return fail("unexpected end");
        const char c = m_text[m_pos];
        switch (c) {
            case '{': return object(out, depth);
            case '[': return array(out, depth);
            case '"': out.kind = JsonKind::String; return string(out.text);
            case 't': out.kind = JsonKind::Bool; out.boolean = true; return literal("true");
            case 'f': out.kind = JsonKind::Bool; out.boolean = false; return literal("false");
            case 'n': out.kind = JsonKind::Null; return literal("null");
            default: return number(out);
        }
    }

    bool object(JsonValue& out, int depth) {
        out.kind = JsonKind::Object;
        ++m_pos;
        skipBlanks();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') return ++m_pos, true;
        while (true) {
            skipBlanks();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') return fail("expected a key");
            std::string key;
            if (!string(key)) return false;
            skipBlanks();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':') return fail("expected ':'");
            ++m_pos;
            JsonValue member;
            if (!value(member, depth + 1)) return false;
            out.keys.push_back(std::move(key));
            out.items.push_back(std::move(member));
            skipBlanks();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') return ++m_pos, true;
            return fail("expected ',' or '}'");
        }
    }

    bool array(JsonValue& out, int depth) {
        out.kind = JsonKind::Array;
        ++m_pos;
        skipBlanks();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') return ++m_pos, true;
        while (true) {
            JsonValue item;
            if (!value(item, depth + 1)) return false;
            out.items.push_back(std::move(item));
            skipBlanks();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') return ++m_pos, true;
            return fail("expected ',' or ']'");
        }
    }

    bool hex4(std::uint32_t& out) {
        if (m_pos + 4 > m_text.size()) return fail("short \\u escape");
        const auto parsed = std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + 4, out, 16);
        if (parsed.ec != std::errc() || parsed.ptr != m_text.data() + m_pos + 4) return fail("bad \\u escape");
        m_pos += 4;
        return true;
    }

    static void appendUtf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    bool string(std::string& out) {
        ++m_pos;  // opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"') return true;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size()) break;
            const char e = m_text[m_pos++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xD800 && cp < 0xDC00 && m_text.substr(m_pos, 2) == "\\u") {
                        m_pos += 2;
                        std::uint32_t low = 0;
                        if (!hex4(low)) return false;
                        cp = (low >= 0xDC00 && low < 0xE000) ? 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD;
                    } else if (cp >= 0xD800 && cp < 0xE000) {
                        cp = 0xFFFD;
                    }
                    appendUtf8(out, cp);
                    break;
                }
                default: return fail("bad escape in a string");
            }
        }
        return fail("unterminated string");
    }

    bool number(JsonValue& out) {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && std::string_view("+-0123456789.eE").find(m_text[m_pos]) != std::string_view::npos) ++m_pos;
        if (start == m_pos) return fail("unexpected character");
        out.kind = JsonKind::Number;
        const auto parsed = std::from_chars(m_text.data() + start, m_text.data() + m_pos, out.number);
        if (parsed.ec == std::errc::result_out_of_range && parsed.ptr == m_text.data() + m_pos) return true;  // too large: read as 0
        if (parsed.ec != std::errc() || parsed.ptr != m_text.data() + m_pos) return fail("bad number");
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;  // byte offset of the next character
    std::string m_error;
};

}  // namespace

bool parseJson(std::string_view text, JsonValue& out, std::string& error) {
    out = JsonValue{};
    JsonParser parser(text);
    return parser.parseDocument(out, error);
}

std::string jsonQuote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                    out += buffer;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

}  // namespace retain
