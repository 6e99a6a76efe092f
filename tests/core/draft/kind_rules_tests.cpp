// The rules that keep a drafted question of the right kind: a person's distractors from the same side
// (posts naming the same country) or a typed question, "the talks" pinned by place and month, a post that
// names another person given away by the pair, "About how many" for a hedged figure, whole ordering items,
// a name's stated qualifier as an alias. Each on a sentence of the Russia–Japan article and a made-up one.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <variant>

#include "core/draft/drafter.hpp"
#include "core/draft/extractors.hpp"
#include "core/draft/giveaways.hpp"
#include "core/draft/kinds.hpp"
#include "core/draft/writers.hpp"

using namespace retain;
using namespace retain::draft;

namespace {

Fact person(const std::string& name, const std::string& post, int paragraph) {
    Fact fact;
    fact.kind = FactKind::Person;
    fact.name = name;
    fact.text = name;
    fact.post = post;
    fact.paragraph = paragraph;
    fact.sentenceText = name + ", " + post + ", spoke.";
    fact.evidence = name;
    return fact;
}

const std::vector<Fact> kArticlePeople = {
    person("Shinzo Abe", "Prime Minister of Japan", 6),
    person("Sergey Lavrov", "Russia\u2019s Minister of Foreign Affairs", 11),
    person("Taro Kono", "Sergey Lavrov\u2019s Japanese counterpart", 11),
    person("Nikolai Patrushev", "Secretary of the Russian Federation Security Council", 14),
    person("Shotaro Yachi", "Secretary General of Japan\u2019s National Security Council", 14),
    person("Valery Gerasimov", "Russia\u2019s Chief of General Staff", 14),
    person("Teruo Asada", "Chair of the Russia-Japan Business Cooperation Committee at Keidanren (Japan Business Federation)", 20),
};

}  // namespace

TEST_CASE("draft kinds: a post's countries, from possessives, nationality adjectives and a closing 'of'") {
    const std::vector<std::string> russia = {"russ"};
    const std::vector<std::string> japan = {"japa"};
    CHECK(countriesOfPost("Russia\u2019s Minister of Foreign Affairs", kArticlePeople) == russia);
    CHECK(countriesOfPost("Secretary of the Russian Federation Security Council", kArticlePeople) == russia);
    CHECK(countriesOfPost("Prime Minister of Japan", kArticlePeople) == japan);
    // The possessive of a person's name is no country: Kono is Japanese, not "Lavrov".
    CHECK(countriesOfPost("Sergey Lavrov\u2019s Japanese counterpart", kArticlePeople) == japan);
    CHECK(countriesOfPost("Chair of the Russia-Japan Business Cooperation Committee at Keidanren", kArticlePeople) ==
          std::vector<std::string>{"japa", "russ"});
    // Made up: a closing "of", an adjective, and a post that names no country.
    const std::vector<Fact> cabinet = {person("Rui Mota", "Portugal\u2019s Minister of Finance", 7)};
    CHECK(countriesOfPost("Minister of Transport of Portugal", cabinet) == std::vector<std::string>{"port"});
    CHECK(countriesOfPost("Minister of Transport", cabinet).empty());  // a closing "of" names a country only if a post names it outright
    CHECK(countriesOfPost("Portuguese Ambassador to Chile", {}).front() == "port");
    CHECK(countriesOfPost("Director of the Port Authority", {}).empty());
}

TEST_CASE("draft kinds: a person's distractors are of the same side, or the person is asked typed") {
    // Lavrov's side has only Patrushev and Gerasimov: fewer than three, so no choice among Japanese politicians.
    const Fact lavrov = kArticlePeople[1];
    const std::vector<Fact> side = sameSidePeople(lavrov, kArticlePeople);
    REQUIRE(side.size() == 2);
    CHECK(side[0].name == "Nikolai Patrushev");
    CHECK(side[1].name == "Valery Gerasimov");
    CHECK_FALSE(writeChoice(lavrov, kArticlePeople, "June 2018"));

    // Made up: four ministers of Portugal and one of Spain; the Spaniard is never offered for a Portuguese post.
    // Ortega stands first, so a choice taking the article's first people would offer him.
    const std::vector<Fact> cabinet = {
        person("Juan Ortega", "Spain\u2019s Minister of Transport", 5), person("Ana Costa", "Prime Minister of Portugal", 6),
        person("Pedro Alves", "Portugal\u2019s Minister of Transport", 7), person("Rui Mota", "Portugal\u2019s Minister of Finance", 7),
        person("Luis Sousa", "Portuguese Minister of Defence", 8)};
    const auto choice = writeChoice(cabinet[2], cabinet, "March 2021");
    REQUIRE(choice);
    const auto& choices = std::get<ChoiceAnswer>(choice->question.answer).choices;
    CHECK(choices.size() == 4);
    CHECK(std::find(choices.begin(), choices.end(), "Juan Ortega") == choices.end());
    CHECK(choices[static_cast<std::size_t>(std::get<ChoiceAnswer>(choice->question.answer).correct)] == "Pedro Alves");
    CHECK_FALSE(writeChoice(cabinet[0], cabinet, "March 2021"));  // Spain's side has nobody else
}

