// The rules that keep a drafted question standing alone and right: context words resolved, the occasion
// kept, anaphora cut, posts out of other prompts, giveaways dropped, clozes on whole names in a key clause,
// tags from what is asked, and the head's author and date. Each on a sentence of the Russia–Japan article
// and on a made-up one.
#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "core/draft/article.hpp"
#include "core/draft/extractors.hpp"
#include "core/draft/giveaways.hpp"
#include "core/draft/head_questions.hpp"
#include "core/draft/prompt_context.hpp"
#include "core/draft/prompts.hpp"
#include "core/draft/writers.hpp"

using namespace retain;
using namespace retain::draft;

namespace {

const SentencePlace kPlace{9, 0, 2018};

Fact onlyFact(const std::vector<Fact>& facts) {
    REQUIRE(facts.size() == 1);
    return facts[0];
}

Fact nameFact(const std::string& sentence, const std::string& text) {
    for (const Fact& fact : extractNames(sentence, kPlace)) {
        if (fact.text == text) return fact;
    }
    FAIL("no name " << text);
    return {};
}

DraftedQuestion drafted(const std::string& prompt, FactKind kind, double score, std::vector<std::vector<std::string>> gives) {
    DraftedQuestion question;
    question.question.prompt = prompt;
    question.kind = kind;
    question.paragraph = 14;
    question.score = score;
    question.gives = std::move(gives);
    return question;
}

}  // namespace

TEST_CASE("draft context: relative years and 'the two countries' resolved from the article's head") {
    const ArticleContext article = contextFromHead("2018-06-14", "Asymmetry of Russia\u2013Japan Relations");
    CHECK(article.year == 2018);
    CHECK(article.first == "Russia");
    CHECK(article.second == "Japan");
    CHECK(article.month == "June 2018");
    const Fact trade = onlyFact(extractQuantities(
        "Speaking at the business dialogue, the President of Russia noted that both the trade turnover between the two countries "
        "(USD 18 billion last year) and investment cooperation could be increased several-fold.",
        kPlace));
    CHECK(resolveContext(sumPrompt(trade), article) == std::optional<std::string>("How large was the trade turnover between Russia and Japan in 2017?"));
    CHECK(resolveContext("When did the two leaders hold bilateral talks in Moscow?", article) ==
          std::optional<std::string>("When did the leaders of Russia and Japan hold bilateral talks in Moscow?"));

    const ArticleContext madeUp = contextFromHead("2021-03-03", "Portugal-Spain Harbour Deal Signed");
    CHECK(madeUp.first == "Portugal");
    CHECK(resolveContext("How many agreements did the two governments sign this year?", madeUp) ==
          std::optional<std::string>("How many agreements did the governments of Portugal and Spain sign in 2021?"));
    CHECK(resolveContext("Who will chair the council next year?", madeUp) == std::optional<std::string>("Who will chair the council in 2022?"));
    // A state at the time of writing is dated by the article.
    CHECK(resolveContext("How many projects had the Russia\u2013Japan investment platform already financed?", article) ==
          std::optional<std::string>("How many projects had the Russia\u2013Japan investment platform already financed, according to the article of June 2018?"));
    CHECK(resolveContext("How many piers has the fund already built?", madeUp) ==
          std::optional<std::string>("How many piers has the fund already built, according to the article of March 2021?"));
    CHECK_FALSE(resolveContext("How many piers has the fund already built?", contextFromHead("2021", "Harbour Notes")));
    // What still needs the article is refused: no date for "last year", no pair for "the two", "recently", "these".
    CHECK_FALSE(resolveContext("How large was trade last year?", contextFromHead("", "Trade Notes")));
    CHECK_FALSE(resolveContext("When did the two governments meet?", contextFromHead("2021-03-03", "Harbour Deal Signed")));
    CHECK_FALSE(resolveContext("When did the port recently open?", madeUp));
    CHECK_FALSE(resolveContext("When did Patrushev and Yachi meet under these arrangements?", article));
}

