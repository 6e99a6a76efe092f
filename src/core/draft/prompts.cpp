// [SECTION] verbs
// [SECTION] clause shapes
// [SECTION] prompts by fact kind
#include "core/draft/prompts.hpp"

#include <array>
#include <optional>
#include <utility>
#include <vector>

#include "core/draft/kinds.hpp"
#include "core/draft/words.hpp"

namespace retain::draft {

// [SECTION] verbs --------------------------------------------------------------------------------

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 46> kIrregular = {{
    {"made", "make"},     {"held", "hold"},     {"ran", "run"},      {"took", "take"},     {"met", "meet"},
    {"became", "become"}, {"gave", "give"},     {"went", "go"},      {"won", "win"},       {"led", "lead"},
    {"sent", "send"},     {"built", "build"},   {"began", "begin"},  {"said", "say"},      {"told", "tell"},
    {"brought", "bring"}, {"paid", "pay"},      {"sold", "sell"},    {"left", "leave"},    {"saw", "see"},
    {"came", "come"},     {"drew", "draw"},     {"wrote", "write"},  {"spoke", "speak"},   {"chose", "choose"},
    {"found", "find"},    {"struck", "strike"}, {"fell", "fall"},    {"rose", "rise"},     {"grew", "grow"},
    {"knew", "know"},     {"thought", "think"}, {"felt", "feel"},    {"kept", "keep"},     {"lost", "lose"},
    {"stood", "stand"},   {"bought", "buy"},    {"sought", "seek"},  {"fought", "fight"},  {"spent", "spend"},
    {"lent", "lend"},     {"meant", "mean"},    {"got", "get"},      {"shut", "shut"},     {"split", "split"},
    {"undertook", "undertake"},
}};

constexpr std::array<std::string_view, 7> kAuxiliaries = {"have", "has", "had", "were", "was", "are", "is"};

bool isAuxiliary(std::string_view word) {
    const std::string lower = lowerAscii(word);
    for (const std::string_view aux : kAuxiliaries) {
        if (lower == aux) return true;
    }
    return false;
}

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// True when a regular verb's stem ("exchang", "not", "describ") needs its silent e back.
bool needsSilentE(const std::string& stem) {
    const std::size_t n = stem.size();
    if (n < 2) return false;
    const char last = stem[n - 1];
    const char before = stem[n - 2];
    if (last == 'c' || last == 'v' || last == 'z' || last == 'u') return true;
    if (last == 'g') return before == 'a' || (before == 'n' && n >= 3 && stem[n - 3] == 'a') || before == 'r';
    if (last == 's') return isVowel(before) && !(n >= 3 && stem.substr(n - 3) == "cus");
    if (last == 'b') return before == 'i';
    if (last == 'r') return before == 'i' || before == 'u';
    if (last == 't') {
        if (stem.substr(n - 2) == "at") return n >= 3 && !isVowel(stem[n - 3]);
        if (stem.substr(n - 2) == "ot") return n >= 3 && !isVowel(stem[n - 3]) && (n < 4 || stem[n - 4] != 'o');
        if (stem.substr(n - 2) == "et") return n >= 3 && stem[n - 3] == 'l';
    }
    return false;
}

}  // namespace

std::string pastTenseBase(const std::string& word) {
    const std::string lower = lowerAscii(word);
    if (lower != word) return {};  // a capitalised word is a name, not a verb here
    for (const auto& [past, base] : kIrregular) {
        if (lower == past) return std::string(base);
    }
    if (lower.size() < 5 || lower.substr(lower.size() - 2) != "ed") return {};
    if (lower.substr(lower.size() - 3) == "eed") return lower.substr(0, lower.size() - 1);  // agreed
    if (lower.substr(lower.size() - 3) == "ied") return lower.substr(0, lower.size() - 3) + "y";
    std::string stem = lower.substr(0, lower.size() - 2);
    const char last = stem.back();
    if (stem.size() >= 3 && last == stem[stem.size() - 2] && !isVowel(last) && last != 'l' && last != 's' && last != 'f' && last != 'z') {
        stem.pop_back();  // stopped -> stop
    } else if (needsSilentE(stem)) {
        stem += 'e';
    }
    return stem;
}

