// [SECTION] tags and explanations
// [SECTION] direct questions
// [SECTION] choice, ordering and cloze
#include "core/draft/writers.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/calendar/calendar_date.hpp"
#include "core/draft/kinds.hpp"
#include "core/draft/prompts.hpp"
#include "core/draft/words.hpp"
#include "core/text/number_text.hpp"

namespace retain::draft {

namespace {

// [SECTION] tags and explanations ----------------------------------------------------------------

struct Topic {
    const char* tag;
    std::array<std::string_view, 9> words;  // lower-case word starts that mark the topic
};

constexpr std::array<Topic, 5> kTopics = {{
    {"security", {"security", "defen", "military", "naval", "missile", "navy", "weapon", "exercise", "general staff"}},
    {"economy", {"trade", "invest", "economic", "business", "project", "capital", "fund", "plant", "economy"}},
    {"media", {"media", "newspaper", "shimbun", "press", "journal", "broadcast", "ratings", "public opinion", ""}},
    {"culture", {"cultur", "tourism", "education", "youth", "theatre", "festival", "scholar", "exchange program", ""}},
    {"politics", {"treaty", "talks", "diplomat", "minister", "president", "visit", "summit", "parliament", "statement"}},
}};

std::string topicOf(const std::string& sentence) {
    const std::string lower = lowerAscii(sentence);
    for (const Topic& topic : kTopics) {
        for (const std::string_view word : topic.words) {
            if (!word.empty() && lower.find(word) != std::string::npos) return topic.tag;
        }
    }
    return {};
}

const char* nameTag(const std::string& name) {
    constexpr std::array<std::string_view, 6> events = {"Forum", "Summit", "Ceremony", "Games", "Exercise", "Conference"};
    constexpr std::array<std::string_view, 12> bodies = {"Council", "Ministry", "Ministries", "Committee", "Federation", "Force",
                                                         "Navy", "Party", "Fund", "Bank", "Agency", "Staff"};
    for (const std::string_view word : events) {
        if (name.find(word) != std::string::npos) return "events";
    }
    for (const std::string_view word : bodies) {
        if (name.find(word) != std::string::npos) return "organisations";
    }
    return "places";
}

std::string explanationFor(const Fact& fact, const std::string& answer) {
    return "Paragraph " + std::to_string(fact.paragraph) + " of the article gives " + answer + ": \u201C" + fact.evidence + "\u201D.";
}

Question baseQuestion(const Fact& fact, std::string prompt) {
    Question question;
    question.tags = tagsFor(fact, prompt);
    question.prompt = std::move(prompt);
    question.source.paragraph = fact.paragraph;
    question.source.evidence = fact.evidence;
    question.draft = true;
    return question;
}

// A score lowered for prompts that fell back to echoing the sentence.
double scored(double base, const std::string& prompt) {
    const bool templated = prompt.rfind("When ", 0) == 0 || prompt.rfind("How ", 0) == 0 || prompt.rfind("Who ", 0) == 0 ||
                           prompt.rfind("What ", 0) == 0 || prompt.rfind("On which ", 0) == 0 || prompt.rfind("In which ", 0) == 0;
    return templated ? base : base - 1.5;
}

std::string surnameOf(const std::string& name) {
    const std::size_t space = name.rfind(' ');
    return space == std::string::npos ? std::string() : name.substr(space + 1);
}

std::string dateText(const Fact& fact) {
    if (fact.from == fact.to) return dateInWords(fact.from, fact.precision);
    return fact.text;
}

// "When did the ministers meet?" asks for one of every meeting they ever had: a day or a month is asked
// within its year ("On which day of 2018 did ...", "In which month of 2017 did ..."), as a teacher would.
std::string withinYear(const std::string& prompt, const Fact& fact) {
    if (prompt.rfind("When ", 0) != 0 || fact.precision == DatePrecision::Year || fact.from.year != fact.to.year) return prompt;
    const std::string year = std::to_string(fact.from.year);
    const bool range = !(fact.from == fact.to);
    const std::string asked = fact.precision == DatePrecision::Month ? (range ? "In which months of " : "In which month of ")
                                                                       : (range ? "On which days of " : "On which day of ");
    return asked + year + prompt.substr(4);
}

// The surname of the person a post is relative to: the possessive after a capitalised name word
// ("Sergey Lavrov's Japanese counterpart" -> "Lavrov"); empty for "Russia's Minister" or "of Japan's Council".
std::string relatedPerson(const std::string& post) {
    const std::vector<Token> tokens = tokenize(post);
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const std::string_view core = tokens[i].core;
        for (const std::string_view mark : {std::string_view("\xE2\x80\x99s"), std::string_view("'s")}) {
            const bool possessive = core.size() > mark.size() && core.substr(core.size() - mark.size()) == mark;
            if (possessive && isCapitalised(tokens[i - 1].core) && !isPostWord(tokens[i - 1].core) && !tokens[i - 1].closesClause &&
                isCapitalised(core)) {
                return std::string(core.substr(0, core.size() - mark.size()));
            }
        }
    }
    return {};
}

// What states the fact's answer in another question's text (DraftedQuestion::gives). A bare year is
// left out: "2017" stands in many prompts without answering "When was the platform established?".
std::vector<std::vector<std::string>> givesOf(const Fact& fact) {
    switch (fact.kind) {
        case FactKind::Date: return fact.precision == DatePrecision::Year ? std::vector<std::vector<std::string>>{} : std::vector<std::vector<std::string>>{{fact.text}};
        case FactKind::Sum:
        case FactKind::Count:
        case FactKind::Percent: return {{fact.text}};
        case FactKind::Ordinal: {
            const std::string written = fact.text.substr(0, fact.text.find(' '));
            return {{ordinalDigits(static_cast<int>(fact.value))}, {written + " "}};
        }
        case FactKind::Person: {
            const std::string surname = surnameOf(fact.name).empty() ? fact.name : surnameOf(fact.name);
            std::vector<std::vector<std::string>> gives = {{surname, fact.post}};
            // A post that names another person ("Sergey Lavrov's Japanese counterpart") is given away by any
            // text naming the two together: "Sergey Lavrov and Taro Kono held consultations".
            if (const std::string other = relatedPerson(fact.post); !other.empty()) gives.push_back({surname, other});
            return gives;
        }
        case FactKind::Acronym: return {{fact.post}};  // a prompt spelling out the full name tells what the letters stand for
        case FactKind::Name: return {{fact.text}};
    }
    return {};
}

// The key clause of a cloze's sentence [begin, end): an opening adverbial before the name ("In November
// 2017,", "Revealingly,") and a relative clause after it (", which had been ...") left out, so the cloze is
// the fact, not the article's sentence.
std::pair<std::size_t, std::size_t> clozeClause(const std::vector<Token>& tokens, const Fact& name) {
    std::size_t begin = 0;
    const std::string opener = lowerAscii(tokens[0].core);
    const bool adverbial = opener == "in" || opener == "on" || opener == "at" || opener == "during" || opener == "after" ||
                           opener == "following" || opener == "for" || (opener.size() > 3 && opener.substr(opener.size() - 2) == "ly");
    if (adverbial) {
        std::size_t comma = 0;
        while (comma < name.first && comma < 10 && !tokens[comma].closesClause) ++comma;
        if (comma < name.first && tokens[comma].word.back() == ',') begin = comma + 1;
    }
    std::size_t end = tokens.size();
    for (std::size_t i = name.last; i + 1 < tokens.size(); ++i) {
        const std::string next = lowerAscii(tokens[i + 1].core);
        if (tokens[i].word.back() == ',' && (next == "which" || next == "whose" || next == "who" || next == "while" || next == "but")) {
            end = i + 1;
            break;
        }
    }
    return {begin, end};
}

// True when a capitalised span is no name to blank: two bare name words that do not say what they name
// (a person, a paper or a region: "Taro Kono", "Korean Peninsula"), or a span whose end is unclear because
// "and" and another capitalised word follow ("Ministries of Defense of Russia and Japan").
bool unclearName(const std::vector<Token>& tokens, const Fact& name) {
    const bool twoWords = name.last == name.first + 1 && !isNameJoiner(tokens[name.first].core);
    const bool continues = name.last + 2 < tokens.size() && tokens[name.last + 1].core == "and" && !tokens[name.last].closesClause &&
                           isCapitalised(tokens[name.last + 2].core);
    return (twoWords && std::string_view(nameTag(name.text)) == "places") || continues;
}

}  // namespace