TEST_CASE("draft prompts: the occasion stays, and a phrase pointing back into the article goes") {
    struct Case {
        const char* sentence;
        const char* prompt;
    };
    const Case cases[] = {
        // The occasion stays: which of a leader's statements, which talks.
        {"Revealingly, in January 2018, in his speech to Parliament, Prime Minister Abe described Japan\u2019s relations with Russia as "
         "having the greatest potential among all bilateral relations.",
         "When did Prime Minister Abe describe Japan\u2019s relations with Russia as having the greatest potential among all bilateral "
         "relations in his speech to Parliament?"},
        {"Already in Moscow on May 26, the two leaders held bilateral talks, contacted the International Space Station, whose current crew "
         "includes a Japanese astronaut.",
         "When did the two leaders hold bilateral talks in Moscow?"},
        {"In March 2020, at the opening of the harbour, Mayor Ruiz unveiled a statue.", "When did Mayor Ruiz unveil a statue at the opening of the harbour?"},
        // A phrase pointing back into the article goes.
        {"In December 2017, Patrushev and Yachi exchanged opinions in Moscow in accordance with these arrangements.",
         "When did Patrushev and Yachi exchange opinions in Moscow?"},
        {"In May 2019, the board met in Oslo under these rules.", "When did the board meet in Oslo?"},
        // A participle after "a statement" says which statement; after other words it opens a new clause.
        {"In April 2018, Japan joined the other G7 countries in a statement supporting Great Britain\u2019s stance on Russia\u2019s complicity "
         "in the poisoning in Salisbury.",
         "When did Japan join the other G7 countries in a statement supporting Great Britain\u2019s stance on Russia\u2019s complicity?"},
        {"In June 2019, the council published a report praising the new harbour master.", "When did the council publish a report praising the new harbour master?"},
        // "When was <a visit>?" says which visit: the relative clause that dates it comes along.
        {"In the statement following the Russia\u2013Japan talks, Prime Minister Abe once again referred to sincere commitment to resolving "
         "the issue of a peace treaty, which the leaders confirmed during President Putin\u2019s visit to Japan in December 2016.",
         "When was President Putin\u2019s visit to Japan during which the leaders confirmed sincere commitment to resolving the issue of a peace treaty?"},
        {"The minister praised the new rail plan, which the mayors approved at the Lisbon summit in May 2019.",
         "When was the Lisbon summit at which the mayors approved the new rail plan?"},
        // A second verb after "and" takes the base form too.
        {"In May 2018, the leaders met in Moscow and signed a treaty.", "When did the leaders meet in Moscow and sign a treaty?"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.sentence);
        const std::vector<Fact> dates = extractDates(c.sentence, kPlace);
        REQUIRE_FALSE(dates.empty());
        CHECK(datePrompt(dates[0]) == c.prompt);
    }
}

TEST_CASE("draft dates: a day or a month is asked within its year, a year as it is") {
    const auto promptOf = [](const std::string& sentence) {
        const std::vector<Fact> dates = extractDates(sentence, kPlace);
        REQUIRE_FALSE(dates.empty());
        const auto question = writeDirect(dates[0], "");
        REQUIRE(question);
        return question->question.prompt;
    };
    CHECK(promptOf("On May 25\u201326, 2018, Prime Minister of Japan Shinzo Abe made an official visit to Russia.") ==
          "On which days of 2018 did Prime Minister of Japan Shinzo Abe make an official visit to Russia?");
    CHECK(promptOf("In March 2018, Ministers of Foreign Affairs Sergey Lavrov and Taro Kono held consultations.") ==
          "In which month of 2018 did Ministers of Foreign Affairs Sergey Lavrov and Taro Kono hold consultations?");
    CHECK(promptOf("On June 3, 2020, the board met in Oslo.") == "On which day of 2020 did the board meet in Oslo?");
    CHECK(promptOf("In 2017, the harbour fund was established by the city.").rfind("When ", 0) == 0);
}