// [SECTION] clause shapes ------------------------------------------------------------------------

namespace {

// Prepositions and the words of fixed prepositional phrases ("in accordance with").
bool isLinkWord(const std::string& word) {
    return word == "in" || word == "with" || word == "accordance" || word == "under" || word == "of" || word == "to" || word == "for" ||
           word == "by" || word == "on" || word == "at" || word == "from" || word == "line";
}

std::string join(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end; ++i) {
        if (!out.empty()) out += ' ';
        out += tokens[i].word;
    }
    return out;
}

// A sentence as a subject, a verb and the rest: found where the first past-tense verb (or auxiliary)
// stands in the clause [begin, end).
struct Shape {
    std::size_t subjectBegin = 0;
    std::size_t verb = 0;          // index of the verb or auxiliary
    std::optional<std::string> base;  // the verb's base form (empty when verb is an auxiliary)
};

// Drops opening adverbials: "Revealingly,", "in his speech to Parliament,", "For instance,".
std::size_t skipOpeners(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    for (int rounds = 0; rounds < 3 && begin < end; ++rounds) {
        const std::string first = lowerAscii(tokens[begin].core);
        const bool adverb = first.size() > 3 && first.substr(first.size() - 2) == "ly" && tokens[begin].closesClause;
        const bool preposition = first == "in" || first == "at" || first == "on" || first == "during" || first == "after" ||
                                 first == "for" || first == "following" || first == "already" || first == "thus";
        if (adverb) {
            ++begin;
            continue;
        }
        if (!preposition) break;
        std::size_t comma = begin;
        while (comma < end && !tokens[comma].closesClause) ++comma;
        if (comma >= end - 1 || comma - begin > 10) break;
        begin = comma + 1;
    }
    return begin;
}

// The opening adverbials of [from, to) that say where or on what occasion, without the fact's own span
// [skipFirst, skipLast] and its preposition: "Revealingly, in January 2018, in his speech to Parliament," ->
// "in his speech to Parliament"; "Already in Moscow on May 26," -> "in Moscow". Connectives ("All in all",
// "For instance", "In addition") and adverbs are left out; empty when nothing is left.
std::string openerContext(const std::vector<Token>& tokens, std::size_t from, std::size_t to, std::size_t skipFirst, std::size_t skipLast) {
    std::string context;
    std::size_t phrase = from;
    while (phrase < to) {
        std::size_t end = phrase;
        while (end < to && !tokens[end].closesClause) ++end;
        end = std::min(end + 1, to);
        std::vector<std::size_t> kept;
        for (std::size_t i = phrase; i < end; ++i) {
            const bool fact = i >= skipFirst && i <= skipLast;
            const bool factPreposition = i + 1 == skipFirst && isLinkWord(lowerAscii(tokens[i].core));
            if (!fact && !factPreposition) kept.push_back(i);
        }
        while (!kept.empty()) {
            const std::string first = lowerAscii(tokens[kept.front()].core);
            if (first != "already" && first != "thus" && first != "also" && first != "then" && !(first.size() > 3 && first.substr(first.size() - 2) == "ly")) break;
            kept.erase(kept.begin());
        }
        const std::string lead = kept.empty() ? std::string() : lowerAscii(tokens[kept.front()].core);
        const std::string second = kept.size() > 1 ? lowerAscii(tokens[kept[1]].core) : std::string();
        const bool connective = (lead == "in" && (second == "addition" || second == "particular" || second == "fact" || second == "general")) ||
                                (lead == "for" && second == "instance") || (lead == "on" && second == "the") || lead == "all";
        const bool place = lead == "in" || lead == "at" || lead == "during" || lead == "after" || lead == "following" || lead == "before" ||
                           lead == "on";
        if (kept.size() >= 2 && place && !connective) {
            std::string text;
            for (const std::size_t i : kept) text += (text.empty() ? "" : " ") + std::string(tokens[i].word);
            while (!text.empty() && (text.back() == ',' || text.back() == ';')) text.pop_back();
            context += (context.empty() ? "" : " ") + text;
        }
        phrase = end;
    }
    return context;
}