std::string withoutStatedQualifier(const std::string& name, const std::string& prompt) {
    const std::size_t space = name.find(' ');
    if (space == std::string::npos) return {};
    const std::string first = name.substr(0, space);
    std::size_t dash = first.find('-');
    std::size_t width = 1;
    if (dash == std::string::npos && (dash = first.find("\xE2\x80\x93")) != std::string::npos) width = 3;
    if (dash == std::string::npos || dash == 0 || dash + width >= first.size()) return {};
    const std::string left = first.substr(0, dash);
    const std::string right = first.substr(dash + width);
    if (!isCapitalised(left) || !isCapitalised(right) || prompt.find(left) == std::string::npos || prompt.find(right) == std::string::npos) return {};
    return name.substr(space + 1);
}

std::vector<std::string> tagsFor(const Fact& fact, const std::string& asked) {
    std::vector<std::string> tags;
    switch (fact.kind) {
        case FactKind::Date: tags.emplace_back("dates"); break;
        case FactKind::Sum:
        case FactKind::Count:
        case FactKind::Percent:
        case FactKind::Ordinal: tags.emplace_back("figures"); break;
        case FactKind::Person: tags.emplace_back("people"); break;
        case FactKind::Acronym: tags.emplace_back("organisations"); break;
        case FactKind::Name: tags.emplace_back(nameTag(fact.text)); break;
    }
    // The topic of what is asked; the sentence's only when the question names none ("bilateral talks" in a
    // sentence that ends at the theatre is politics, not culture).
    std::string topic = topicOf(asked);
    if (topic.empty() && fact.kind != FactKind::Person) topic = topicOf(fact.sentenceText);
    if (!topic.empty() && std::find(tags.begin(), tags.end(), topic) == tags.end()) tags.push_back(topic);
    return tags;
}