TEST_CASE("draft kinds: a post that names another person is given away by the two named together") {
    const auto kono = writeDirect(kArticlePeople[2], "June 2018");
    REQUIRE(kono);
    DraftedQuestion consultations;
    consultations.question.prompt = "In which month of 2018 did Sergey Lavrov and Taro Kono hold consultations?";
    consultations.kind = FactKind::Date;
    consultations.paragraph = 16;
    consultations.score = 9.0;
    std::vector<DraftedQuestion> both = {*kono, consultations};
    CHECK(dropGiveaways(both) == 1);
    REQUIRE(both.size() == 1);
    CHECK(both[0].kind == FactKind::Person);
    // Made up: the deputy's question against a prompt naming both; and "Russia's Minister" names no person.
    const auto deputy = writeDirect(person("Rui Mota", "Ana Costa\u2019s deputy", 7), "March 2021");
    consultations.question.prompt = "When did Ana Costa and Rui Mota open the bridge?";
    std::vector<DraftedQuestion> pair = {*deputy, consultations};
    CHECK(dropGiveaways(pair) == 1);
    const auto lavrov = writeDirect(kArticlePeople[1], "June 2018");
    consultations.question.prompt = "When did Sergey Lavrov visit Russia?";
    std::vector<DraftedQuestion> none = {*lavrov, consultations};
    CHECK(dropGiveaways(none) == 0);
}

TEST_CASE("draft kinds: the gloss of a post stays out of its prompt and its explanation") {
    CHECK(postWithoutGloss("Chair of the Committee at Keidanren (Japan Business Federation)") == "Chair of the Committee at Keidanren");
    CHECK(postWithoutGloss("Head of the EIB (European Investment Bank) office") == "Head of the EIB office");
    const auto asada = writeDirect(kArticlePeople[6], "June 2018");
    REQUIRE(asada);
    CHECK(asada->question.explanation.find("Japan Business Federation") == std::string::npos);
    CHECK(asada->question.prompt.find("Japan Business Federation") == std::string::npos);
}

TEST_CASE("draft kinds: 'the talks' pinned by the place and month the article gives them, else skipped") {
    const SentencePlace talksPlace{6, 2, 2018};
    const std::vector<Fact> dates =
        extractDates("Already in Moscow on May 26, the two leaders held bilateral talks, contacted the International Space Station.", talksPlace);
    REQUIRE(dates.size() == 1);
    Fact documents;
    documents.kind = FactKind::Count;
    documents.paragraph = 21;
    documents.sentence = 0;
    const std::string asked = "How many documents were signed following the talks between Russia and Japan\u2019s leaders?";
    const auto pinned = pinnedEvent(asked, documents, dates);
    REQUIRE(pinned);
    CHECK(pinned->prompt == "How many documents were signed following the talks between Russia and Japan\u2019s leaders in Moscow in May 2018?");
    CHECK(pinned->pin == "in Moscow in May 2018");
    CHECK(pinned->paragraph == 6);
    // A date far from "talks" in its sentence dates something else: nothing pins the talks, so the fact is skipped.
    const std::vector<Fact> visit = extractDates(
        "In the statement following the Russia\u2013Japan talks, Prime Minister Abe once again referred to sincere commitment to resolving "
        "the issue of a peace treaty, which the leaders confirmed during President Putin\u2019s visit to Japan in December 2016.",
        {11, 4, 2016});
    CHECK_FALSE(pinnedEvent(asked, documents, visit));
    // A prompt with a year, or with no definite event, is left as it is.
    CHECK(pinnedEvent("How many joint events have the ministries slated for 2018?", documents, visit)->prompt ==
          "How many joint events have the ministries slated for 2018?");
    CHECK(pinnedEvent("How many projects had the platform financed?", documents, {})->pin.empty());
    // Made up: a summit dated without a place; a later paragraph's date does not pin an earlier question.
    const std::vector<Fact> summit = extractDates("The summit opened on March 4, 2021 with a speech by the mayor.", {3, 0, 2021});
    Fact deals;
    deals.kind = FactKind::Count;
    deals.paragraph = 5;
    CHECK(pinnedEvent("How many deals were signed at the summit?", deals, summit)->prompt == "How many deals were signed at the summit in March 2021?");
    deals.paragraph = 2;
    CHECK_FALSE(pinnedEvent("How many deals were signed at the summit?", deals, summit));
}

