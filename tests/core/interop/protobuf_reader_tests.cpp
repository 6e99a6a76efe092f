// The minimal protobuf reader: wire-format golden bytes (from the protobuf encoding documentation's
// examples: 150 is 96 01, "testing" in field 2 is 12 07 ...), Anki's MediaEntries, and hostile input.
#include <doctest/doctest.h>

#include "core/interop/protobuf_reader.hpp"

using namespace retain;

namespace {

std::string bytes(std::initializer_list<int> values) {
    std::string out;
    for (int v : values) out += static_cast<char>(v);
    return out;
}

}  // namespace

TEST_CASE("protobuf fields: varints, length-delimited bytes and fixed-size values are read in order") {
    // field 1 varint 150; field 2 "testing"; field 3 fixed32 1; field 4 fixed64 2; field 5 varint 2^64-1.
    const std::string data = bytes({0x08, 0x96, 0x01, 0x12, 0x07, 't', 'e', 's', 't', 'i', 'n', 'g', 0x1D, 1, 0, 0, 0,
                                    0x21, 2, 0, 0, 0, 0, 0, 0, 0, 0x28, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01});
    ProtoReader reader(data);
    ProtoField field;
    REQUIRE(reader.next(field));
    CHECK(field.number == 1);
    CHECK(field.type == WireType::Varint);
    CHECK(field.varint == 150);
    REQUIRE(reader.next(field));
    CHECK(field.number == 2);
    CHECK(field.type == WireType::LengthDelimited);
    CHECK(field.bytes == "testing");
    REQUIRE(reader.next(field));
    CHECK(field.type == WireType::Fixed32);
    CHECK(field.varint == 1);
    REQUIRE(reader.next(field));
    CHECK(field.type == WireType::Fixed64);
    CHECK(field.varint == 2);
    REQUIRE(reader.next(field));
    CHECK(field.number == 5);
    CHECK(field.varint == UINT64_MAX);
    CHECK_FALSE(reader.next(field));
    CHECK(reader.error().empty());
}

TEST_CASE("protobuf: bad input stops with a message naming the byte, never reads past the end") {
    struct Case {
        std::string data;
        const char* message;
    };
    const Case cases[] = {
        {bytes({0x08}), "a varint is cut short at byte 1"},
        {bytes({0x08, 0x80, 0x80}), "a varint is cut short"},
        {bytes({0x12, 0x05, 'a', 'b'}), "a field of 5 bytes runs past the end at byte 2"},
        {bytes({0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F}), "runs past the end"},
        {bytes({0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02}), "a varint overflows 64 bits"},
        {bytes({0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x81, 0x00}), "overflows 64 bits"},
        {bytes({0x0B}), "wire type 3 (groups or unknown) is not supported"},
        {bytes({0x00, 0x01}), "field number 0 is out of range"},
        {bytes({0x1D, 1, 2}), "a fixed-size field is cut short"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        ProtoReader reader(c.data);
        ProtoField field;
        while (reader.next(field)) {
        }
        CHECK(reader.error().find(c.message) != std::string::npos);
    }
}

TEST_CASE("Anki's MediaEntries: names, sizes, sha1 and the optional legacy zip name; unknown fields skipped") {
    // entries { name "a.png" size 3 sha1 <2 bytes> }, entries { name "b.jpg" size 300 legacy_zip_filename 7 field 9 }
    const std::string first = bytes({0x0A, 5, 'a', '.', 'p', 'n', 'g', 0x10, 3, 0x1A, 2, 0xAB, 0xCD});
    const std::string second = bytes({0x0A, 5, 'b', '.', 'j', 'p', 'g', 0x10, 0xAC, 0x02, 0x20, 7, 0x48, 1});
    const std::string data = bytes({0x0A, static_cast<int>(first.size())}) + first + bytes({0x0A, static_cast<int>(second.size())}) + second +
                             bytes({0x10, 5});
    std::vector<MediaEntry> entries;
    std::string error;
    REQUIRE(parseMediaEntries(data, entries, error));
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].name == "a.png");
    CHECK(entries[0].size == 3);
    CHECK(entries[0].sha1 == bytes({0xAB, 0xCD}));
    CHECK_FALSE(entries[0].hasLegacyZipName);
    CHECK(entries[1].name == "b.jpg");
    CHECK(entries[1].size == 300);
    CHECK(entries[1].hasLegacyZipName);
    CHECK(entries[1].legacyZipName == 7);

    CHECK(parseMediaEntries("", entries, error));
    CHECK(entries.empty());
    CHECK_FALSE(parseMediaEntries(bytes({0x08, 1}), entries, error));
    CHECK(error == "the media map's entries field has the wrong wire type");
    CHECK_FALSE(parseMediaEntries(bytes({0x0A, 2, 0x08, 1}), entries, error));
    CHECK(error == "media entry 0: field 1 of a media entry has the wrong wire type");
    CHECK_FALSE(parseMediaEntries(bytes({0x0A, 3, 0x0A, 5, 'a'}), entries, error));
    CHECK(error.find("media entry 0: a field of 5 bytes runs past the end") == 0);
}

TEST_CASE("a schema-18 note type config: field 1 is the kind (1 = cloze), absent means normal") {
    std::uint64_t kind = 9;
    std::string error;
    CHECK(parseNotetypeKind(bytes({0x08, 1, 0x1A, 1, 'x'}), kind, error));
    CHECK(kind == 1);
    CHECK(parseNotetypeKind(bytes({0x1A, 1, 'x'}), kind, error));
    CHECK(kind == 0);
    CHECK_FALSE(parseNotetypeKind(bytes({0x1A, 9}), kind, error));
    CHECK(error.find("runs past the end") != std::string::npos);
}