// [SECTION] direct questions ---------------------------------------------------------------------

std::optional<DraftedQuestion> writeDirect(const Fact& fact, const std::string& when) {
    DraftedQuestion drafted;
    drafted.kind = fact.kind;
    drafted.paragraph = fact.paragraph;
    drafted.gives = givesOf(fact);
    switch (fact.kind) {
        case FactKind::Date: {
            const std::string prompt = withinYear(datePrompt(fact), fact);
            drafted.question = baseQuestion(fact, prompt);
            drafted.question.explanation = explanationFor(fact, "the date, " + dateText(fact));
            DateAnswer answer;
            answer.from = fact.from;
            answer.to = fact.to;
            answer.precision = fact.precision;
            drafted.question.answer = answer;
            drafted.score = scored(fact.precision == DatePrecision::Day ? 10.0 : fact.precision == DatePrecision::Month ? 9.0 : 7.0, prompt);
            return drafted;
        }
        case FactKind::Sum:
        case FactKind::Count:
        case FactKind::Percent: {
            const std::string prompt = fact.kind == FactKind::Sum ? sumPrompt(fact) : countPrompt(fact);
            drafted.question = baseQuestion(fact, prompt);
            drafted.question.explanation =
                explanationFor(fact, fact.approximate ? "it as an approximate figure" : "the figure");
            NumericAnswer answer;
            answer.value = fact.value;
            // "approximately 20 joint events": asked "About how many", within a tenth of the figure.
            if (fact.approximate && drafted.question.prompt.rfind("How many ", 0) == 0) {
                drafted.question.prompt = "About how many " + drafted.question.prompt.substr(9);
                answer.relativeTolerance = 0.1;
            }
            answer.unit = fact.unit == "%" ? "percent" : fact.unit;
            if (fact.unit == "%") answer.unitAliases = {"%", "per cent"};
            if (fact.kind == FactKind::Sum) drafted.question.hint = "In " + fact.unit + ".";
            drafted.question.answer = answer;
            drafted.score = scored(fact.kind == FactKind::Count ? 9.0 : 10.0, prompt);
            return drafted;
        }
        case FactKind::Person: {
            const std::string prompt = personPrompt(fact, when);
            drafted.question = baseQuestion(fact, prompt);
            drafted.question.explanation = explanationFor(fact, fact.name + " as " + postWithoutGloss(fact.post));
            TextAnswer answer;
            answer.accepted = {fact.name};
            if (const std::string surname = surnameOf(fact.name); !surname.empty()) answer.accepted.push_back(surname);
            drafted.question.answer = answer;
            drafted.score = 9.0;
            return drafted;
        }
        case FactKind::Ordinal: {
            const std::string prompt = ordinalPrompt(fact, when);
            drafted.question = baseQuestion(fact, prompt);
            const int position = static_cast<int>(fact.value);
            drafted.question.explanation = explanationFor(fact, "it as the " + ordinalDigits(position) + " " + fact.unit);
            TextAnswer answer;
            answer.accepted = {ordinalDigits(position), std::to_string(position)};
            const std::string written = lowerAscii(fact.text.substr(0, fact.text.find(' ')));
            if (written != answer.accepted[0]) answer.accepted.push_back(written);
            answer.typos = false;  // "21st" and "31st" are one typo apart
            drafted.question.answer = answer;
            drafted.score = 7.0;
            return drafted;
        }
        case FactKind::Acronym: {
            const std::string prompt = acronymPrompt(fact);
            drafted.question = baseQuestion(fact, prompt);
            drafted.question.explanation =
                fact.expansionParagraph > 0 && fact.expansionParagraph != fact.paragraph
                    ? "Paragraph " + std::to_string(fact.expansionParagraph) + " names the " + fact.post + "; paragraph " +
                          std::to_string(fact.paragraph) + " calls it " + fact.name + ": \u201C" + fact.evidence + "\u201D."
                    : explanationFor(fact, fact.name + " with its full name, " + fact.post);
            TextAnswer answer;
            answer.accepted = {fact.post};
            drafted.question.answer = answer;
            drafted.score = 6.0;
            return drafted;
        }
        case FactKind::Name: return std::nullopt;  // names are asked by cloze or serve as distractors
    }
    return std::nullopt;
}