std::optional<Shape> shapeOf(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    Shape shape;
    shape.subjectBegin = skipOpeners(tokens, begin, end);
    for (std::size_t i = shape.subjectBegin + 1; i < end && i < shape.subjectBegin + 24; ++i) {
        if (isAuxiliary(tokens[i].core)) {
            shape.verb = i;
            return shape;
        }
        std::string base = pastTenseBase(std::string(tokens[i].core));
        if (!base.empty() && tokens[i].core == tokens[i].word) {
            shape.verb = i;
            shape.base = std::move(base);
            return shape;
        }
    }
    return std::nullopt;
}

// A "did" question's verb phrase with its coordinated past tenses in the base form: "meet in Moscow and
// signed 12 documents" -> "meet in Moscow and sign 12 documents".
std::string basedCoordinates(const std::string& phrase) {
    std::string out;
    bool afterAnd = false;
    for (const Token& token : tokenize(phrase)) {
        std::string word(token.word);
        const std::string base = afterAnd ? pastTenseBase(std::string(token.core)) : std::string();
        if (!base.empty() && token.core == token.word) word = base;
        afterAnd = token.core == "and";
        out += (out.empty() ? "" : " ") + word;
    }
    return out;
}

// The subject with a capital "The" lowered, so it reads inside a question.
std::string subjectText(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    std::string text = join(tokens, begin, end);
    if (text.rfind("The ", 0) == 0) text[0] = 't';
    // A sentence's first word before "between the ..." is a common noun capitalised by its place: "Trade
    // between the countries" reads "trade between ..." inside a question; "Ministries of Defense" stays.
    if (begin == 0 && begin + 2 < end && text[0] >= 'A' && text[0] <= 'Z' && !isAcronym(tokens[0].core) && tokens[0].core == tokens[0].word) {
        const std::string next = lowerAscii(tokens[1].core);
        const bool preposition = next == "between" || next == "of" || next == "with" || next == "for" || next == "from";
        if (preposition && tokens[1].core == next && !isCapitalised(tokens[2].core)) text[0] = static_cast<char>(text[0] - 'A' + 'a');
    }
    while (!text.empty() && text.back() == ',') text.pop_back();
    return text;
}

