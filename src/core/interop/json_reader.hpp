// A small JSON reader for the JSON that Anki keeps in its collection (note types and decks). Input is
// untrusted: nesting depth is capped and errors are reported, never thrown.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace retain {

enum class JsonKind { Null, Bool, Number, String, Array, Object };

struct JsonValue {
    JsonKind kind = JsonKind::Null;
    bool boolean = false;
    double number = 0.0;
    std::string text;                                      // String
    std::vector<JsonValue> items;   // Array elements; Object member values, in document order
    std::vector<std::string> keys;  // Object member keys, keys[i] names items[i]

    // Returns the member with this key, or nullptr (also when this is not an object).
    const JsonValue* find(std::string_view key) const;
    // Returns the number, or fallback when this is not a number.
    double numberOr(double fallback) const { return kind == JsonKind::Number ? number : fallback; }
};

constexpr int kMaxJsonDepth = 64;  // arrays/objects inside each other

// Parses text as one JSON value. Returns false with a message (and the byte offset) on bad input.
bool parseJson(std::string_view text, JsonValue& out, std::string& error);

// Returns text as a JSON string literal, quotes included.
std::string jsonQuote(std::string_view text);

}  // namespace retain