// [SECTION] choice, ordering and cloze -----------------------------------------------------------

std::optional<DraftedQuestion> writeChoice(const Fact& fact, const std::vector<Fact>& sameKind, const std::string& when) {
    std::vector<std::string> distractors;
    auto shown = [&](const Fact& other) {
        if (fact.kind == FactKind::Person) return other.name;
        if (fact.kind == FactKind::Sum) return humanNumber(other.value);
        return other.text;
    };
    const std::string right = shown(fact);
    // People of the same side: for "Russia's Minister", other people whose posts name Russia, at least three
    // of them, else the person is better asked typed than among people of the other side.
    const bool sided = fact.kind == FactKind::Person && !countriesOfPost(fact.post, sameKind).empty();
    const std::vector<Fact> candidates = fact.kind == FactKind::Person ? sameSidePeople(fact, sameKind) : sameKind;
    for (const Fact& other : candidates) {
        if (sameFact(other, fact) || distractors.size() >= 3) continue;
        if (fact.kind == FactKind::Sum && (other.unit != fact.unit || other.scale != fact.scale)) continue;
        const std::string text = shown(other);
        if (text == right || std::find(distractors.begin(), distractors.end(), text) != distractors.end()) continue;
        distractors.push_back(text);
    }
    if (distractors.size() < (sided ? 3u : 2u)) return std::nullopt;
    DraftedQuestion drafted;
    drafted.kind = fact.kind;
    drafted.paragraph = fact.paragraph;
    drafted.gives = givesOf(fact);
    const std::string prompt = fact.kind == FactKind::Person ? personPrompt(fact, when) : sumPrompt(fact);
    drafted.question = baseQuestion(fact, prompt);
    drafted.question.explanation =
        explanationFor(fact, fact.kind == FactKind::Person ? fact.name + " as " + postWithoutGloss(fact.post) : "the figure");
    ChoiceAnswer answer;
    answer.choices = distractors;
    const std::size_t at = static_cast<std::size_t>(fact.paragraph) % (distractors.size() + 1);
    answer.choices.insert(answer.choices.begin() + static_cast<std::ptrdiff_t>(at),
                          fact.kind == FactKind::Sum ? fact.unit + " " + right : right);
    if (fact.kind == FactKind::Sum) {
        for (std::size_t i = 0; i < answer.choices.size(); ++i) {
            if (i != at) answer.choices[i] = fact.unit + " " + answer.choices[i];
        }
    }
    answer.correct = static_cast<int>(at);
    drafted.question.answer = answer;
    drafted.score = scored(8.5, prompt);
    return drafted;
}

