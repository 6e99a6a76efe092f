// Each fact extractor on sentences from the Russia–Japan article and on made-up ones.
#include <doctest/doctest.h>

#include <string>

#include "core/draft/extractors.hpp"
#include "core/draft/prompts.hpp"
#include "core/draft/words.hpp"

using namespace retain;
using namespace retain::draft;

namespace {

const SentencePlace kPlace{7, 0};

std::size_t wordsIn(const std::string& text) {
    std::size_t count = 0;
    for (const Token& token : tokenize(text)) count += token.word.empty() ? 0 : 1;
    return count;
}

void checkEvidence(const Fact& fact, const std::string& sentence) {
    CAPTURE(fact.evidence);
    CHECK(sentence.find(fact.evidence) != std::string::npos);  // verbatim
    CHECK(fact.evidence.find(fact.text) != std::string::npos);
    CHECK(wordsIn(fact.evidence) <= 10);
}

}  // namespace

TEST_CASE("draft dates: day ranges, months and years with their precision, from the article") {
    const std::string visit = "On May 25\u201326, 2018, Prime Minister of Japan Shinzo Abe made an official visit to Russia.";
    const auto facts = extractDates(visit, kPlace);
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].text == "May 25\u201326, 2018");
    CHECK(facts[0].from == CalendarDate{2018, 5, 25});
    CHECK(facts[0].to == CalendarDate{2018, 5, 26});
    CHECK(facts[0].precision == DatePrecision::Day);
    CHECK(facts[0].paragraph == 7);
    checkEvidence(facts[0], visit);
    CHECK(datePrompt(facts[0]) == "When did Prime Minister of Japan Shinzo Abe make an official visit to Russia?");

    const std::string navy = "In November 2017, Russia\u2019s Pacific Navy and the Japan Maritime Self-Defense Force ran the 17th joint naval rescue exercise.";
    const auto month = extractDates(navy, kPlace);
    REQUIRE(month.size() == 1);
    CHECK(month[0].from == CalendarDate{2018 - 1, 11, 0});
    CHECK(month[0].precision == DatePrecision::Month);
    CHECK(datePrompt(month[0]).rfind("When did Russia\u2019s Pacific Navy and the Japan Maritime Self-Defense Force run the 17th", 0) == 0);
}

TEST_CASE("draft dates: made-up forms, a bare year after 'in', and no date without a year") {
    const auto facts = extractDates("The plant opened in 1998 and closed on 3 March 2004; talks began in June.", kPlace);
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].text == "3 March 2004");
    CHECK(facts[0].precision == DatePrecision::Day);
    CHECK(facts[1].text == "1998");
    CHECK(facts[1].precision == DatePrecision::Year);
    CHECK(extractDates("On May 25, the leaders met.", kPlace).empty());  // no year: not checkable alone
    CHECK(extractDates("The 2024 development goals were set.", kPlace).empty());
}

TEST_CASE("draft quantities: sums with currency and scale, counts, percentages") {
    const std::string trade = "but both the trade turnover between the two countries (USD 18 billion last year) and investment could grow.";
    const auto sums = extractQuantities(trade, kPlace);
    REQUIRE(sums.size() == 1);
    CHECK(sums[0].kind == FactKind::Sum);
    CHECK(sums[0].value == 18e9);
    CHECK(sums[0].unit == "USD");
    CHECK(sums[0].scale == 1e9);
    checkEvidence(sums[0], trade);
    CHECK(sumPrompt(sums[0]) == "How large was the trade turnover between the two countries last year?");

    const std::string signed11 = "All in all, following the talks between Russia and Japan\u2019s leaders, 11 documents were signed, including on trade.";
    const auto counts = extractQuantities(signed11, kPlace);
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].kind == FactKind::Count);
    CHECK(counts[0].value == 11);
    CHECK(counts[0].unit == "documents");
    CHECK(countPrompt(counts[0]) == "How many documents were signed following the talks between Russia and Japan\u2019s leaders?");

    const std::string events = "The Ministries of Defense of Russia and Japan have slated approximately 20 joint events for 2018 in order to implement the trust measures.";
    const auto hedged = extractQuantities(events, kPlace);
    REQUIRE(hedged.size() == 1);
    CHECK(hedged[0].value == 20);
    CHECK(hedged[0].unit == "joint events");
    CHECK(hedged[0].approximate);
    CHECK(countPrompt(hedged[0]) == "How many joint events have the Ministries of Defense of Russia and Japan slated for 2018?");

    const auto made = extractQuantities("Exports rose 12.5% to $3bn, and the firm hired three engineers and 40 percent more staff.", kPlace);
    REQUIRE(made.size() == 4);
    CHECK(made[0].kind == FactKind::Percent);
    CHECK(made[0].value == 12.5);
    CHECK(made[1].kind == FactKind::Sum);
    CHECK(made[1].value == 3e9);
    CHECK(made[2].kind == FactKind::Count);
    CHECK(made[2].value == 3);
    CHECK(made[3].kind == FactKind::Percent);
    CHECK(made[3].value == 40);
}