// Words after the fact up to the clause's end, at most maxWords, without the final punctuation.
std::string restText(const std::vector<Token>& tokens, std::size_t from, std::size_t end, std::size_t maxWords = 10) {
    std::size_t stop = from;
    while (stop < end && stop < from + maxWords) {
        // A new clause starts here: "in order to", "including", "which", "because" ...
        const std::string next = lowerAscii(tokens[stop].core);
        const bool inOrder = next == "in" && stop + 1 < end && lowerAscii(tokens[stop + 1].core) == "order";
        if (stop > from && (inOrder || next == "including" || next == "which" || next == "whose" || next == "who" ||
                            next == "because" || next == "while" || next == "but" || next == "so")) {
            break;
        }
        const bool participle = next.size() > 5 && next.substr(next.size() - 3) == "ing";
        // A participle opens a new clause, unless it tells which thing is meant: "as having ...", "a statement
        // supporting ...".
        const std::string twoBack = stop >= from + 2 ? lowerAscii(tokens[stop - 2].core) : std::string();
        const bool tellsWhich = lowerAscii(tokens[stop - 1].core) == "as" || twoBack == "a" || twoBack == "an";
        if (participle && stop - from >= 3 && !tellsWhich) break;
        // A phrase pointing back into the article ("in accordance with these arrangements") means nothing
        // out of it: the cut goes before the prepositions that lead to it.
        if (stop > from && (next == "these" || next == "those" || next == "such" || next == "this")) {
            while (stop > from && isLinkWord(lowerAscii(tokens[stop - 1].core))) --stop;
            break;
        }
        ++stop;
        if (tokens[stop - 1].closesClause && stop - from >= 2) break;
    }
    // A cut never splits a name: "the St. Petersburg International Economic Forum" stays whole.
    while (stop > from && stop < end && stop < from + maxWords + 4 && isCapitalised(tokens[stop - 1].core) &&
           isCapitalised(tokens[stop].core) && !tokens[stop - 1].closesClause) {
        ++stop;
    }
    // A phrase does not end on a preposition or article: "as having ... among" loses "among".
    while (stop > from) {
        const std::string word = lowerAscii(tokens[stop - 1].core);
        if (word != "as" && word != "among" && word != "of" && word != "with" && word != "and" && word != "the" && word != "a" &&
            word != "in" && word != "on" && word != "for" && word != "to" && word != "by" && word != "at" && word != "an" &&
            word != "together" && word != "along") {
            break;
        }
        --stop;
    }
    std::string text = join(tokens, from, stop);
    while (!text.empty() && (text.back() == ',' || text.back() == '.' || text.back() == ';' || text.back() == ':' || text.back() == ')')) {
        text.pop_back();
    }
    return text;
}

// Drops the spaces and commas a clause starts with.
std::string_view dropLeadingCommas(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == ',')) text.remove_prefix(1);
    return text;
}

// "How many projects fill the gap in “… had already financed ___ projects …”?": the figure blanked in its context.
std::string withContext(const std::string& question, const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                        const std::string& blanked) {
    const std::size_t begin = first > 8 ? first - 8 : 0;
    std::string context = join(tokens, begin, first) + " " + blanked;
    const std::string rest = join(tokens, last + 1, std::min(tokens.size(), last + 4));
    if (!rest.empty()) context += " " + rest;
    while (!context.empty() && (context.back() == ',' || context.back() == '.' || context.back() == ';')) context.pop_back();
    return question + " \u201C" + std::string(begin > 0 ? "\u2026 " : "") + std::string(dropLeadingCommas(context)) + " \u2026\u201D?";
}

// The noun phrase that ends before token `at`: back to the "the" that opens it (one after a preposition,
// "by the RDIF", is inside it), cut at its first participle: "the fact that the Russia–Japan investment
// platform established in 2017 by the RDIF and JBIC with" -> "the Russia–Japan investment platform".
std::optional<std::string> nounPhraseBefore(const std::vector<Token>& tokens, std::size_t at) {
    std::size_t start = at;
    while (start > 1 && at - start < 20) {
        const std::string word = lowerAscii(tokens[start - 1].core);
        const std::string before = lowerAscii(tokens[start - 2].core);
        --start;
        if (word == "the" && !isLinkWord(before) && before != "between" && before != "and") break;
    }
    if (lowerAscii(tokens[start].core) != "the" || at - start < 3) return std::nullopt;
    std::size_t stop = start + 1;
    while (stop < at && pastTenseBase(std::string(tokens[stop].core)).empty() && !tokens[stop - 1].closesClause &&
           lowerAscii(tokens[stop].core) != "with" && lowerAscii(tokens[stop].core) != "which") {
        ++stop;
    }
    if (stop - start < 2 || stop - start > 6) return std::nullopt;
    return subjectText(tokens, start, stop);
}

