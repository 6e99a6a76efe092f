// The live classroom's per-type wire forms (see live_wire_types.hpp). One section per question type, each
// with the question's wire form and the answer's; questionWire and answerFromWire dispatch with an
// exhaustive std::visit, so a new question type does not compile until it has both.
//
// [SECTION] Reading helpers
// [SECTION] choice
// [SECTION] multi
// [SECTION] true_false
// [SECTION] numeric, date, text (typed)
// [SECTION] ordering
// [SECTION] matching
// [SECTION] cloze
// [SECTION] pictures
// [SECTION] Dispatch
#include "net/live_wire_types.hpp"

#include "net/live_pictures.hpp"

#include <algorithm>
#include <variant>

namespace retain::net {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxTypedBytes = 1000;  // longest typed answer or gap read from a phone, bytes

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// [SECTION] Reading helpers

// Reads value as an index in [0, count); sets error and returns -1 when it is not one.
int readIndex(const json& value, std::size_t count, std::string& error) {
    if (!value.is_number_integer()) {
        error = "An answer index must be a whole number.";
        return -1;
    }
    const auto index = value.get<long long>();
    if (index < 0 || index >= static_cast<long long>(count)) {
        error = "An answer index is out of range.";
        return -1;
    }
    return static_cast<int>(index);
}

// Reads wire[key] as a list of distinct indices in [0, count); nothing (error set) when it is not one.
std::optional<std::vector<int>> readIndexList(const json& wire, const char* key, std::size_t count, std::string& error) {
    if (!wire.is_object() || !wire.contains(key) || !wire[key].is_array() || wire[key].size() > count) {
        error = std::string("The answer needs \"") + key + "\": a list of at most " + std::to_string(count) + " indices.";
        return std::nullopt;
    }
    std::vector<int> indices;
    for (const json& value : wire[key]) {
        const int index = readIndex(value, count, error);
        if (index < 0) return std::nullopt;
        if (std::find(indices.begin(), indices.end(), index) != indices.end()) {
            error = "An index appears twice in the answer.";
            return std::nullopt;
        }
        indices.push_back(index);
    }
    return indices;
}

// Reads a typed text up to kMaxTypedBytes; nothing (error set) when it is not a string.
std::optional<std::string> readText(const json& value, std::string& error) {
    if (!value.is_string()) {
        error = "The answer needs \"text\": a string.";
        return std::nullopt;
    }
    std::string text = value.get<std::string>();
    if (text.size() > kMaxTypedBytes) {
        error = "The typed answer is too long.";
        return std::nullopt;
    }
    return text;
}

json shownTexts(const std::vector<std::string>& texts, const std::vector<int>& order) {
    json list = json::array();
    for (int index : order) list.push_back(texts.at(static_cast<std::size_t>(index)));
    return list;
}

// [SECTION] choice

void choiceWire(const ChoiceAnswer& spec, const ShownOrder& order, json& out) {
    out["choices"] = shownTexts(spec.choices, order.choices);
}

std::optional<LearnerAnswer> choiceAnswer(const ChoiceAnswer& spec, const ShownOrder& order, const json& wire, std::string& error) {
    if (!wire.is_object() || !wire.contains("choice")) {
        error = "The answer needs \"choice\": the index of the tapped choice.";
        return std::nullopt;
    }
    const int shown = readIndex(wire["choice"], std::min(spec.choices.size(), order.choices.size()), error);
    if (shown < 0) return std::nullopt;
    LearnerAnswer answer;
    answer.selected = {order.choices[static_cast<std::size_t>(shown)]};
    return answer;
}

// [SECTION] multi

void multiWire(const MultiAnswer& spec, const ShownOrder& order, json& out) {
    out["choices"] = shownTexts(spec.choices, order.choices);
}

std::optional<LearnerAnswer> multiAnswer(const MultiAnswer& spec, const ShownOrder& order, const json& wire, std::string& error) {
    const auto shown = readIndexList(wire, "choices", std::min(spec.choices.size(), order.choices.size()), error);
    if (!shown) return std::nullopt;
    LearnerAnswer answer;
    for (int position : *shown) answer.selected.push_back(order.choices[static_cast<std::size_t>(position)]);
    std::sort(answer.selected.begin(), answer.selected.end());
    return answer;
}

// [SECTION] true_false

void trueFalseWire(const TrueFalseAnswer&, const ShownOrder&, json&) {}

std::optional<LearnerAnswer> trueFalseAnswer(const TrueFalseAnswer&, const ShownOrder&, const json& wire, std::string& error) {
    if (!wire.is_object() || !wire.contains("value") || !wire["value"].is_boolean()) {
        error = "The answer needs \"value\": true or false.";
        return std::nullopt;
    }
    LearnerAnswer answer;
    answer.text = wire["value"].get<bool>() ? "true" : "false";
    return answer;
}

// [SECTION] numeric, date, text (typed)

std::optional<LearnerAnswer> typedAnswer(const json& wire, std::string& error) {
    if (!wire.is_object() || !wire.contains("text")) {
        error = "The answer needs \"text\": the typed answer.";
        return std::nullopt;
    }
    auto text = readText(wire["text"], error);
    if (!text) return std::nullopt;
    LearnerAnswer answer;
    answer.text = std::move(*text);
    return answer;
}

void numericWire(const NumericAnswer& spec, const ShownOrder&, json& out) {
    if (!spec.unit.empty()) out["unit"] = spec.unit;  // the unit tells what to type, not the value
}

void dateWire(const DateAnswer& spec, const ShownOrder&, json& out) {
    out["precision"] = spec.precision == DatePrecision::Year ? "year" : spec.precision == DatePrecision::Month ? "month" : "day";
}

void textWire(const TextAnswer&, const ShownOrder&, json&) {}

// [SECTION] ordering

void orderingWire(const OrderingAnswer& spec, const ShownOrder& order, json& out) {
    out["items"] = shownTexts(spec.items, order.items);
}

std::optional<LearnerAnswer> orderingAnswer(const OrderingAnswer& spec, const ShownOrder& order, const json& wire, std::string& error) {
    const std::size_t count = std::min(spec.items.size(), order.items.size());
    const auto shown = readIndexList(wire, "order", count, error);
    if (!shown) return std::nullopt;
    if (shown->size() != count) {
        error = "The order must place every item once.";
        return std::nullopt;
    }
    LearnerAnswer answer;
    for (int position : *shown) answer.order.push_back(order.items[static_cast<std::size_t>(position)]);
    return answer;
}

// [SECTION] matching

void matchingWire(const MatchingAnswer& spec, const ShownOrder& order, json& out) {
    json left = json::array();
    std::vector<std::string> rights;
    for (const auto& pair : spec.pairs) {
        left.push_back(pair.first);
        rights.push_back(pair.second);
    }
    out["left"] = std::move(left);
    out["right"] = shownTexts(rights, order.rights);
}

std::optional<LearnerAnswer> matchingAnswer(const MatchingAnswer& spec, const ShownOrder& order, const json& wire, std::string& error) {
    const std::size_t count = std::min(spec.pairs.size(), order.rights.size());
    if (!wire.is_object() || !wire.contains("pairs") || !wire["pairs"].is_array() || wire["pairs"].size() > count) {
        error = "The answer needs \"pairs\": a list of [left, right] index pairs.";
        return std::nullopt;
    }
    LearnerAnswer answer;
    answer.matches.assign(spec.pairs.size(), -1);
    std::vector<bool> rightUsed(count, false);
    for (const json& pair : wire["pairs"]) {
        if (!pair.is_array() || pair.size() != 2) {
            error = "Each pair must be [left, right].";
            return std::nullopt;
        }
        const int left = readIndex(pair[0], count, error);
        const int right = left < 0 ? -1 : readIndex(pair[1], count, error);
        if (right < 0) return std::nullopt;
        if (answer.matches[static_cast<std::size_t>(left)] >= 0 || rightUsed[static_cast<std::size_t>(right)]) {
            error = "An item is paired twice.";
            return std::nullopt;
        }
        rightUsed[static_cast<std::size_t>(right)] = true;
        answer.matches[static_cast<std::size_t>(left)] = order.rights[static_cast<std::size_t>(right)];
    }
    return answer;
}

// [SECTION] cloze

void clozeWire(const ClozeAnswer& spec, const ShownOrder&, json& out) {
    out["text"] = spec.text;  // prose with {{N}} markers where the gaps are
    out["gaps"] = spec.gaps.size();
}

std::optional<LearnerAnswer> clozeAnswer(const ClozeAnswer& spec, const ShownOrder&, const json& wire, std::string& error) {
    if (!wire.is_object() || !wire.contains("gaps") || !wire["gaps"].is_array() || wire["gaps"].size() > spec.gaps.size()) {
        error = "The answer needs \"gaps\": one text per gap.";
        return std::nullopt;
    }
    LearnerAnswer answer;
    for (const json& gap : wire["gaps"]) {
        auto text = readText(gap, error);
        if (!text) return std::nullopt;
        answer.gaps.push_back(std::move(*text));
    }
    answer.gaps.resize(spec.gaps.size());  // gaps left out count as empty
    return answer;
}

// [SECTION] pictures

// Adds the question's picture ("image") and its options' ("choice_images", "left_images",
// "right_images": one per option as shown, null where none) as {url, alt, only}; only = a picture-only
// option, whose text is its alt. URLs name the picture's position in questionImages (live_pictures.hpp).
void picturesWire(const Question& question, const ShownOrder& order, int gameIndex, json& out) {
    const std::vector<const QuestionImage*> all = questionImages(question);
    if (all.empty() || gameIndex < 0) return;
    const auto wire = [&](const std::string& text, const QuestionImage& image) -> json {
        const auto at = std::find(all.begin(), all.end(), &image);
        if (image.empty() || at == all.end()) return nullptr;
        return json{{"url", livePictureUrl(gameIndex, static_cast<std::size_t>(at - all.begin()), image)},
                    {"alt", image.alt},
                    {"only", pictureOnly(text, image)}};
    };
    const auto shownWire = [&](const std::vector<std::string>& texts, const OptionImages& images, const std::vector<int>& shown) {
        json list = json::array();
        for (int index : shown) {
            const auto i = static_cast<std::size_t>(index);
            list.push_back(i < texts.size() && i < images.size() ? wire(texts[i], images[i]) : json(nullptr));
        }
        return list;
    };
    if (!question.image.empty()) out["image"] = wire(std::string(), question.image);
    if (const auto* choice = std::get_if<ChoiceAnswer>(&question.answer); choice && !choice->choiceImages.empty()) {
        out["choice_images"] = shownWire(choice->choices, choice->choiceImages, order.choices);
    }
    if (const auto* multi = std::get_if<MultiAnswer>(&question.answer); multi && !multi->choiceImages.empty()) {
        out["choice_images"] = shownWire(multi->choices, multi->choiceImages, order.choices);
    }
    if (const auto* matching = std::get_if<MatchingAnswer>(&question.answer)) {
        std::vector<std::string> lefts, rights;
        for (const auto& [left, right] : matching->pairs) {
            lefts.push_back(left);
            rights.push_back(right);
        }
        if (!matching->leftImages.empty()) out["left_images"] = shownWire(lefts, matching->leftImages, identityOrder(lefts.size()));
        if (!matching->rightImages.empty()) out["right_images"] = shownWire(rights, matching->rightImages, order.rights);
    }
}

}  // namespace