TEST_CASE("draft quantities: vague quantities and fixed phrases are not facts") {
    CHECK(extractQuantities("Several experts and many officials came; out of a hundred plus projects, more than 20 cities.", kPlace).empty());
    CHECK(extractQuantities("The two countries and both leaders agreed over two years.", kPlace).empty());
    CHECK(isOpinion("He believes that expanding participation requires improving the infrastructure."));
    CHECK(isOpinion("Most likely, the leaders will meet in Vladivostok in September 2018."));
    CHECK_FALSE(isOpinion("On May 25, 2018, the leaders met."));
}

TEST_CASE("draft ordinals: a place in a series with its noun") {
    const auto facts = extractOrdinals("This was Mr. Abe\u2019s 21st meeting with Vladimir Putin, which is truly unprecedented.", kPlace);
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].value == 21);
    CHECK(facts[0].unit == "meeting");
    const auto term = extractOrdinals("after being elected for his fourth presidential term, he spoke; a first step.", kPlace);
    REQUIRE(term.size() == 1);  // "first" is manner of speaking, left out
    CHECK(term[0].value == 4);
    CHECK(term[0].unit == "presidential term");
    CHECK(ordinalDigits(21) == "21st");
    CHECK(ordinalDigits(12) == "12th");
    CHECK(ordinalDigits(103) == "103rd");
}

TEST_CASE("draft people: appositive posts and titles before the name") {
    const std::string council =
        "In September 2017, Nikolai Patrushev, Secretary of the Russian Federation Security Council, and Shotaro Yachi, "
        "Secretary General of Japan\u2019s National Security Council, signed a memorandum.";
    const auto people = extractPeople(council, kPlace);
    REQUIRE(people.size() == 2);
    CHECK(people[0].name == "Nikolai Patrushev");
    CHECK(people[0].post == "Secretary of the Russian Federation Security Council");
    CHECK(people[1].name == "Shotaro Yachi");
    CHECK(people[1].post == "Secretary General of Japan\u2019s National Security Council");
    checkEvidence(people[0], council);
    CHECK(personPrompt(people[0], "June 2018") ==
          "Who was Secretary of the Russian Federation Security Council, according to the article of June 2018?");

    const auto titled = extractPeople("On May 25\u201326, 2018, Prime Minister of Japan Shinzo Abe made an official visit.", kPlace);
    REQUIRE(titled.size() == 1);
    CHECK(titled[0].name == "Shinzo Abe");
    CHECK(titled[0].post == "Prime Minister of Japan");

    const auto made = extractPeople("The deal was signed by Maria Lopez, Director of the Lisbon Port Authority, on Friday.", kPlace);
    REQUIRE(made.size() == 1);
    CHECK(made[0].name == "Maria Lopez");
    CHECK(made[0].post == "Director of the Lisbon Port Authority");
    CHECK(extractPeople("Prime Minister Abe stressed the results.", kPlace).empty());  // a surname alone names no one to ask
}

TEST_CASE("draft names and acronyms: capitalised spans, bracketed expansions, initials") {
    const std::string forum = "On May 25, Prime Minister Abe took part in the plenary session of the St. Petersburg International Economic Forum together with the presidents.";
    const auto names = extractNames(forum, {6, 2});
    bool found = false;
    for (const Fact& name : names) found = found || name.text == "St. Petersburg International Economic Forum";
    CHECK(found);
    const auto acronyms = extractAcronyms("In his speech at the SPIEF plenary session, he spoke.", {7, 1}, names);
    REQUIRE(acronyms.size() == 1);
    CHECK(acronyms[0].name == "SPIEF");
    CHECK(acronyms[0].post == "St. Petersburg International Economic Forum");
    CHECK(acronyms[0].expansionParagraph == 6);
    CHECK(acronymPrompt(acronyms[0]) == "What does SPIEF stand for?");

    const auto bracketed = extractAcronyms("Teruo Asada, Chair of the committee at Keidanren (Japan Business Federation), noted it.", kPlace, {});
    REQUIRE(bracketed.size() == 1);
    CHECK(bracketed[0].name == "Keidanren");
    CHECK(bracketed[0].post == "Japan Business Federation");
    const auto made = extractAcronyms("The World Health Organization (WHO) met; the WTO did not.", kPlace, {});
    CHECK(made.empty());  // "(WHO)" repeats the initials; WTO has no expansion in the text
}

TEST_CASE("draft verbs: past tenses back to their base form") {
    CHECK(pastTenseBase("made") == "make");
    CHECK(pastTenseBase("exchanged") == "exchange");
    CHECK(pastTenseBase("visited") == "visit");
    CHECK(pastTenseBase("signed") == "sign");
    CHECK(pastTenseBase("noted") == "note");
    CHECK(pastTenseBase("described") == "describe");
    CHECK(pastTenseBase("stopped") == "stop");
    CHECK(pastTenseBase("agreed") == "agree");
    CHECK(pastTenseBase("applied") == "apply");
    CHECK(pastTenseBase("joined") == "join");
    CHECK(pastTenseBase("announced") == "announce");
    CHECK(pastTenseBase("Ted").empty());
    CHECK(pastTenseBase("table").empty());
}