// For "the commitment, which the leaders confirmed during NP in 2016": " during which the leaders confirmed
// the commitment", so "When was NP?" says which of several visits is meant; empty when the sentence has no
// such relative clause before NP (which starts at token np).
std::string duringWhich(const std::vector<Token>& tokens, std::size_t np) {
    if (np < 4) return {};
    const std::string preposition = lowerAscii(tokens[np - 1].core);
    if (preposition != "during" && preposition != "at") return {};
    std::size_t which = np - 1;
    while (which > 1 && np - which < 8 && lowerAscii(tokens[which].core) != "which") --which;
    if (lowerAscii(tokens[which].core) != "which" || tokens[which - 1].word.back() != ',') return {};
    // The antecedent: back from the comma to the verb or the preposition after it ("referred to ...").
    std::size_t from = which;
    while (from > 0 && which - from < 12) {
        const std::string word = lowerAscii(tokens[from - 1].core);
        if (!pastTenseBase(std::string(tokens[from - 1].core)).empty() || (tokens[from - 1].closesClause && from - 1 != which - 1)) break;
        if (word == "to" && from >= 2 && !pastTenseBase(std::string(tokens[from - 2].core)).empty()) break;
        --from;
    }
    if (from == which || which - from >= 12) return {};
    std::string antecedent = join(tokens, from, which);
    while (!antecedent.empty() && antecedent.back() == ',') antecedent.pop_back();
    return " " + preposition + " which " + join(tokens, which + 1, np - 1) + " " + antecedent;
}

std::string capitalise(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// The sentence without the span [first, last] and the words the caller drops before it, as one line.
std::string echoWith(const std::vector<Token>& tokens, std::size_t first, std::size_t last, const std::string& replacement) {
    const auto [begin, end] = clauseAround(tokens, first, last, 26);
    std::string text = join(tokens, skipOpeners(tokens, begin, first), first);
    text += (text.empty() ? "" : " ") + replacement;
    const std::string rest = restText(tokens, last + 1, end, 12);
    if (!rest.empty()) text += " " + rest;
    while (!text.empty() && (text.back() == ',' || text.back() == '.')) text.pop_back();
    return capitalise(text) + "?";
}

}  // namespace

// [SECTION] prompts by fact kind -----------------------------------------------------------------

std::string datePrompt(const Fact& fact) {
    const std::vector<Token> tokens = tokenize(fact.sentenceText);
    std::size_t first = fact.first;
    const std::string before = first > 0 ? lowerAscii(tokens[first - 1].core) : std::string();
    const bool preposition = before == "in" || before == "on" || before == "since";
    if (preposition) --first;
    const bool opens = skipOpeners(tokens, 0, tokens.size()) > fact.last || first == 0 ||
                       (first > 0 && tokens[first - 1].closesClause && first <= 2);
    if (opens) {
        // "On May 25–26, 2018, Prime Minister of Japan Shinzo Abe made an official visit to Russia."
        const std::size_t clauseEnd = clauseAround(tokens, fact.first, fact.last).second;
        if (const auto shape = shapeOf(tokens, fact.last + 1, clauseEnd); shape && shape->base) {
            // The occasion stays: "in his speech to Parliament" tells which of a leader's statements is meant.
            const std::string occasion = openerContext(tokens, 0, shape->subjectBegin, first, fact.last);
            return "When did " + subjectText(tokens, shape->subjectBegin, shape->verb) + " " + *shape->base + " " +
                   basedCoordinates(restText(tokens, shape->verb + 1, clauseEnd, 14)) + (occasion.empty() ? "" : " " + occasion) + "?";
        }
    } else if (preposition) {
        // "Trade between the countries reached EUR 40 billion in 2020." -> "When did trade ... reach EUR 40 billion?"
        const auto [clauseBegin, clauseEnd] = clauseAround(tokens, fact.first, fact.last);
        if (const auto shape = shapeOf(tokens, clauseBegin, first); shape && shape->base && shape->verb > shape->subjectBegin) {
            bool sameClause = true;
            for (std::size_t i = shape->verb; i < first; ++i) {
                const std::string word = lowerAscii(tokens[i].core);
                sameClause = sameClause && !tokens[i].closesClause && word != "which" && word != "that" && word != "who";
            }
            if (sameClause) {
                std::string object = join(tokens, shape->verb + 1, first);
                const std::string rest = restText(tokens, fact.last + 1, clauseEnd, 6);
                if (!rest.empty()) object += (object.empty() ? "" : " ") + rest;
                object = basedCoordinates(object);
                return "When did " + subjectText(tokens, shape->subjectBegin, shape->verb) + " " + *shape->base +
                       (object.empty() ? "" : " " + object) + "?";
            }
        }
        // "... the meeting between Sergey Lavrov ... and Taro Kono in March 2018" -> "When was the meeting ...?"
        std::size_t start = first;
        while (start > 0 && first - start < 16) {
            const std::string word = lowerAscii(tokens[start - 1].core);
            if (word == "the" || word == "a" || word == "an") {
                --start;
                break;
            }
            if (word == "during" || word == "after" || word == "before" || word == "at" || word == "since" || word == "until" ||
                word == "that" || word == "which" || tokens[start - 1].word.back() == ';') {
                break;
            }
            --start;
        }
        if (start < first && (start == 0 || first - start >= 2)) {
            return "When was " + subjectText(tokens, start, first) + duringWhich(tokens, start) + "?";
        }
    }
    const auto [begin, end] = clauseAround(tokens, fact.first, fact.last, 24);
    std::string clause = join(tokens, skipOpeners(tokens, begin, end), first) + " " + restText(tokens, fact.last + 1, end, 14);
    while (!clause.empty() && (clause.back() == ' ' || clause.back() == ',')) clause.pop_back();
    return "When did this happen: \u201C" + capitalise(std::string(dropLeadingCommas(clause))) + "\u201D?";
}