TEST_CASE("draft prompts: counts and sums asked of the noun phrase that owns them") {
    const std::string platform =
        "Prime Minister Abe drew particular attention to the fact that the Russia\u2013Japan investment platform established in 2017 by "
        "the RDIF and JBIC with USD 1 billion in capital had already financed three projects (Transneft\u2019s infrastructure project, the "
        "Doctis online platform and a gas chemical complex jointly with Marubeni).";
    for (const Fact& fact : extractQuantities(platform, kPlace)) {
        if (fact.kind == FactKind::Sum) CHECK(sumPrompt(fact) == "How much capital did the Russia\u2013Japan investment platform have, in USD?");
        if (fact.kind == FactKind::Count) CHECK(countPrompt(fact) == "How many projects had the Russia\u2013Japan investment platform already financed?");
    }
    const std::string fund = "The mayor noted that the harbour fund founded in 2015 by the city with EUR 5 million in capital had already built four piers.";
    int seen = 0;
    for (const Fact& fact : extractQuantities(fund, kPlace)) {
        if (fact.kind == FactKind::Sum) CHECK(sumPrompt(fact) == "How much capital did the harbour fund have, in EUR?");
        if (fact.kind == FactKind::Count) CHECK(countPrompt(fact) == "How many piers had the harbour fund already built?");
        ++seen;
    }
    CHECK(seen == 2);

    const Fact documents = onlyFact(extractQuantities(
        "All in all, following the talks between Russia and Japan\u2019s leaders, 11 documents were signed, including on concretizing the plan.", kPlace));
    CHECK(countPrompt(documents) == "How many documents were signed following the talks between Russia and Japan\u2019s leaders?");
    const Fact treaties = onlyFact(extractQuantities("For instance, after the summit, 9 treaties were signed.", kPlace));
    CHECK(countPrompt(treaties) == "How many treaties were signed after the summit?");
    const Fact trade = onlyFact(extractQuantities("Trade between the countries reached EUR 40 billion in 2020.", kPlace));
    CHECK(sumPrompt(trade) == "How much did trade between the countries reach in 2020?");
    const Fact defense = onlyFact(extractQuantities("Ministries of Defense of both countries planned 20 joint events for 2018.", kPlace));
    CHECK(countPrompt(defense) == "How many joint events did Ministries of Defense of both countries plan for 2018?");
    const Fact agreements = onlyFact(extractQuantities("The leaders met in Lisbon and signed 12 agreements.", kPlace));
    CHECK(countPrompt(agreements) == "How many agreements did the leaders sign?");
}

TEST_CASE("draft ordinals: 'This was his 21st meeting' dated by the paragraph's earlier date") {
    const Fact meeting = onlyFact(extractOrdinals(
        "This was Mr. Abe\u2019s 21st meeting with Vladimir Putin, which is truly unprecedented for Russia\u2013Japan relations.", kPlace));
    CHECK(ordinalPrompt(meeting, "May 2018") ==
          "Which meeting with Vladimir Putin did Mr. Abe have in May 2018, counting from the first? Give its place in the series, such as 5th.");
    const Fact visit = onlyFact(extractOrdinals("It was the mayor's third visit to Sines since the port opened.", kPlace));
    CHECK(ordinalPrompt(visit, "March 2020") ==
          "Which visit to Sines since the port opened did the mayor have in March 2020, counting from the first? Give its place in the series, such as 5th.");
    // No earlier date: the echo stays, and its "This" keeps it from standing alone.
    CHECK(ordinalPrompt(meeting, "").rfind("This was Mr. Abe\u2019s which meeting", 0) == 0);
    CHECK_FALSE(resolveContext(ordinalPrompt(meeting, ""), contextFromHead("2018-06-14", "Asymmetry of Russia\u2013Japan Relations")));
    const Fact exercise = onlyFact(extractOrdinals(
        "In November 2017, Russia\u2019s Pacific Navy and the Japan Maritime Self-Defense Force ran the 17th joint naval rescue exercise.", kPlace));
    CHECK(ordinalPrompt(exercise, "").rfind("Russia\u2019s Pacific Navy and the Japan Maritime Self-Defense Force ran which joint naval rescue exercise?", 0) == 0);
}

TEST_CASE("draft people: a counterpart of a person named before in the sentence") {
    const auto people = extractPeople(
        "Following the meeting between Sergey Lavrov, Russia\u2019s Minister of Foreign Affairs, and his Japanese counterpart Taro Kono in "
        "March 2018, the latter noted that use of chemical weapons was unacceptable.",
        kPlace);
    REQUIRE(people.size() == 2);
    CHECK(people[1].name == "Taro Kono");
    CHECK(people[1].post == "Sergey Lavrov\u2019s Japanese counterpart");
    CHECK(people[1].evidence.find("his Japanese counterpart Taro Kono") != std::string::npos);
    const auto made = extractPeople("Maria Lopez, Director of the Lisbon Port Authority, met her Spanish counterpart Elena Ruiz in Vigo.", kPlace);
    REQUIRE(made.size() == 2);
    CHECK(made[1].post == "Maria Lopez\u2019s Spanish counterpart");
    // No one named before: no post to be a counterpart of.
    CHECK(extractPeople("The minister met his Spanish counterpart Elena Ruiz in Vigo.", kPlace).empty());
}