std::optional<DraftedQuestion> writeOrdering(const std::vector<Fact>& datesOfParagraph) {
    std::vector<const Fact*> events;
    for (const Fact& fact : datesOfParagraph) {
        const bool repeats = std::any_of(events.begin(), events.end(), [&](const Fact* e) { return e->from == fact.from || e->sentence == fact.sentence; });
        if (!repeats) events.push_back(&fact);
    }
    if (events.size() < 3) return std::nullopt;
    std::stable_sort(events.begin(), events.end(), [](const Fact* a, const Fact* b) { return dateBefore(a->from, b->from); });
    OrderingAnswer answer;
    for (const Fact* event : events) {
        const std::vector<Token> tokens = tokenize(event->sentenceText);
        // The event as who did what: "Patrushev and Yachi exchanged opinions in Moscow"; a long subject keeps
        // its first two words ("Nikolai Patrushev … signed a memorandum of understanding").
        std::size_t begin = event->last + 1;
        while (begin < tokens.size() && tokens[begin].core.empty()) ++begin;
        std::size_t verb = begin;
        while (verb < tokens.size() && verb < begin + 24 && pastTenseBase(std::string(tokens[verb].core)).empty()) ++verb;
        if (verb >= tokens.size() || verb == begin || verb >= begin + 24) return std::nullopt;
        std::string item;
        const auto append = [&](std::size_t from, std::size_t to) {
            for (std::size_t i = from; i < to; ++i) item += (item.empty() ? "" : " ") + std::string(tokens[i].word);
        };
        // The subject whole, without the posts set off by commas: "Nikolai Patrushev, Secretary of ..., and
        // Shotaro Yachi, Secretary General of ..., signed" reads "Nikolai Patrushev and Shotaro Yachi signed".
        std::vector<std::size_t> subject;
        for (std::size_t i = begin; i < verb; ++i) {
            if (i > begin && tokens[i - 1].word.back() == ',' && isPostWord(tokens[i].core)) {
                while (i < verb && !tokens[i].closesClause) ++i;
                continue;
            }
            subject.push_back(i);
        }
        if (subject.size() <= 12) {
            for (const std::size_t i : subject) {
                std::string word(tokens[i].word);
                while (!word.empty() && word.back() == ',') word.pop_back();
                item += (item.empty() ? "" : " ") + word;
            }
        } else {
            append(begin, begin + 2);
            while (!item.empty() && item.back() == ',') item.pop_back();
            item += " \u2026";
        }
        std::size_t stop = verb + 1;
        while (stop < tokens.size() && stop < verb + 7 && !tokens[stop - 1].closesClause) {
            // A clause on "-ing" ends the item ("... understanding setting the framework"); "of understanding" is a noun.
            const std::string_view core = tokens[stop].core;
            const bool nounAfterOf = lowerAscii(tokens[stop - 1].core) == "of";
            if (stop > verb + 2 && core.size() > 5 && core.substr(core.size() - 3) == "ing" && !nounAfterOf) break;
            ++stop;
        }
        // An item does not end on a small word: "signed a memorandum of" ends at "memorandum".
        while (stop > verb + 1) {
            const std::string word = lowerAscii(tokens[stop - 1].core);
            if (word != "of" && word != "with" && word != "in" && word != "the" && word != "a" && word != "and" && word != "to" &&
                word != "for" && word != "on" && word != "accordance" && word != "by" && word != "at") {
                break;
            }
            --stop;
        }
        append(verb, stop);
        while (!item.empty() && (item.back() == ',' || item.back() == '.' || item.back() == ';')) item.pop_back();
        if (!item.empty() && item[0] >= 'a' && item[0] <= 'z') item[0] = static_cast<char>(item[0] - 'a' + 'A');
        if (item.empty() || std::find(answer.items.begin(), answer.items.end(), item) != answer.items.end()) return std::nullopt;
        answer.items.push_back(item);
    }
    const Fact& first = *events.front();
    DraftedQuestion drafted;
    drafted.kind = FactKind::Date;
    drafted.paragraph = first.paragraph;
    drafted.question = baseQuestion(first, "Put the following events in order, earliest first.");
    std::string dates;
    for (const Fact* event : events) dates += (dates.empty() ? "" : ", then ") + dateText(*event);
    drafted.question.explanation = "Paragraph " + std::to_string(first.paragraph) + " dates them: " + dates + ".";
    drafted.question.answer = answer;
    drafted.score = 8.0;
    return drafted;
}