// "<asked> did <subject> <verb> ...?" for a figure that is the object of its clause's verb with a plain
// subject before it: "The Ministries ... have slated approximately 20 joint events for 2018" -> "How many
// joint events have the Ministries ... slated for 2018?"; nullopt when the subject is no plain one.
std::optional<std::string> askedOfSubject(const std::vector<Token>& tokens, const Fact& fact, std::size_t begin, std::size_t end,
                                          const std::string& asked) {
    const auto shape = shapeOf(tokens, begin, fact.first);
    bool plainSubject = shape && shape->verb < fact.first && shape->verb > shape->subjectBegin && shape->verb - shape->subjectBegin <= 10;
    for (std::size_t i = shape ? shape->subjectBegin : 0; plainSubject && i < fact.first; ++i) {
        const std::string word = lowerAscii(tokens[i].core);
        plainSubject = word != "that" && word != "which" && word != "who" && (i + 1 == fact.first || !tokens[i].closesClause);
    }
    if (plainSubject) {
        const std::string subject = subjectText(tokens, shape->subjectBegin, shape->verb);
        // "met in Moscow and signed 12 documents": the count belongs to the second verb.
        std::size_t verb = shape->verb;
        std::optional<std::string> base = shape->base;
        for (std::size_t k = shape->verb + 1; k + 1 < fact.first; ++k) {
            const std::string second = pastTenseBase(std::string(tokens[k + 1].core));
            if (lowerAscii(tokens[k].core) == "and" && !second.empty() && base) {
                verb = k + 1;
                base = second;
            }
        }
        const std::string middle = join(tokens, verb + 1, fact.first);
        std::string rest = restText(tokens, fact.last + 1, end, 6);
        if (!rest.empty()) rest = " " + rest;
        if (!shape->base) {  // "have slated approximately 20 joint events" -> "How many joint events have ... slated"
            return asked + " " + lowerAscii(tokens[shape->verb].core) + " " + subject + (middle.empty() ? "" : " " + middle) + rest + "?";
        }
        return asked + " did " + subject + " " + *base + (middle.empty() ? "" : " " + middle) + rest + "?";
    }
    return std::nullopt;
}