TEST_CASE("draft people: asked by post as of the article's date, a bracketed gloss left out") {
    const Fact asada = onlyFact(extractPeople(
        "Teruo Asada, Chair of the Russia-Japan Business Cooperation Committee at Keidanren (Japan Business Federation), noted that Japanese "
        "business was not particularly active.",
        kPlace));
    CHECK(personPrompt(asada, "June 2018") ==
          "Who was Chair of the Russia-Japan Business Cooperation Committee at Keidanren, according to the article of June 2018?");
    const Fact lopez = onlyFact(extractPeople("Maria Lopez, Director of the Port Authority (APL), opened the terminal.", kPlace));
    CHECK(personPrompt(lopez, "") == "Who was Director of the Port Authority, according to the article?");
}

TEST_CASE("draft giveaways: posts leave other prompts, and a prompt stating another's answer loses the weaker one") {
    const std::string visit = "On May 25\u201326, 2018, Prime Minister of Japan Shinzo Abe made an official visit to Russia.";
    const Fact abe = onlyFact(extractPeople(visit, kPlace));
    const Fact patrushev = extractPeople(
        "In September 2017, Nikolai Patrushev, Secretary of the Russian Federation Security Council, and Shotaro Yachi, Secretary General of "
        "Japan\u2019s National Security Council, signed a memorandum.",
        kPlace)[0];
    const Fact lopez = onlyFact(extractPeople("Maria Lopez, Director of the Lisbon Port Authority, opened the terminal.", kPlace));
    std::vector<DraftedQuestion> questions = {
        drafted("When did Prime Minister of Japan Shinzo Abe make an official visit to Russia?", FactKind::Date, 10, {}),
        drafted("When did Prime Minister Abe take part in the plenary session?", FactKind::Date, 10, {}),
        drafted("When did Nikolai Patrushev, Secretary of the Russian Federation Security Council, and Yachi sign a memorandum?", FactKind::Date, 9, {}),
        drafted("When did Maria Lopez, Director of the Lisbon Port Authority open the terminal?", FactKind::Date, 9, {}),
        drafted("Who was Secretary of the Russian Federation Security Council, according to the article?", FactKind::Person, 9, {}),
        drafted("Which meeting with Vladimir Putin did Mr. Abe have in May 2018, counting from the first?", FactKind::Ordinal, 7, {}),
        drafted("When did Ms. Lopez and Mr. Lopezy open the terminal?", FactKind::Date, 9, {}),
    };
    stripPosts(questions, {abe, patrushev, lopez});
    CHECK(questions[0].question.prompt == "When did Shinzo Abe make an official visit to Russia?");
    CHECK(questions[1].question.prompt == "When did Shinzo Abe take part in the plenary session?");
    CHECK(questions[2].question.prompt == "When did Nikolai Patrushev and Yachi sign a memorandum?");
    CHECK(questions[3].question.prompt == "When did Maria Lopez open the terminal?");
    CHECK(questions[4].question.prompt == "Who was Secretary of the Russian Federation Security Council, according to the article?");
    // The article's "Mr. Abe" named in full; a longer name that starts the same stays.
    CHECK(questions[5].question.prompt == "Which meeting with Vladimir Putin did Shinzo Abe have in May 2018, counting from the first?");
    CHECK(questions[6].question.prompt == "When did Maria Lopez and Mr. Lopezy open the terminal?");

    // "17th" in a date prompt answers the ordinal; the ordinal (lower score) goes, the date stays.
    std::vector<DraftedQuestion> naval = {
        drafted("When did the Pacific Navy run the 17th joint naval rescue exercise?", FactKind::Date, 9, {{"November 2017"}}),
        drafted("The Pacific Navy ran which joint naval rescue exercise?", FactKind::Ordinal, 7, {{"17th"}, {"seventeenth "}}),
        drafted("Who was Secretary of the Council?", FactKind::Person, 9, {{"Patrushev", "Secretary of the Council"}}),
    };
    // A choice naming Patrushev among other people does not state his post: nothing goes for it.
    ChoiceAnswer choice;
    choice.choices = {"Nikolai Patrushev", "Shotaro Yachi"};
    naval.push_back(drafted("Who was Secretary General of the Board?", FactKind::Person, 8.5, {{"Yachi", "Secretary General of the Board"}}));
    naval.back().question.answer = choice;
    CHECK(dropGiveaways(naval) == 1);
    REQUIRE(naval.size() == 3);
    CHECK(naval[0].kind == FactKind::Date);
    CHECK(naval[1].kind == FactKind::Person);
    std::vector<DraftedQuestion> piers = {
        drafted("Which place fills the gap?", FactKind::Name, 5, {{"Sines"}}),
        drafted("How many piers did the city build in Sines?", FactKind::Count, 9, {{"four piers"}}),
    };
    CHECK(dropGiveaways(piers) == 1);
    REQUIRE(piers.size() == 1);
    CHECK(piers[0].kind == FactKind::Count);
}

