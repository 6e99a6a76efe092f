// The multi type (see multi_type.hpp).
//
// [SECTION] reading
// [SECTION] grading
// [SECTION] display and typed answers
// [SECTION] cache and writers
#include "core/question_types/multi_type.hpp"

#include <algorithm>

#include "core/bank/image_codec.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/typed_line.hpp"
#include "core/interop/writer_pieces.hpp"
#include "core/question_types/answer_fields.hpp"
#include "core/question_types/option_lists.hpp"
#include "core/session/shown_order.hpp"

namespace retain {

// [SECTION] reading ------------------------------------------------------------------------------

std::optional<MultiAnswer> MultiType::read(AnswerFields& fields) {
    OptionImages images;
    auto choices = readChoiceList(fields, images);
    const MapEntry* entry = fields.require("answers", "the list of right choices, e.g. [Tokyo, Kyoto]");
    auto shuffle = fields.optionalBool("shuffle", true);
    std::optional<std::vector<std::string>> answers;
    if (entry != nullptr) answers = readTextList(entry->value, "answers", true, fields.sink());
    if (!choices || !answers || !shuffle) return std::nullopt;
    if (answers->empty()) {
        fields.sink().error(fields.valueAt(*entry), "'answers' is empty: list at least one right choice");
        return std::nullopt;
    }
    if (!fields.distinct(*answers, *entry, "answer")) return std::nullopt;
    MultiAnswer multi{std::move(*choices), {}, *shuffle, std::move(images)};
    bool ok = true;
    for (std::size_t i = 0; i < answers->size(); ++i) {
        const int index = fields.choiceIndex(multi.choices, (*answers)[i], fields.itemAt(*entry, i));
        if (index < 0) ok = false;
        multi.correct.push_back(index);
    }
    if (!ok) return std::nullopt;
    std::sort(multi.correct.begin(), multi.correct.end());
    return multi;
}

// [SECTION] grading ------------------------------------------------------------------------------

// Each right choice selected earns 1/k, each wrong choice selected costs 1/k (k = number of right
// choices); the sum is floored at 0. Full credit only for exactly the right set. Ticking every box
// (when not every choice is right) scores 0: a learner who ticks everything has not told right from wrong.
GradeResult MultiType::grade(const Question&, const MultiAnswer& spec, const LearnerAnswer& answer) {
    if (answer.selected.empty() && !isBlankAnswer(answer.text)) return emptySelection(answer, "choices");
    std::vector<bool> chosen(spec.choices.size(), false);
    for (int index : answer.selected) {
        if (!inRange(index, spec.choices.size())) {
            return makeResult(Verdict::Refused, 0.0,
                              "There is no choice " + std::to_string(index + 1) + "; pick among 1 to " +
                                  std::to_string(spec.choices.size()) + ".");
        }
        chosen[static_cast<std::size_t>(index)] = true;
    }
    const std::size_t k = std::max<std::size_t>(spec.correct.size(), 1);
    int rightChosen = 0;
    int wrongChosen = 0;
    GradeResult result;
    for (std::size_t i = 0; i < spec.choices.size(); ++i) {
        const bool right = std::find(spec.correct.begin(), spec.correct.end(), static_cast<int>(i)) != spec.correct.end();
        if (chosen[i] && right) ++rightChosen;
        if (chosen[i] && !right) ++wrongChosen;
        // A choice neither picked nor right says nothing: no "(none) | (none)" row for it.
        if (!chosen[i] && !right) continue;
        const char* note = chosen[i] == right ? "" : (right ? "missed" : "not one of the answers");
        result.parts.push_back(PartFeedback{chosen[i] ? spec.choices[i] : std::string(), right ? spec.choices[i] : std::string(),
                                            chosen[i] == right, note});
    }
    const bool exact = rightChosen == static_cast<int>(spec.correct.size()) && wrongChosen == 0;
    const bool everyBox = std::all_of(chosen.begin(), chosen.end(), [](bool c) { return c; });
    const double score = exact ? 1.0 : everyBox ? 0.0 : std::clamp(static_cast<double>(rightChosen - wrongChosen) / static_cast<double>(k), 0.0, 1.0);
    result.score = score;
    result.verdict = verdictForScore(score);
    if (exact) {
        result.feedback = "Correct.";
    } else if (answer.selected.empty()) {
        result.feedback = "No answer given.";
    } else {
        result.feedback = std::string(score > 0.0 ? "Partly correct" : "Wrong") + ": " + std::to_string(rightChosen) + " of " +
                          std::to_string(spec.correct.size()) + " right choices picked, " + std::to_string(wrongChosen) +
                          " wrong.";
    }
    return result;
}

// [SECTION] display and typed answers ------------------------------------------------------------

namespace {

std::vector<int> rightIndices(const MultiAnswer& spec) {
    std::vector<int> right;
    for (int index : spec.correct) {
        if (inRange(index, spec.choices.size())) right.push_back(index);
    }
    return right;
}

std::vector<int> sortedUnique(std::vector<int> values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

// "1,3", "1 3", "A C", "ac", "Tokyo; Osaka": positions first, then compact letters, then texts.
std::vector<int> readSelection(std::string_view line, const std::vector<std::string>& choices) {
    // Plain normalisation: answer mode would read the "A " of "A C" as an article.
    const std::string cleaned = normalizeText(line);
    if (cleaned.empty()) return {};
    if (auto whole = findByText(cleaned, choices, false)) return {*whole};
    std::vector<int> selected;
    bool allPositions = true;
    for (std::string token : splitAny(cleaned, ",; ", true)) {
        while (!token.empty() && (token.back() == '.' || token.back() == ')')) token.pop_back();
        if (token == "and" || token == "&") continue;
        const auto index = readPosition(token, choices.size());
        if (!index) {
            allPositions = false;
            break;
        }
        selected.push_back(*index);
    }
    if (allPositions && !selected.empty()) return sortedUnique(selected);
    selected.clear();
    bool allLetters = cleaned.size() <= choices.size() && cleaned.find(' ') == std::string::npos;
    for (char c : cleaned) {
        const auto index = allLetters ? readLetter(std::string_view(&c, 1), choices.size()) : std::nullopt;
        if (!index) allLetters = false;
        else selected.push_back(*index);
    }
    if (allLetters && !selected.empty()) return sortedUnique(selected);
    selected.clear();
    for (const std::string& piece : splitAny(line, ",;", true)) {
        if (normalizeAnswer(piece).empty()) continue;
        const auto index = findOption(piece, choices, true);
        if (!index) return {};
        selected.push_back(*index);
    }
    return sortedUnique(selected);
}

}  // namespace

std::string MultiType::expectedText(const MultiAnswer& spec) { return textsAt(spec.choices, rightIndices(spec), ", "); }

void MultiType::readTyped(const MultiAnswer& shown, std::string_view line, LearnerAnswer& out) {
    out.selected = readSelection(line, shown.choices);
}

TypedPrompt MultiType::typedPrompt(const MultiAnswer& shown) {
    return {numberedLines(shown.choices), "Several are right: type their numbers, e.g. 1,3."};
}

void MultiType::shuffle(const MultiAnswer& spec, SplitMix64& random, ShownOrder& order) {
    order.choices = spec.shuffle ? shownPermutation(spec.choices.size(), random, false) : identityOrder(spec.choices.size());
}

void MultiType::arrange(MultiAnswer& shown, const ShownOrder& order) {
    if (order.choices.size() != shown.choices.size()) return;
    shown.choices = rearranged(shown.choices, order.choices);
    if (!shown.choiceImages.empty()) shown.choiceImages = rearranged(shown.choiceImages, order.choices);
    for (int& index : shown.correct) index = shownPosition(order.choices, index);
    std::sort(shown.correct.begin(), shown.correct.end());
}

std::string MultiType::inBankTerms(const MultiAnswer& spec, const LearnerAnswer& answer) {
    return textsAt(spec.choices, answer.selected, "; ");
}

// [SECTION] cache and writers --------------------------------------------------------------------

void MultiType::cache(ByteWriter& out, const MultiAnswer& spec) {
    out.texts(spec.choices);
    out.indices(spec.correct);
    out.flag(spec.shuffle);
    cacheImages(out, spec.choiceImages);
}

void MultiType::cache(ByteReader& in, MultiAnswer& spec) {
    spec.choices = in.texts();
    spec.correct = in.indices();
    spec.shuffle = in.flag();
    spec.choiceImages = cachedImages(in, spec.choices.size());
    in.checkIndices(spec.correct, spec.choices.size());
}

void MultiType::writeYaml(YAML::Emitter& out, const MultiAnswer& spec) {
    emitKeyPicturedList(out, "choices", spec.choices, spec.choiceImages);
    std::vector<std::string> right;
    for (int index : rightIndices(spec)) right.push_back(choiceAt(spec.choices, index));
    emitKeyTextList(out, "answers", right);
    if (!spec.shuffle) emitKeyBool(out, "shuffle", false);
}

std::string MultiType::writeGift(const Question& question, const MultiAnswer& spec) {
    const double right = spec.correct.empty() ? 100.0 : 100.0 / static_cast<double>(spec.correct.size());
    std::string block;
    for (std::size_t i = 0; i < spec.choices.size(); ++i) {
        const bool isRight = std::find(spec.correct.begin(), spec.correct.end(), static_cast<int>(i)) != spec.correct.end();
        block += "~%" + (isRight ? giftWeightText(right) : std::string("-100")) + "%" + giftAnswerText(spec.choices[i]) + "\n";
    }
    return giftItem(question, question.prompt, block);
}

std::string MultiType::ankiFront(const MultiAnswer& spec) {
    return "<i>(choose all that apply)</i>" + htmlList(spec.choices, "ol type=\"A\"");
}

}  // namespace retain
