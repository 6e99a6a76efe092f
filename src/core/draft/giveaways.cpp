#include "core/draft/giveaways.hpp"

#include <cctype>
#include <variant>

#include "core/draft/words.hpp"

namespace retain::draft {

namespace {

// Where the post before `at` in text begins: the words back to a comma or a lower-case word other than
// "of", "the" or "for", when they are capitalised title words with a post word ("Prime Minister of Japan ");
// `at` itself when there is none.
std::size_t postRunBefore(const std::string& text, std::size_t at) {
    std::size_t begin = at;
    bool post = false;
    while (begin > 0) {
        std::size_t end = begin;
        while (end > 0 && text[end - 1] == ' ') --end;
        if (end == 0 || end == begin) break;
        std::size_t start = text.rfind(' ', end - 1);
        start = start == std::string::npos ? 0 : start + 1;
        const std::string_view word(text.data() + start, end - start);
        const bool joiner = word == "of" || word == "the" || word == "for";
        if (!joiner && (!isCapitalised(word) || word.back() == ',' || monthNumber(word) != 0)) break;
        post = post || isPostWord(word) || (word.size() > 1 && word.back() == 's' && isPostWord(word.substr(0, word.size() - 1)));
        begin = start;
    }
    // The run opens on a title word ("Prime Minister of Japan", not "of Japan").
    while (post && begin < at) {
        const std::size_t space = text.find(' ', begin);
        if (space == std::string::npos || space >= at) break;
        const std::string_view first(text.data() + begin, space - begin);
        if (isCapitalised(first)) break;
        begin = space + 1;
    }
    return post ? begin : at;
}

void eraseAll(std::string& text, const std::string& part) {
    if (part.empty()) return;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at)) text.erase(at, part.size());
}

bool holdsAll(const std::string& text, const std::vector<std::string>& words) {
    for (const std::string& word : words) {
        if (word.empty() || text.find(word) == std::string::npos) return false;
    }
    return !words.empty();
}

}  // namespace

std::string shownText(const Question& question) {
    std::string text = question.prompt;
    if (const auto* choice = std::get_if<ChoiceAnswer>(&question.answer)) {
        for (const std::string& option : choice->choices) text += "\n" + option;
    } else if (const auto* ordering = std::get_if<OrderingAnswer>(&question.answer)) {
        for (const std::string& item : ordering->items) text += "\n" + item;
    } else if (const auto* cloze = std::get_if<ClozeAnswer>(&question.answer)) {
        text += "\n" + cloze->text;
    }
    return text;
}

void stripPosts(std::vector<DraftedQuestion>& drafted, const std::vector<Fact>& people) {
    for (DraftedQuestion& question : drafted) {
        std::string& prompt = question.question.prompt;
        for (const Fact& person : people) {
            if (question.kind == FactKind::Person && question.paragraph == person.paragraph && prompt.find(person.post) != std::string::npos) {
                continue;  // the question asking for this person keeps the post it asks by
            }
            eraseAll(prompt, ", " + person.post + ",");
            eraseAll(prompt, ", " + person.post);
            const std::size_t space = person.name.rfind(' ');
            const std::string surname = space == std::string::npos ? person.name : person.name.substr(space + 1);
            for (const std::string& name : {person.name, surname}) {
                // "Mr. Abe" is the article's style; out of it a question names "Shinzo Abe".
                if (name != person.name) {
                    for (const std::string honorific : {"Mr. ", "Mrs. ", "Ms. ", "Dr. "}) {
                        const std::string styled = honorific + name;
                        for (std::size_t at = prompt.find(styled); at != std::string::npos; at = prompt.find(styled, at + 1)) {
                            const std::size_t end = at + styled.size();
                            if (end < prompt.size() && std::isalpha(static_cast<unsigned char>(prompt[end]))) continue;
                            prompt.replace(at, styled.size(), person.name);
                        }
                    }
                }
                for (std::size_t at = prompt.find(name); at != std::string::npos; at = prompt.find(name, at + 1)) {
                    const std::size_t begin = postRunBefore(prompt, at);
                    if (begin < at) {
                        // "Prime Minister Abe" becomes "Shinzo Abe": a bare surname reads as a nickname.
                        const bool bare = name != person.name;
                        prompt.replace(begin, at - begin + name.size(), bare ? person.name : name);
                        at = begin;
                    }
                }
            }
        }
    }
}

std::size_t dropGiveaways(std::vector<DraftedQuestion>& drafted) {
    std::size_t dropped = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < drafted.size() && !changed; ++i) {
            const std::string shown = shownText(drafted[i].question);
            for (std::size_t j = 0; j < drafted.size() && !changed; ++j) {
                if (i == j) continue;
                for (const std::vector<std::string>& words : drafted[j].gives) {
                    if (!holdsAll(shown, words)) continue;
                    // The lower score goes; of equals, the later one.
                    const bool dropI = drafted[i].score < drafted[j].score || (drafted[i].score == drafted[j].score && i > j);
                    drafted.erase(drafted.begin() + static_cast<std::ptrdiff_t>(dropI ? i : j));
                    ++dropped;
                    changed = true;
                    break;
                }
            }
        }
    }
    return dropped;
}

}  // namespace retain::draft