TEST_CASE("draft names: asked as the object of their verb, else a cloze on the key clause") {
    // The name ends its clause as the object: a question in our own words, the name typed.
    const std::string council =
        "The countries have also agreed to revive the Russia-Japan Council of Governors, which had been quite effective in the Soviet era.";
    const auto revived = writeNameQuestion(nameFact(council, "Russia-Japan Council of Governors"));
    REQUIRE(revived);
    // "also" links the sentence to the one before it: no part of the question.
    CHECK(revived->question.prompt == "Which organisation have the countries agreed to revive?");
    CHECK(std::get<TextAnswer>(revived->question.answer).accepted == std::vector<std::string>{"Russia-Japan Council of Governors"});
    CHECK(revived->question.tags == std::vector<std::string>{"organisations"});
    const std::string ports = "In 2020, the city of Porto joined the Baltic Ports Council, which meets every year in Riga.";
    const auto joined = writeNameQuestion(nameFact(ports, "Baltic Ports Council"));
    REQUIRE(joined);
    CHECK(joined->question.prompt == "Which organisation did the city of Porto join?");
    const auto alsoJoined = writeNameQuestion(nameFact("The two ports have also joined the Baltic Ports Council, which meets in Riga.", "Baltic Ports Council"));
    REQUIRE(alsoJoined);
    CHECK(alsoJoined->question.prompt == "Which organisation have the two ports joined?");

    // Otherwise a cloze on the clause, its opener and relative clause left out.
    const std::string forum = "In June 2019, the ministers met at the Atlantic Ports Forum near the old harbour, which drew 300 guests.";
    const auto met = writeNameQuestion(nameFact(forum, "Atlantic Ports Forum"));
    REQUIRE(met);
    CHECK(met->question.prompt == "Which event fills the gap?");
    CHECK(std::get<ClozeAnswer>(met->question.answer).text == "The ministers met at the {{0}} near the old harbour.");
    CHECK(met->question.tags == std::vector<std::string>{"events", "politics"});  // "ministers" in the clause
    const std::string forumRiac =
        "On May 25, Prime Minister Abe took part in the plenary session of the St. Petersburg International Economic Forum together with the presidents of Russia and France.";
    const auto spief = writeNameQuestion(nameFact(forumRiac, "St. Petersburg International Economic Forum"));
    REQUIRE(spief);
    CHECK(std::get<ClozeAnswer>(spief->question.answer).text.rfind("Prime Minister Abe took part in the plenary session of the {{0}} together", 0) == 0);

    // "Ministries of Defense of Russia" is cut before "and Japan"; "Taro Kono" says nothing of what it names.
    const std::string defence = "The Ministries of Defense of Russia and Japan have slated approximately 20 joint events for 2018.";
    CHECK_FALSE(writeNameQuestion(nameFact(defence, "Ministries of Defense of Russia")));
    CHECK_FALSE(writeNameQuestion(nameFact("The Harbour Board of Porto and Sines opened a new office in the old town.", "Harbour Board of Porto")));
    CHECK_FALSE(writeNameQuestion(nameFact("In March 2018, Ministers of Foreign Affairs Sergey Lavrov and Taro Kono held consultations.", "Taro Kono")));
    CHECK_FALSE(writeNameQuestion(nameFact("The new ferry line to Ilha Verde opened after a long wait in the spring.", "Ilha Verde")));
}