std::string countPrompt(const Fact& fact) {
    const std::vector<Token> tokens = tokenize(fact.sentenceText);
    const auto [begin, end] = clauseAround(tokens, fact.first, fact.last);
    if (fact.kind == FactKind::Percent) return echoWith(tokens, fact.first, fact.last, "what share (in %)");
    const std::string asked = "How many " + fact.unit;
    const bool leads = fact.first == begin || tokens[fact.first - 1].closesClause;
    if (leads) {
        // "All in all, following the talks, 11 documents were signed" -> "How many documents were signed following the talks?"
        const std::string occasion = openerContext(tokens, begin, fact.first, fact.first, fact.last);
        return asked + " " + restText(tokens, fact.last + 1, end) + (occasion.empty() ? "" : " " + occasion) + "?";
    }
    if (const auto question = askedOfSubject(tokens, fact, begin, end, asked)) return *question;
    // "... the platform established in 2017 ... had already financed three projects" -> "How many projects had
    // the platform already financed?": the nearest verb before the count, and the noun phrase before it.
    for (std::size_t verb = fact.first; verb > begin && fact.first - verb <= 3; --verb) {
        const std::string word = lowerAscii(tokens[verb - 1].core);
        if (!isAuxiliary(word)) continue;
        const auto owner = nounPhraseBefore(tokens, verb - 1);
        if (!owner) break;
        const std::string middle = join(tokens, verb, fact.first);
        return asked + " " + word + " " + *owner + (middle.empty() ? "" : " " + middle) + "?";
    }
    return withContext(asked + " fill the gap in", tokens, fact.first, fact.last, "___ " + fact.unit);
}

std::string sumPrompt(const Fact& fact) {
    const std::vector<Token> tokens = tokenize(fact.sentenceText);
    if (tokens[fact.first].word.front() == '(') {
        // "the trade turnover between the two countries (USD 18 billion last year)"
        // Back to the "the" that opens the noun phrase: one after a preposition ("between the two") is inside it.
        std::size_t start = fact.first;
        while (start > 1 && fact.first - start < 12) {
            const std::string word = lowerAscii(tokens[start - 1].core);
            const std::string before = lowerAscii(tokens[start - 2].core);
            const bool inner = before == "between" || before == "of" || before == "in" || before == "with" || before == "to" ||
                               before == "for" || before == "on" || before == "at" || before == "by";
            --start;
            if (word == "the" && !inner) break;
        }
        if (lowerAscii(tokens[start].core) == "the") {
            const std::string rest = restText(tokens, fact.last + 1, tokens.size(), 3);
            return "How large was " + subjectText(tokens, start, fact.first) + (rest.empty() ? "" : " " + rest) + "?";
        }
    }
    // "the platform ... with USD 1 billion in capital" -> "How much capital did the platform have?"
    if (fact.last + 2 < tokens.size() && lowerAscii(tokens[fact.last + 1].core) == "in" && !isCapitalised(tokens[fact.last + 2].core) &&
        fact.first > 0 && lowerAscii(tokens[fact.first - 1].core) == "with") {
        if (const auto owner = nounPhraseBefore(tokens, fact.first - 1)) {
            return "How much " + std::string(tokens[fact.last + 2].core) + " did " + *owner + " have, in " + fact.unit + "?";
        }
    }
    // "Trade between the countries reached EUR 40 billion in 2020" -> "How much did trade ... reach in 2020?"
    const auto [begin, end] = clauseAround(tokens, fact.first, fact.last);
    if (fact.first > begin && !tokens[fact.first - 1].closesClause) {
        if (const auto question = askedOfSubject(tokens, fact, begin, end, "How much")) return *question;
    }
    return withContext("How much, in " + fact.unit + ", fills the gap in", tokens, fact.first, fact.last, "___");
}

