// Anki media pieces: <img>/[sound:] in field HTML, media names that must not become paths, zstd.
#include <doctest/doctest.h>

#include "core/interop/anki_media.hpp"
#include "core/interop/anki_package.hpp"
#include "core/interop/zstd_codec.hpp"

using namespace retain;

TEST_CASE("takeMedia removes <img> and [sound:], keeping each picture's src and alt") {
    FieldMedia media;
    const std::string text = takeMedia(
        "A<img src=\"a b.png\" alt=\"Two &amp; three\"> B<IMG SRC='c.jpg'>[sound:x.mp3] C<img class=x src=d.png /><imgx> "
        "<img alt=\"no source\">[sound:unclosed",
        media);
    CHECK(text == "A B C<imgx> [sound:unclosed");
    REQUIRE(media.images.size() == 3);
    CHECK(media.images[0].src == "a b.png");
    CHECK(media.images[0].alt == "Two & three");
    CHECK(media.images[1].src == "c.jpg");
    CHECK(media.images[1].alt.empty());
    CHECK(media.images[2].src == "d.png");
    CHECK(media.sounds == 1);
}

TEST_CASE("tagAttribute: quoted, bare and valueless attributes; names are case-insensitive") {
    bool found = false;
    CHECK(tagAttribute("<img width=10 SRC = \"x.png\" hidden>", "src", found) == "x.png");
    CHECK(found);
    CHECK(tagAttribute("<img hidden src=y.png>", "src", found) == "y.png");
    CHECK(found);
    CHECK(tagAttribute("<img data-src=\"no.png\">", "src", found).empty());
    CHECK_FALSE(found);
    CHECK(tagAttribute("<img src=\"never closed", "src", found) == "never closed");
    CHECK(found);
}

TEST_CASE("media names that could leave the media folder are refused with the reason") {
    CHECK(mediaNameProblem("flag.png").empty());
    CHECK(mediaNameProblem("Flagge Österreich.jpg").empty());
    CHECK(mediaNameProblem("..") == "the name is a folder reference");
    CHECK(mediaNameProblem(".") == "the name is a folder reference");
    CHECK(mediaNameProblem("../x.png") == "the name holds a path separator");
    CHECK(mediaNameProblem("/etc/passwd") == "the name holds a path separator");
    CHECK(mediaNameProblem("a\\b.png") == "the name holds a path separator");
    CHECK(mediaNameProblem(std::string("a\0b.png", 7)) == "the name holds a NUL byte");
    CHECK(mediaNameProblem("C:x.png") == "the name starts with a drive letter");
    CHECK(mediaNameProblem("a\nb.png") == "the name holds a control character");
    CHECK(mediaNameProblem("") == "the name is empty");
    CHECK(mediaNameProblem(std::string(256, 'a')) == "the name is longer than 255 bytes");
}

TEST_CASE("zstd: a round trip, the size cap, cut-short and foreign data") {
    const std::string text(100000, 'r');
    std::string packed;
    std::string error;
    REQUIRE(zstdCompress(text, packed, error));
    CHECK(looksLikeZstd(packed));
    CHECK(packed.size() < 1000);
    std::string out;
    REQUIRE(zstdDecompress(packed, text.size(), out, error));
    CHECK(out == text);
    CHECK_FALSE(zstdDecompress(packed, text.size() - 1, out, error));
    CHECK(error == "zstd data unpacks to more than 97.7 KiB");
    CHECK_FALSE(zstdDecompress(packed.substr(0, packed.size() - 3), text.size(), out, error));
    CHECK(error == "zstd data is cut short");
    CHECK_FALSE(zstdDecompress("PNG....", text.size(), out, error));
    CHECK(error == "not zstd-compressed data");
    // Two frames one after the other unpack to both texts, as the zstd tool does.
    std::string second;
    REQUIRE(zstdCompress("tail", second, error));
    REQUIRE(zstdDecompress(packed + second, text.size() + 4, out, error));
    CHECK(out == text + "tail");
}