TEST_CASE("draft tags: the topic of what is asked, before the rest of the sentence") {
    const std::string talks =
        "Already in Moscow on May 26, the two leaders held bilateral talks, contacted the International Space Station, and conducted the "
        "opening ceremony of launching the cross years of Russia and Japan in the Bolshoi Theatre.";
    const Fact date = extractDates(talks, kPlace)[0];
    CHECK(tagsFor(date, datePrompt(date)) == std::vector<std::string>{"dates", "politics"});
    const Fact made = onlyFact(extractDates("In May 2020, the ministers signed a trade deal at the new festival theatre.", kPlace));
    CHECK(tagsFor(made, "When did the ministers sign a trade deal?") == std::vector<std::string>{"dates", "economy"});
    CHECK(tagsFor(made, "When did it happen?") == std::vector<std::string>{"dates", "economy"});  // nothing asked: the sentence's topic
    const Fact gerasimov = onlyFact(extractPeople("Valery Gerasimov, Russia\u2019s Chief of General Staff, visited Tokyo and held talks.", kPlace));
    CHECK(tagsFor(gerasimov, personPrompt(gerasimov, "")) == std::vector<std::string>{"people", "security"});
}

namespace {

// The head questions of an article's text; empty when the text is no article.
std::vector<DraftedQuestion> headOf(const std::string& text) {
    const ArticleRead read = readArticle(text);
    CAPTURE(read.message);
    REQUIRE(read.ok);
    return writeHeadQuestions(read.article);
}

}  // namespace

TEST_CASE("draft head: the author and the date line give two source questions") {
    const std::vector<DraftedQuestion> head = headOf(
        "Harbour Deal Signed in Lisbon\n\nMarch 3, 2021 Europe , Trade\n\nBy\n\nJo Reporter\n\n"
        "On February 10, 2021, the two governments signed 14 agreements on ports and rail in the old harbour of Lisbon.\n");
    REQUIRE(head.size() == 2);
    CHECK(head[0].question.prompt == "Who wrote the article \u201CHarbour Deal Signed in Lisbon\u201D?");
    CHECK(head[0].question.source.paragraph == 4);
    CHECK(head[0].question.source.evidence == "Jo Reporter");
    CHECK(std::get<TextAnswer>(head[0].question.answer).accepted == std::vector<std::string>{"Jo Reporter", "Reporter"});
    CHECK(head[1].question.prompt == "When was the article \u201CHarbour Deal Signed in Lisbon\u201D published?");
    CHECK(head[1].question.source.paragraph == 2);
    CHECK(head[1].question.source.evidence == "March 3, 2021");
    CHECK(std::get<DateAnswer>(head[1].question.answer).from == CalendarDate{2021, 3, 3});
    CHECK(head[1].question.tags == std::vector<std::string>{"source"});

    // The article's own head: "June 14, 2018 Asia , Europe , ..." and "By" / "Anna Kireeva".
    const std::vector<DraftedQuestion> riacHead = headOf(
        "Asymmetry of Russia\u2013Japan Relations\n\nJune 14, 2018 Asia , Europe , Opinion , OPINION/NEWS , Russia\n\nAP photo\n\nBy\n\nAnna Kireeva\n\n"
        "On May 25\u201326, 2018, Prime Minister of Japan Shinzo Abe made an official visit to Russia and met the President.\n");
    REQUIRE(riacHead.size() == 2);
    CHECK(std::get<TextAnswer>(riacHead[0].question.answer).accepted[0] == "Anna Kireeva");
    CHECK(riacHead[0].question.source.paragraph == 5);
    CHECK(riacHead[1].question.source.evidence == "June 14, 2018");
    // No by-line, no author question.
    CHECK(headOf("Notes\n\nOn February 10, 2021, the council signed 14 agreements on ports and rail in the harbour. The agreements "
                 "cover the old quays, the new rail yard and the ferry line to the islands.\n")
              .empty());
}
