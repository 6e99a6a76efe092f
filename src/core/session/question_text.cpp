// Plain-text questions (see question_text.hpp).
#include "core/session/question_text.hpp"

namespace retain {

namespace {

std::string letter(std::size_t index) { return std::string(1, static_cast<char>('a' + index)); }

std::string numbered(const std::vector<std::string>& values) {
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i) text += "  " + std::to_string(i + 1) + ") " + values[i] + "\n";
    return text;
}

// The cloze text with each "{{N}}" marker (0-based) written as "[N+1] ____".
std::string clozeText(const ClozeAnswer& cloze) {
    std::string text;
    std::size_t at = 0;
    while (at < cloze.text.size()) {
        const std::size_t open = cloze.text.find("{{", at);
        const std::size_t close = open == std::string::npos ? std::string::npos : cloze.text.find("}}", open);
        if (close == std::string::npos) {
            text += cloze.text.substr(at);
            break;
        }
        text += cloze.text.substr(at, open - at);
        const std::string number = cloze.text.substr(open + 2, close - open - 2);
        bool digits = !number.empty() && number.find_first_not_of("0123456789") == std::string::npos;
        text += digits ? "[" + std::to_string(std::stoi(number) + 1) + "] ____" : cloze.text.substr(open, close + 2 - open);
        at = close + 2;
    }
    return text;
}

struct Body {
    std::string options;  // the listed options
    std::string how;      // how to type the answer
};

Body body(const Question& shown) {
    Body out;
    if (const auto* choice = std::get_if<ChoiceAnswer>(&shown.answer)) {
        out.options = numbered(choice->choices);
        out.how = "Type the number of your choice.";
    } else if (const auto* multi = std::get_if<MultiAnswer>(&shown.answer)) {
        out.options = numbered(multi->choices);
        out.how = "Several are right: type their numbers, e.g. 1,3.";
    } else if (std::holds_alternative<TrueFalseAnswer>(shown.answer)) {
        out.how = "Type true or false.";
    } else if (const auto* numeric = std::get_if<NumericAnswer>(&shown.answer)) {
        out.how = numeric->unit.empty() ? "Type a number." : "Type a number (in " + numeric->unit + ").";
    } else if (const auto* date = std::get_if<DateAnswer>(&shown.answer)) {
        out.how = date->precision == DatePrecision::Year    ? "Type a year."
                  : date->precision == DatePrecision::Month ? "Type a month, e.g. 2018-05."
                                                            : "Type a date, e.g. 2018-05-26.";
        if (date->isRange()) out.how += " A range: from - to.";
    } else if (std::holds_alternative<TextAnswer>(shown.answer)) {
        out.how = "Type your answer.";
    } else if (const auto* ordering = std::get_if<OrderingAnswer>(&shown.answer)) {
        out.options = numbered(ordering->items);
        out.how = "Type the numbers in the right order, e.g. 3 1 2.";
    } else if (const auto* matching = std::get_if<MatchingAnswer>(&shown.answer)) {
        for (std::size_t i = 0; i < matching->pairs.size(); ++i) out.options += "  " + std::to_string(i + 1) + ") " + matching->pairs[i].first + "\n";
        for (std::size_t i = 0; i < matching->pairs.size(); ++i) out.options += "  " + letter(i) + ") " + matching->pairs[i].second + "\n";
        out.how = "Pair each number with a letter, e.g. 1b 2a.";
    } else if (const auto* cloze = std::get_if<ClozeAnswer>(&shown.answer)) {
        out.options = "  " + clozeText(*cloze) + "\n";
        out.how = cloze->gaps.size() > 1 ? "Fill the gaps in order, separated by |." : "Fill the gap.";
    }
    return out;
}

}  // namespace

std::string questionText(const Question& question, const ShownOrder& order) {
    const Body parts = body(shownQuestion(question, order));
    std::string text;
    if (!question.prompt.empty()) text += question.prompt + "\n";
    text += parts.options;
    if (!parts.how.empty()) text += "(" + parts.how + ")\n";
    return text;
}

}  // namespace retain