TEST_CASE("draft kinds: a hedged figure asked 'About how many', within a tenth") {
    const std::vector<Fact> events =
        extractQuantities("The Ministries of Defense of Russia and Japan have slated approximately 20 joint events for 2018.", {14, 5, 2018});
    REQUIRE(events.size() == 1);
    const auto asked = writeDirect(events[0], "");
    REQUIRE(asked);
    CHECK(asked->question.prompt.rfind("About how many joint events", 0) == 0);
    CHECK(std::get<NumericAnswer>(asked->question.answer).relativeTolerance == doctest::Approx(0.1));
    const std::vector<Fact> exact = extractQuantities("The two governments signed 14 agreements on ports and rail.", {6, 1, 2021});
    REQUIRE(exact.size() == 1);
    const auto exactAsked = writeDirect(exact[0], "");
    REQUIRE(exactAsked);
    CHECK(exactAsked->question.prompt.rfind("How many agreements", 0) == 0);
    CHECK(std::get<NumericAnswer>(exactAsked->question.answer).relativeTolerance == 0.0);
}

TEST_CASE("draft kinds: ordering items are whole clauses, posts set off by commas left out") {
    int sentenceIndex = 0;
    std::vector<Fact> dates;
    for (const char* sentence : {"In November 2017, Russia\u2019s Pacific Navy and the Japan Maritime Self-Defense Force ran the 17th joint naval rescue exercise.",
                                 "In September 2017, Nikolai Patrushev, Secretary of the Russian Federation Security Council, and Shotaro Yachi, Secretary "
                                 "General of Japan\u2019s National Security Council, signed a memorandum of understanding setting the framework.",
                                 "In December 2017, Patrushev and Yachi exchanged opinions in Moscow in accordance with these arrangements."}) {
        for (const Fact& date : extractDates(sentence, {14, sentenceIndex++, 2017})) dates.push_back(date);
    }
    const auto order = writeOrdering(dates);
    REQUIRE(order);
    CHECK(std::get<OrderingAnswer>(order->question.answer).items ==
          std::vector<std::string>{"Nikolai Patrushev and Shotaro Yachi signed a memorandum of understanding",
                                   "Russia\u2019s Pacific Navy and the Japan Maritime Self-Defense Force ran the 17th joint naval rescue exercise",
                                   "Patrushev and Yachi exchanged opinions in Moscow"});
    std::vector<Fact> made;
    for (const char* sentence : {"In March 2019, Maria Lopez, Director of the Lisbon Port Authority, and Carlos Ruiz, Chair of the Rail Council, signed a memorandum.",
                                 "In June 2020, the Rail Council opened its third office in Porto.", "In January 2021, Lopez and Ruiz visited the terminal."}) {
        for (const Fact& date : extractDates(sentence, {8, sentenceIndex++, 2021})) made.push_back(date);
    }
    const auto madeOrder = writeOrdering(made);
    REQUIRE(madeOrder);
    CHECK(std::get<OrderingAnswer>(madeOrder->question.answer).items.front() == "Maria Lopez and Carlos Ruiz signed a memorandum");
}

TEST_CASE("draft kinds: a name's leading pair of parties, stated in the prompt, is optional") {
    CHECK(withoutStatedQualifier("Russia-Japan Council of Governors", "Which organisation have Russia and Japan agreed to revive?") ==
          "Council of Governors");
    CHECK(withoutStatedQualifier("Russia-Japan Council of Governors", "Which organisation have the countries agreed to revive?").empty());
    CHECK(withoutStatedQualifier("Portugal\u2013Spain Rail Board", "Which body did Portugal and Spain found?") == "Rail Board");
    CHECK(withoutStatedQualifier("Baltic Ports Council", "Which organisation did the Baltic cities join?").empty());
}