std::optional<DraftedQuestion> writeNameQuestion(const Fact& name) {
    const std::vector<Token> tokens = tokenize(name.sentenceText);
    if (unclearName(tokens, name)) return std::nullopt;
    const auto [begin, end] = clozeClause(tokens, name);
    const std::string kind = nameTag(name.text);
    const std::string what = kind == "organisations" ? "organisation" : kind == "events" ? "event" : "place";
    const std::string gap = spanText(name.sentenceText, tokens, name.first, name.last);
    if (const auto prompt = namePrompt(name, what, begin, end)) {
        // "Which organisation did the city of Porto join?": a question in our words, the name typed.
        DraftedQuestion drafted;
        drafted.kind = FactKind::Name;
        drafted.paragraph = name.paragraph;
        drafted.gives = givesOf(name);
        drafted.question = baseQuestion(name, *prompt);
        drafted.question.explanation = explanationFor(name, "the name, " + gap);
        TextAnswer answer;
        answer.accepted = {gap};
        if (gap.rfind("the ", 0) == 0) answer.accepted.push_back(gap.substr(4));
        drafted.question.answer = answer;
        drafted.score = 6.0;
        return drafted;
    }
    if (end - begin < 6 || end - begin > 24) return std::nullopt;  // a key clause is read whole; a long one is no question
    std::string before;
    for (std::size_t i = begin; i < name.first; ++i) before += std::string(tokens[i].word) + " ";
    const std::size_t lead = static_cast<std::size_t>(tokens[name.first].core.data() - tokens[name.first].word.data());
    before += std::string(tokens[name.first].word.substr(0, lead));
    const std::string_view lastWord = tokens[name.last].word;
    const std::size_t coreEnd = static_cast<std::size_t>(tokens[name.last].core.data() - lastWord.data()) + tokens[name.last].core.size();
    std::string after(name.last + 1 < end ? lastWord.substr(coreEnd) : std::string_view());
    for (std::size_t i = name.last + 1; i < end; ++i) after += " " + std::string(tokens[i].word);
    if (before.find_first_of("{}|") != std::string::npos || after.find_first_of("{}|") != std::string::npos) return std::nullopt;
    while (!after.empty() && (after.back() == ',' || after.back() == ';')) after.pop_back();
    if (!after.empty() && after.back() != '.') after += '.';
    if (after.empty()) after = ".";
    DraftedQuestion drafted;
    drafted.kind = FactKind::Name;
    drafted.paragraph = name.paragraph;
    drafted.gives = givesOf(name);
    std::string text = before + "{{0}}" + after;
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    drafted.question = baseQuestion(name, text);
    drafted.question.prompt = "Which " + what + " fills the gap?";
    drafted.question.explanation = explanationFor(name, "the name, " + gap);
    ClozeAnswer answer;
    answer.text = text;
    ClozeGap cloze;
    cloze.accepted = {gap};
    if (gap.rfind("the ", 0) == 0) cloze.accepted.push_back(gap.substr(4));
    answer.gaps.push_back(cloze);
    drafted.question.answer = answer;
    drafted.score = 5.0;
    return drafted;
}

}  // namespace retain::draft
