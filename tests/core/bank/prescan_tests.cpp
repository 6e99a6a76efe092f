// The raw-text checks before parsing, positions, and "did you mean".
#include <doctest/doctest.h>

#include <string>

#include "core/bank/suggest.hpp"
#include "core/bank/text_position.hpp"
#include "core/bank/yaml_prescan.hpp"

using namespace retain;

TEST_CASE("findInvalidUtf8 finds the first bad byte") {
    struct Case {
        std::string text;
        std::size_t expected;
    };
    const std::size_t none = std::string::npos;
    const Case cases[] = {
        {"plain ascii\n\ttab\r\n", none},
        {"\xEF\xBB\xBF" "bom first", none},
        {"caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80", none},  // 2, 3 and 4 byte sequences
        {"caf\xE9", 3},                                   // Latin-1
        {"ab\x80", 2},                                    // lone continuation byte
        {"\xC0\xAF", 0},                                  // overlong '/'
        {"x\xE0\x80\xAF", 1},                             // overlong 3-byte
        {"\xED\xA0\x80", 0},                              // surrogate U+D800
        {"\xF4\x90\x80\x80", 0},                          // beyond U+10FFFF
        {"\xE2\x80", 0},                                  // truncated
        {std::string("a\0b", 3), 1},                      // NUL
        {"a\x1B[0m", 1},                                  // escape
        {"mid \xEF\xBB\xBF bom", none},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(findInrepairUtf8(c.text) == c.expected);
    }
}

TEST_CASE("LineIndex counts columns in characters and clamps") {
    const std::string text = "ab\nc\xC3\xA9" "d\n\nlast";
    const LineIndex lines(text);
    CHECK(lines.positionOfOffset(0).line == 1);
    CHECK(lines.positionOfOffset(1).column == 2);
    CHECK(lines.positionOfOffset(3).line == 2);
    CHECK(lines.positionOfOffset(6).column == 3);  // 'd' after the two-byte 'é'
    CHECK(lines.positionOfMark(1, 3).column == 3);  // yaml-cpp counts bytes
    CHECK(lines.positionOfMark(3, 2).line == 4);
    CHECK(lines.positionOfMark(99, 0).line == 4);  // clamped to the last line
    CHECK(lines.positionOfMark(-1, -1).line == 0);  // a null mark
    CHECK(lines.positionOfOffset(9999).line == 4);
}

TEST_CASE("the pre-scan accepts ordinary banks and counts depth across styles") {
    const LineIndex none("");
    ProblemList problems;
    const std::string ordinary =
        "bank:\n  id: x\n  title: 'It''s [not] a list'\n"
        "questions:\n"
        "  - id: q\n    prompt: \"brackets [[[[ in quotes\"\n"
        "    explanation: |\n"
        "      A block scalar may indent\n"
        "                                  as deep as it likes [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n"
        "    text: 5 * 3 is not an alias # and [[[[ a comment\n";
    const LineIndex lines(ordinary);
    CHECK(prescanYaml(ordinary, "ok.yaml", lines, problems).ok);
    CHECK(problems.empty());

    std::string nested = "a: ";
    for (int i = 0; i < 20; ++i) nested += "[";
    nested += "\n";
    for (int i = 0; i < 20; ++i) nested += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- b:\n";
    const LineIndex nestedLines(nested);
    CHECK(prescanYaml(nested, "ok.yaml", nestedLines, problems).ok);  // unclosed flow counts, but 21 < 32

    std::string tooMany = "x: [";
    for (int i = 0; i < 101; ++i) tooMany += "*a, ";
    tooMany += "]\n";
    const LineIndex aliasLines(tooMany);
    CHECK_FALSE(prescanYaml(tooMany, "aliases.yaml", aliasLines, problems).ok);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].column == 5 + 100 * 4);  // the 101st alias
}

TEST_CASE("the pre-scan finds where a second YAML document starts") {
    struct Case {
        const char* text;
        std::size_t expected;
    };
    const std::size_t none = std::string_view::npos;
    const Case cases[] = {
        {"---\nbank: x\n", none},                      // a leading marker starts the first document
        {"# comment\n---\nbank: x\n...\n", none},     // an end marker with nothing after it
        {"bank: x\n---\nbank: y\n", 8},
        {"bank: x\n...\nbank: y\n", 12},
        {"a: |\n  ---\n  text\n", none},               // inside a block scalar
        {"a: \"x\n---\n\"\n", none},                  // inside a quoted scalar
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        ProblemList problems;
        const LineIndex lines(c.text);
        const PrescanResult result = prescanYaml(c.text, "docs.yaml", lines, problems);
        CHECK(result.ok);
        CHECK(result.secondDocument == c.expected);
    }
}

TEST_CASE("editDistance and closestMatch") {
    CHECK(editDistance("", "abc") == 3);
    CHECK(editDistance("kitten", "sitting") == 3);
    CHECK(editDistance("anwser", "answer") == 1);  // a swap of neighbours is one edit
    CHECK(editDistance("same", "same") == 0);
    const std::vector<std::string_view> keys = {"prompt", "explanation", "answer", "answers", "tags"};
    CHECK(closestMatch("explaination", keys) == "explanation");
    CHECK(closestMatch("promt", keys) == "prompt");
    CHECK(closestMatch("Answer", keys) == "answer");
    CHECK(closestMatch("colour", keys).empty());
    CHECK(didYouMean("tag", keys) == " (did you mean 'tags'?)");
    CHECK(didYouMean("zzzzzz", keys).empty());
}
