// Reading an article: paragraph numbers by the source README's rule, ICU sentences, the head, refusals.
#include <doctest/doctest.h>

#include <string>

#include "core/draft/article.hpp"

using namespace retain::draft;

namespace {

const std::string kProse =
    "The council met in Tokyo on May 25, 2018, and it signed 11 documents on trade with the city. "
    "Mr. Abe and the delegation of the forum were at the talks for the whole of the day.";

}  // namespace

TEST_CASE("draft article: sentences split by ICU keep Mr. and St. inside a sentence") {
    const auto sentences = splitSentences(
        "This was Mr. Abe\u2019s 21st meeting with Vladimir Putin. He spoke at the St. Petersburg International "
        "Economic Forum (SPIEF). Then he left.");
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0] == "This was Mr. Abe\u2019s 21st meeting with Vladimir Putin.");
    CHECK(sentences[1] == "He spoke at the St. Petersburg International Economic Forum (SPIEF).");
    CHECK(sentences[2] == "Then he left.");
}

TEST_CASE("draft article: paragraphs are numbered like the evidence check, head read where it stands") {
    const std::string text = "A Title Here\n\n \xC2\xA0\nJune 14, 2018 Asia , Europe\n\nBy\n\nAnna Writer\n\n\t\n" + kProse +
                             "\n\n1 \xE2\x80\x93 A footnote that is long enough to count as a paragraph of twelve words or more.\n\n"
                             "Anna Writer\n\nPhD in something, a long biography line of more than twelve words in all.\n";
    const ArticleRead read = readArticle(text);
    REQUIRE(read.ok);
    const Article& article = read.article;
    CHECK(article.title == "A Title Here");
    CHECK(article.date == "2018-06-14");
    CHECK(article.author == "Anna Writer");
    REQUIRE(article.paragraphs.size() == 8);
    CHECK(article.paragraphs[4].number == 5);
    CHECK(article.paragraphs[4].body);
    CHECK(article.paragraphs[4].sentences.size() == 2);
    CHECK_FALSE(article.paragraphs[5].body);  // the footnote
    CHECK_FALSE(article.paragraphs[7].body);  // the biography after the author's name
    CHECK_FALSE(article.paragraphs[0].body);
}

TEST_CASE("draft article: bad input is refused with a message") {
    CHECK(readArticle("").message.find("empty") != std::string::npos);
    CHECK(readArticle(" \n\t\n").message.find("empty") != std::string::npos);
    CHECK(readArticle(std::string("abc\0def", 7) + kProse).message.find("binary") != std::string::npos);
    CHECK(readArticle(std::string(kMaxArticleBytes + 1, 'a')).message.find("at most") != std::string::npos);
    std::string latin1;
    for (int i = 0; i < 200; ++i) latin1 += "caf\xE9 ";
    CHECK(readArticle(latin1).message.find("UTF-8") != std::string::npos);
    std::string german;
    for (int i = 0; i < 5; ++i) german += "Der Präsident besuchte am 25. Mai 2018 die Stadt und unterzeichnete elf Dokumente.\n";
    CHECK(readArticle(german).message.find("English") != std::string::npos);
    CHECK(readArticle("Short words only.").message.find("too short") != std::string::npos);
    CHECK(readArticle(kProse).ok);
}