// [SECTION] Dispatch

json questionWire(const Question& question, const ShownOrder& order, int gameIndex) {
    json out = json::object();
    out["kind"] = questionTypeName(question.type());
    out["prompt"] = question.prompt;
    std::visit(Overloaded{
                   [&](const ChoiceAnswer& spec) { choiceWire(spec, order, out); },
                   [&](const MultiAnswer& spec) { multiWire(spec, order, out); },
                   [&](const TrueFalseAnswer& spec) { trueFalseWire(spec, order, out); },
                   [&](const NumericAnswer& spec) { numericWire(spec, order, out); },
                   [&](const DateAnswer& spec) { dateWire(spec, order, out); },
                   [&](const TextAnswer& spec) { textWire(spec, order, out); },
                   [&](const OrderingAnswer& spec) { orderingWire(spec, order, out); },
                   [&](const MatchingAnswer& spec) { matchingWire(spec, order, out); },
                   [&](const ClozeAnswer& spec) { clozeWire(spec, order, out); },
               },
               question.answer);
    picturesWire(question, order, gameIndex, out);
    return out;
}

std::optional<LearnerAnswer> answerFromWire(const Question& question, const ShownOrder& order, const json& wire, std::string& error) {
    return std::visit(Overloaded{
                          [&](const ChoiceAnswer& spec) { return choiceAnswer(spec, order, wire, error); },
                          [&](const MultiAnswer& spec) { return multiAnswer(spec, order, wire, error); },
                          [&](const TrueFalseAnswer& spec) { return trueFalseAnswer(spec, order, wire, error); },
                          [&](const NumericAnswer&) { return typedAnswer(wire, error); },
                          [&](const DateAnswer&) { return typedAnswer(wire, error); },
                          [&](const TextAnswer&) { return typedAnswer(wire, error); },
                          [&](const OrderingAnswer& spec) { return orderingAnswer(spec, order, wire, error); },
                          [&](const MatchingAnswer& spec) { return matchingAnswer(spec, order, wire, error); },
                          [&](const ClozeAnswer& spec) { return clozeAnswer(spec, order, wire, error); },
                      },
                      question.answer);
}

}  // namespace retain::net
