// A minimal reader of the protobuf wire format, for the two small messages an Anki 2.1.50+ package holds:
// the media map (MediaEntries) and a note type's config (its kind: normal or cloze). Not a general
// protobuf library: it walks fields one by one, knows varints (wire type 0), length-delimited fields
// (type 2) and skips fixed 32/64-bit ones (types 5, 1); groups (3, 4) are refused. Input is untrusted:
// every length is checked against the bytes left, varints stop at 10 bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace retain {

enum class WireType { Varint, Fixed64, LengthDelimited, Fixed32 };

struct ProtoField {
    std::uint32_t number = 0;     // field number (1 and up)
    WireType type = WireType::Varint;
    std::uint64_t varint = 0;     // Varint, Fixed64, Fixed32: the value
    std::string_view bytes;       // LengthDelimited: the payload (points into the reader's input)
};

class ProtoReader {
public:
    explicit ProtoReader(std::string_view data) : m_data(data) {}

    // Reads the next field into out. Returns false at the end of the input (error() empty) or on bad
    // input (error() says what and at which byte offset).
    bool next(ProtoField& out);
    const std::string& error() const { return m_error; }

private:
    bool readVarint(std::uint64_t& out);
    bool fail(std::string message);

    std::string_view m_data;
    std::size_t m_pos = 0;   // byte offset of the next field
    std::string m_error;
};

// One entry of Anki's media map; the entry at index i is stored in the package as the file named "i".
struct MediaEntry {
    std::string name;                  // the file name notes refer to (<img src="name">); untrusted
    std::uint32_t size = 0;            // bytes of the file (as the package claims)
    std::string sha1;                  // 20 raw bytes (as the package claims), may be empty
    bool hasLegacyZipName = false;
    std::uint32_t legacyZipName = 0;   // legacy_zip_filename: the number of the file in the zip, when given
};

// Parses MediaEntries { repeated MediaEntry entries = 1; } with MediaEntry { string name = 1;
// uint32 size = 2; bytes sha1 = 3; optional uint32 legacy_zip_filename = 4; }, as Anki's
// import_export.proto publishes it. Unknown fields are skipped. Returns false with a message on bad input.
bool parseMediaEntries(std::string_view data, std::vector<MediaEntry>& out, std::string& error);

// Returns the kind of a schema-18 note type config (NotetypeConfig field 1: 0 normal, 1 cloze); 0 when
// absent. Returns false with a message on bad input.
bool parseNotetypeKind(std::string_view config, std::uint64_t& kind, std::string& error);

}  // namespace retain
