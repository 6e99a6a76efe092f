// The protobuf wire format, by hand, for Anki's media map and note type config.
//
// [SECTION] fields
// [SECTION] Anki messages
#include "core/interop/protobuf_reader.hpp"

namespace retain {

// [SECTION] fields -------------------------------------------------------------------------------

bool ProtoReader::fail(std::string message) {
    m_error = std::move(message) + " at byte " + std::to_string(m_pos);
    return false;
}

bool ProtoReader::readVarint(std::uint64_t& out) {
    out = 0;
    // 7 bits per byte, low group first; a 64-bit value needs at most 10 bytes.
    for (int shift = 0; shift < 70; shift += 7) {
        if (m_pos >= m_data.size()) return fail("a varint is cut short");
        const auto byte = static_cast<std::uint8_t>(m_data[m_pos++]);
        if (shift == 63 && byte > 1) return fail("a varint overflows 64 bits");
        out |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) return true;
    }
    return fail("a varint is longer than 10 bytes");
}

bool ProtoReader::next(ProtoField& out) {
    if (m_pos >= m_data.size() || !m_error.empty()) return false;
    std::uint64_t key = 0;
    if (!readVarint(key)) return false;
    const std::uint64_t number = key >> 3;
    if (number == 0 || number > 0x1FFFFFFF) return fail("field number " + std::to_string(number) + " is out of range");
    out = ProtoField{};
    out.number = static_cast<std::uint32_t>(number);
    switch (key & 7) {
        case 0:
            out.type = WireType::Varint;
            return readVarint(out.varint);
        case 1:
        case 5: {
            const std::size_t width = (key & 7) == 1 ? 8 : 4;
            out.type = width == 8 ? WireType::Fixed64 : WireType::Fixed32;
            if (m_data.size() - m_pos < width) return fail("a fixed-size field is cut short");
            for (std::size_t i = 0; i < width; ++i) {
                out.varint |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(m_data[m_pos + i])) << (8 * i);
            }
            m_pos += width;
            return true;
        }
        case 2: {
            out.type = WireType::LengthDelimited;
            std::uint64_t length = 0;
            if (!readVarint(length)) return false;
            if (length > m_data.size() - m_pos) return fail("a field of " + std::to_string(length) + " bytes runs past the end");
            out.bytes = m_data.substr(m_pos, static_cast<std::size_t>(length));
            m_pos += static_cast<std::size_t>(length);
            return true;
        }
        default:
            return fail("wire type " + std::to_string(key & 7) + " (groups or unknown) is not supported");
    }
}

// [SECTION] Anki messages ------------------------------------------------------------------------

namespace {

bool parseMediaEntry(std::string_view data, MediaEntry& entry, std::string& error) {
    ProtoReader reader(data);
    ProtoField field;
    while (reader.next(field)) {
        const bool delimited = field.type == WireType::LengthDelimited;
        if (field.number == 1 && delimited) {
            entry.name.assign(field.bytes);
        } else if (field.number == 2 && field.type == WireType::Varint) {
            entry.size = static_cast<std::uint32_t>(field.varint);
        } else if (field.number == 3 && delimited) {
            entry.sha1.assign(field.bytes);
        } else if (field.number == 4 && field.type == WireType::Varint) {
            entry.hasLegacyZipName = true;
            entry.legacyZipName = static_cast<std::uint32_t>(field.varint);
        } else if (field.number <= 4) {
            error = "field " + std::to_string(field.number) + " of a media entry has the wrong wire type";
            return false;
        }
    }
    error = reader.error();
    return error.empty();
}

}  // namespace

bool parseMediaEntries(std::string_view data, std::vector<MediaEntry>& out, std::string& error) {
    out.clear();
    ProtoReader reader(data);
    ProtoField field;
    while (reader.next(field)) {
        if (field.number != 1) continue;
        if (field.type != WireType::LengthDelimited) {
            error = "the media map's entries field has the wrong wire type";
            return false;
        }
        MediaEntry entry;
        if (!parseMediaEntry(field.bytes, entry, error)) {
            error = "media entry " + std::to_string(out.size()) + ": " + error;
            return false;
        }
        out.push_back(std::move(entry));
    }
    error = reader.error();
    if (!error.empty()) error = "the media map: " + error;
    return error.empty();
}

bool parseNotetypeKind(std::string_view config, std::uint64_t& kind, std::string& error) {
    kind = 0;
    ProtoReader reader(config);
    ProtoField field;
    while (reader.next(field)) {
        if (field.number == 1 && field.type == WireType::Varint) kind = field.varint;
    }
    error = reader.error();
    return error.empty();
}

}  // namespace retain