std::string ordinalPrompt(const Fact& fact, const std::string& earlierMonth) {
    const std::vector<Token> tokens = tokenize(fact.sentenceText);
    // "This was Mr. Abe’s 21st meeting with Vladimir Putin": "this" is the paragraph's dated event before.
    const std::string opener = tokens.size() > 3 ? lowerAscii(tokens[0].core) : std::string();
    const std::string_view owner = fact.first > 0 ? tokens[fact.first - 1].core : std::string_view();
    const bool ownerPossessive = owner.size() > 2 && (owner.substr(owner.size() - 2) == "'s" ||
                                                      (owner.size() > 4 && owner.substr(owner.size() - 4) == "\xE2\x80\x99s"));
    if ((opener == "this" || opener == "it") && lowerAscii(tokens[1].core) == "was" && ownerPossessive && fact.first > 2 &&
        fact.first + 1 < tokens.size() && !earlierMonth.empty()) {
        std::string possessor = join(tokens, 2, fact.first);
        possessor.resize(possessor.size() - (possessor.back() == 's' && possessor[possessor.size() - 2] == '\'' ? 2 : 4));
        const std::string what = restText(tokens, fact.first + 1, tokens.size(), 8);
        return "Which " + what + " did " + possessor + " have in " + earlierMonth +
               ", counting from the first? Give its place in the series, such as 5th.";
    }
    std::size_t first = fact.first;
    const std::string before = first > 0 ? lowerAscii(tokens[first - 1].core) : std::string();
    if (before == "the" || before == "a" || before == "an") --first;  // "ran the 17th" -> "ran which"
    return echoWith(tokens, first, fact.first, "which") + " Give its place in the series, such as 5th.";
}

std::string personPrompt(const Fact& fact, const std::string& articleDate) {
    // A bracketed gloss in the post ("Keidanren (Japan Business Federation)") would answer another question.
    std::string post = postWithoutGloss(fact.post);
    if (post.rfind("The ", 0) == 0) post[0] = 't';
    return "Who was " + post + ", according to the article" + (articleDate.empty() ? "" : " of " + articleDate) + "?";
}

std::optional<std::string> namePrompt(const Fact& name, const std::string& what, std::size_t clauseBegin, std::size_t clauseEnd) {
    const std::vector<Token> tokens = tokenize(name.sentenceText);
    if (name.last + 1 != clauseEnd || name.first <= clauseBegin) return std::nullopt;
    std::size_t object = name.first;
    if (lowerAscii(tokens[object - 1].core) == "the") --object;
    const auto shape = shapeOf(tokens, clauseBegin, object);
    if (!shape || shape->verb <= shape->subjectBegin || shape->verb - shape->subjectBegin > 8) return std::nullopt;
    for (std::size_t i = shape->subjectBegin; i < object; ++i) {
        const std::string word = lowerAscii(tokens[i].core);
        if (tokens[i].closesClause || word == "which" || word == "that" || word == "who" || word == "by") return std::nullopt;
    }
    const std::string verb = lowerAscii(tokens[shape->verb].core);
    const bool perfect = verb == "have" || verb == "has" || verb == "had";
    if (!shape->base && !perfect) return std::nullopt;  // "was founded by": the name is no object
    const std::string subject = subjectText(tokens, shape->subjectBegin, shape->verb);
    // "have also agreed to revive": the sentence's link to the one before it is no part of the question.
    std::string middle = join(tokens, shape->verb + 1, object);
    for (const std::string_view link : {"also ", "too ", "likewise "}) {
        if (middle.rfind(link, 0) == 0) middle.erase(0, link.size());
    }
    if (perfect) return "Which " + what + " " + verb + " " + subject + (middle.empty() ? "" : " " + middle) + "?";
    return "Which " + what + " did " + subject + " " + *shape->base + (middle.empty() ? "" : " " + middle) + "?";
}

std::string acronymPrompt(const Fact& fact) {
    if (isAcronym(fact.name)) return "What does " + fact.name + " stand for?";
    return "What is " + fact.name + ", as the article explains it?";
}

}  // namespace retain::draft
