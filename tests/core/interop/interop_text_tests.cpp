// The small tools under the importers and exporters: SHA-1, slugs and ids, HTML, numbers, JSON, review CSV.
#include <doctest/doctest.h>

#include <charconv>
#include <cmath>
#include <limits>

#include "core/text/delimited_text.hpp"
#include "core/interop/interop_text.hpp"
#include "core/interop/json_reader.hpp"
#include "core/stats/review_csv.hpp"
#include "core/interop/sha1.hpp"

using namespace retain;

TEST_CASE("SHA-1 matches the FIPS 180 test vectors, across block boundaries") {
    CHECK(sha1Hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(sha1Hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    CHECK(sha1Hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    // 55, 56 and 64 bytes: the padding needs one block, two blocks, and a whole extra block.
    CHECK(sha1Hex(std::string(55, 'a')) != sha1Hex(std::string(56, 'a')));
    CHECK(sha1Hex(std::string(64, 'a')) == "0098ba824b5c16427bd7a1122a5a442a25ec644d");
}

TEST_CASE("slugs drop accents and punctuation and cut at a word") {
    CHECK(slugify("Café au Lait!", 40) == "cafe-au-lait");
    CHECK(slugify("  Russia–Japan relations, 2018 ", 40) == "russia-japan-relations-2018");
    CHECK(slugify("alpha beta gamma", 12) == "alpha-beta");
    CHECK(slugify("alphabetagamma", 5) == "alpha");
    CHECK(slugify("日本", 40).empty());
}

TEST_CASE("question ids: titles that are ids stay, others are slug plus hash, clashes get a suffix") {
    QuestionIdAllocator ids;
    CHECK(ids.allocate("trade_2017", "x") == "trade_2017");
    CHECK(ids.allocate("Kuril Islands", "x") == "kuril-islands");
    const std::string first = ids.allocate("", "What is the capital?");
    CHECK(first.rfind("what-is-the-capital-", 0) == 0);
    CHECK(first.size() == std::string("what-is-the-capital-").size() + 6);
    CHECK(ids.allocate("", "What is the capital?") == first + "-2");
    CHECK(ids.allocate("", "日本の首都は？").rfind("q-", 0) == 0);
    QuestionIdAllocator fresh;
    CHECK(fresh.allocate("", "What is the capital?") == first);  // stable across imports
}

TEST_CASE("HTML becomes plain text; text becomes safe HTML") {
    CHECK(htmlToText("<div>One&nbsp;&amp;&nbsp;two</div><div>three<br/>four</div>") == "One & two\nthree\nfour");
    CHECK(htmlToText("&#8211; &#x2014; &lt;b&gt; &bogus; &") == "\u2013 \u2014 <b> &bogus; &");
    CHECK(htmlToText("a <span class=\"x\">b</span>   c") == "a b c");
    CHECK(htmlToText("unclosed <b") == "unclosed <b");
    CHECK(htmlToText("&#0; &#99999999;") == "\uFFFD \uFFFD");
    CHECK(textToHtml("a < b & \"c\"\nd") == "a &lt; b &amp; &quot;c&quot;<br>d");
    CHECK(htmlToText(textToHtml("x < y & z\nnext")) == "x < y & z\nnext");
    CHECK(repairUtf8("ok\xff\xfe") == "ok\uFFFD\uFFFD");
}

TEST_CASE("numbers are written exactly") {
    for (double value : {0.1, 18e9, 1e-7, 123456.789, -2.5, 1e300, 5e-324, std::nextafter(1.0, 2.0)}) {
        CAPTURE(value);
        const std::string text = exactNumberText(value);
        double back = 0.0;
        const auto parsed = std::from_chars(text.data(), text.data() + text.size(), back);
        CHECK(parsed.ptr == text.data() + text.size());
        CHECK(back == value);
    }
    CHECK(exactNumberText(18e9) == "18000000000");
    CHECK(exactNumberText(0.5) == "0.5");
}

TEST_CASE("the JSON reader reads what Anki writes and refuses what it should") {
    JsonValue value;
    std::string error;
    REQUIRE(parseJson(R"({"a": [1, 2.5, -3e2], "b": {"c": "x\"\u00e9\ud83d\ude00"}, "d": true, "e": null})", value, error));
    CHECK(value.find("a")->items.size() == 3);
    CHECK(value.find("a")->items[2].number == -300.0);
    CHECK(value.find("b")->find("c")->text == "x\"\u00e9\U0001F600");
    CHECK(value.find("d")->boolean);
    CHECK(value.find("e")->kind == JsonKind::Null);
    CHECK_FALSE(parseJson("{\"a\": }", value, error));
    CHECK_FALSE(parseJson("[1, 2", value, error));
    CHECK_FALSE(parseJson("{} extra", value, error));
    CHECK_FALSE(parseJson(std::string(100, '['), value, error));
    CHECK(error.find("deeply") != std::string::npos);
    JsonValue quoted;
    REQUIRE(parseJson(jsonQuote("tab\there \"q\" \x01"), quoted, error));
    CHECK(quoted.text == "tab\there \"q\" \x01");
}

TEST_CASE("review results become CSV rows with a header, times in UTC") {
    CHECK(isoUtc(0) == "1970-01-01T00:00:00Z");
    CHECK(isoUtc(951782400000) == "2000-02-29T00:00:00Z");
    CHECK(isoUtc(1717000000999) == "2024-05-29T16:26:40Z");
    CHECK(isoUtc(-1000) == "1969-12-31T23:59:59Z");
    ReviewCsvRow row;
    row.reviewedAtMs = 1717000000000;
    row.bankId = "russia-japan-2018";
    row.questionId = "trade-2017";
    row.rating = Rating::Hard;
    row.score = 0.75;
    row.givenAnswer = "18 billion, \"about\"";
    row.answerMs = 12345;
    row.intervalDays = 3.5;
    const std::string csv = writeReviewCsv({row});
    ProblemList problems;
    const auto records = parseDelimited(csv, ",", "reviews.csv", problems);
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields.front() == "reviewed_at");
    row.score.reset();
    const auto unscored = parseDelimited(writeReviewCsv({row}), ",", "reviews.csv", problems);
    REQUIRE(unscored.size() == 2);
    CHECK(unscored[1].fields.at(4).empty());
    CHECK(records[1].fields == std::vector<std::string>{"2024-05-29T16:26:40Z", "russia-japan-2018", "trade-2017", "hard", "0.75",
                                                        "18 billion, \"about\"", "12.345", "3.5"});
}
