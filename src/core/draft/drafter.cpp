// [SECTION] facts of the article
// [SECTION] questions, ranking and the bank
#include "core/draft/drafter.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "core/draft/article.hpp"
#include "core/draft/extractors.hpp"
#include "core/draft/giveaways.hpp"
#include "core/draft/head_questions.hpp"
#include "core/draft/kinds.hpp"
#include "core/draft/prompt_context.hpp"
#include "core/draft/words.hpp"
#include "core/draft/writers.hpp"

namespace retain::draft {

namespace {

// Cloze questions copy a sentence; a few are worth it, a page of them is not.
constexpr std::size_t kMaxClozes = 8;

// [SECTION] facts of the article -----------------------------------------------------------------

struct ArticleFacts {
    std::vector<Fact> facts;  // distinct checkable facts, in article order
    std::vector<Fact> names;  // capitalised spans of every sentence, in article order
    std::size_t opinions = 0;
};

bool overlaps(const Fact& a, const Fact& b) {
    return a.paragraph == b.paragraph && a.sentence == b.sentence && a.first <= b.last && b.first <= a.last;
}

ArticleFacts findFacts(const Article& article) {
    ArticleFacts found;
    for (const Paragraph& paragraph : article.paragraphs) {
        if (!paragraph.body) continue;
        int year = 0;  // the paragraph's last stated year, for "on May 26"
        for (std::size_t s = 0; s < paragraph.sentences.size(); ++s) {
            const std::string& sentence = paragraph.sentences[s];
            for (const Fact& date : extractDates(sentence, {paragraph.number, static_cast<int>(s), 0})) {
                if (year == 0) year = date.from.year;
            }
            const SentencePlace place{paragraph.number, static_cast<int>(s), year};
            std::vector<Fact> names = extractNames(sentence, place);
            std::vector<Fact> acronyms = extractAcronyms(sentence, place, found.names);
            found.names.insert(found.names.end(), names.begin(), names.end());
            if (isOpinion(sentence)) {
                // A figure in brackets is stated, even inside a hope: "trade (USD 18 billion last year) could grow".
                ++found.opinions;
                const std::vector<Token> tokens = tokenize(sentence);
                for (Fact& fact : extractQuantities(sentence, place)) {
                    const bool bracketed = tokens[fact.first].word.front() == '(';
                    const bool seen = std::any_of(found.facts.begin(), found.facts.end(), [&](const Fact& f) { return sameFact(f, fact); });
                    if (bracketed && !seen) found.facts.push_back(std::move(fact));
                }
                // A person's post is stated even where the sentence reports an opinion.
                for (Fact& fact : extractPeople(sentence, place)) {
                    const bool seen = std::any_of(found.facts.begin(), found.facts.end(), [&](const Fact& f) { return sameFact(f, fact); });
                    if (!seen) found.facts.push_back(std::move(fact));
                }
                continue;
            }
            std::vector<Fact> here = extractDates(sentence, place);
            here.insert(here.end(), acronyms.begin(), acronyms.end());
            for (std::vector<Fact> more : {extractQuantities(sentence, place), extractPeople(sentence, place), extractOrdinals(sentence, place)}) {
                for (Fact& fact : more) {
                    // A figure inside a date ("2018") or a sum is not a second fact.
                    if (std::none_of(here.begin(), here.end(), [&](const Fact& f) { return overlaps(f, fact) && f.kind != FactKind::Acronym; })) {
                        here.push_back(std::move(fact));
                    }
                }
            }
            for (Fact& fact : names) {
                if (std::none_of(here.begin(), here.end(), [&](const Fact& f) { return overlaps(f, fact); })) here.push_back(std::move(fact));
            }
            for (Fact& fact : here) {
                const bool seen = std::any_of(found.facts.begin(), found.facts.end(), [&](const Fact& f) { return sameFact(f, fact); });
                if (!seen) found.facts.push_back(std::move(fact));
            }
        }
    }
    return found;
}

// The month of the last date stated before the fact's sentence in its paragraph ("May 2018"), for "This was
// his 21st meeting" read out of the article; empty when the paragraph states none before it.
std::string earlierMonth(const Fact& fact, const std::vector<Fact>& facts) {
    std::string month;
    for (const Fact& other : facts) {
        if (other.kind == FactKind::Date && other.paragraph == fact.paragraph && other.sentence < fact.sentence && other.from.month > 0) {
            month = dateInWords(CalendarDate{other.from.year, other.from.month, 0}, DatePrecision::Month);
        }
    }
    return month;
}

// Puts the prompt (and a cloze's text) out of the article's context; false when a word that needs the
// article stays ("recently", "these ..."), so the question is better skipped.
bool standsAlone(Question& question, const ArticleContext& context) {
    const std::optional<std::string> prompt = resolveContext(question.prompt, context);
    if (!prompt) return false;
    question.prompt = *prompt;
    if (auto* cloze = std::get_if<ClozeAnswer>(&question.answer)) {
        const std::optional<std::string> text = resolveContext(cloze->text, context);
        if (!text) return false;
        cloze->text = *text;
    }
    return true;
}

// [SECTION] questions, ranking and the bank ------------------------------------------------------

// True when a capitalised span is a person's name or post already asked, or a place-holder of a
// fact asked otherwise, so its cloze would repeat another question.
bool askedElsewhere(const Fact& name, const std::vector<Fact>& facts) {
    for (const Fact& fact : facts) {
        if (fact.kind == FactKind::Person && (name.text.find(fact.name) != std::string::npos || fact.post.find(name.text) != std::string::npos ||
                                              fact.name.find(name.text) != std::string::npos)) {
            return true;
        }
        if (fact.kind == FactKind::Acronym && (fact.post == name.text || fact.name == name.text)) return true;
    }
    const std::string firstWord = name.text.substr(0, name.text.find(' '));
    const std::vector<Token> tokens = tokenize(name.sentenceText);
    const std::string_view lastWord = tokens[name.last].word;
    const bool possessive = lastWord.find("\xE2\x80\x99s") != std::string_view::npos || lastWord.find("'s") != std::string_view::npos;
    return possessive || isPostWord(firstWord) || firstWord == "Mr." || firstWord == "Mrs." || firstWord == "Ms." || firstWord == "Dr.";
}

std::string idFor(const DraftedQuestion& drafted, std::map<std::string, int>& used) {
    std::string stem = std::string(factKindName(drafted.kind)) + "-p" + std::to_string(drafted.paragraph);
    if (drafted.question.type() == QuestionType::Ordering) stem = "order-p" + std::to_string(drafted.paragraph);
    if (drafted.question.type() == QuestionType::Cloze) stem = "cloze-p" + std::to_string(drafted.paragraph);
    return stem + "-" + std::to_string(++used[stem]);
}

}  // namespace

DraftReport draftBank(std::string_view articleText, const DraftOptions& options) {
    DraftReport report;
    const ArticleRead read = readArticle(articleText);
    if (!read.ok) {
        report.message = read.message;
        return report;
    }
    const Article& article = read.article;
    const ArticleFacts found = findFacts(article);
    report.opinions = found.opinions;

    const ArticleContext context = contextFromHead(article.date, article.title);
    // People are asked as of the article's month ("according to the article of June 2018"), or its year.
    const std::string when = !context.month.empty() ? context.month : context.year > 0 ? std::to_string(context.year) : std::string();
    std::vector<DraftedQuestion> drafted;
    std::vector<Fact> people;
    std::map<int, std::vector<Fact>> datesByParagraph;
    for (const Fact& fact : found.facts) {
        if (fact.kind == FactKind::Person) people.push_back(fact);
        if (fact.kind == FactKind::Date) datesByParagraph[fact.paragraph].push_back(fact);
    }
    int personIndex = 0;
    for (const Fact& fact : found.facts) {
        if (fact.kind == FactKind::Name) continue;
        ++report.facts;
        std::optional<DraftedQuestion> question;
        // People alternate between a typed answer and a choice among the article's other people.
        if (fact.kind == FactKind::Person && personIndex++ % 2 == 1) question = writeChoice(fact, people, when);
        if (fact.kind == FactKind::Sum) {
            std::vector<Fact> sums;
            for (const Fact& other : found.facts) {
                if (other.kind == FactKind::Sum) sums.push_back(other);
            }
            question = writeChoice(fact, sums, when);
        }
        if (!question) question = writeDirect(fact, fact.kind == FactKind::Ordinal ? earlierMonth(fact, found.facts) : when);
        // "the talks" of a figure's prompt is pinned by the place and month the article gives them, or the fact is skipped.
        if (question && fact.kind != FactKind::Date) {
            const std::optional<PinnedPrompt> pinned = pinnedEvent(question->question.prompt, fact, found.facts);
            if (!pinned) continue;
            question->question.prompt = pinned->prompt;
            if (!pinned->pin.empty() && pinned->paragraph != fact.paragraph) {
                // Where the pin stands, so a teacher can check it too.
                std::string& explanation = question->question.explanation;
                if (!explanation.empty() && explanation.back() == '.') explanation.pop_back();
                explanation += "; paragraph " + std::to_string(pinned->paragraph) + " places the event " + pinned->pin + ".";
            }
        }
        if (question) drafted.push_back(std::move(*question));
    }
    for (const auto& [paragraph, dates] : datesByParagraph) {
        if (auto ordering = writeOrdering(dates)) drafted.push_back(std::move(*ordering));
    }
    // Key sentences: one cloze per sentence, on a named body, place or event no other question asks.
    std::set<std::pair<int, int>> clozed;
    std::size_t clozes = 0;
    for (const Fact& fact : found.facts) {
        if (fact.kind != FactKind::Name || clozes >= kMaxClozes || askedElsewhere(fact, found.facts)) continue;
        if (clozed.count({fact.paragraph, fact.sentence}) > 0) continue;
        const bool sentenceAsked = std::any_of(drafted.begin(), drafted.end(), [&](const DraftedQuestion& q) {
            return q.question.source.evidence.find(fact.text) != std::string::npos;
        });
        if (sentenceAsked) continue;
        ++report.facts;
        if (auto cloze = writeNameQuestion(fact)) {
            drafted.push_back(std::move(*cloze));
            clozed.insert({fact.paragraph, fact.sentence});
            ++clozes;
        }
    }
    for (DraftedQuestion& head : writeHeadQuestions(article)) drafted.push_back(std::move(head));
    // Out of the article's context, and no draft giving another's answer away.
    drafted.erase(std::remove_if(drafted.begin(), drafted.end(), [&](DraftedQuestion& q) { return !standsAlone(q.question, context); }),
                  drafted.end());
    // "Council of Governors" for the "Russia-Japan Council of Governors" of a prompt that names Russia and Japan.
    for (DraftedQuestion& q : drafted) {
        auto* text = std::get_if<TextAnswer>(&q.question.answer);
        if (q.kind != FactKind::Name || text == nullptr || text->accepted.empty()) continue;
        if (const std::string shortName = withoutStatedQualifier(text->accepted[0], q.question.prompt); !shortName.empty()) {
            text->accepted.push_back(shortName);
        }
    }
    stripPosts(drafted, people);
    dropGiveaways(drafted);
    if (drafted.empty()) {
        report.message = "no checkable facts found (dates, figures, counts, people or named bodies) to draft questions from";
        return report;
    }
    // Rank and cap: the best scored questions stay; the article's order is kept among them.
    std::vector<std::size_t> order(drafted.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return drafted[a].score > drafted[b].score; });
    if (options.maxQuestions > 0 && order.size() > options.maxQuestions) {
        report.dropped = order.size() - options.maxQuestions;
        order.resize(options.maxQuestions);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return drafted[a].paragraph != drafted[b].paragraph ? drafted[a].paragraph < drafted[b].paragraph : a < b;
    });

    Bank& bank = report.bank;
    bank.id = options.bankId.empty() ? "draft" : options.bankId;
    bank.title = options.title.empty() ? article.title : options.title;
    bank.language = "en";
    bank.description = "Drafted by retain draft from \u201C" + article.title + "\u201D; review each question before studying.";
    bank.source.doc = options.sourceDoc.empty() ? bank.id : options.sourceDoc;
    bank.source.title = article.title;
    bank.source.author = article.author;
    bank.source.date = article.date;
    std::map<std::string, int> used;
    for (const std::size_t index : order) {
        DraftedQuestion& question = drafted[index];
        question.question.id = idFor(question, used);
        bank.questions.push_back(std::move(question.question));
    }
    report.ok = true;
    return report;
}

}  // namespace retain::draft
