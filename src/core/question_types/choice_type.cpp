// The choice type (see choice_type.hpp).
//
// [SECTION] reading
// [SECTION] grading
// [SECTION] display and typed answers
// [SECTION] cache and writers
#include "core/question_types/choice_type.hpp"

#include "core/bank/image_codec.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/typed_line.hpp"
#include "core/interop/writer_pieces.hpp"
#include "core/question_types/answer_fields.hpp"
#include "core/question_types/option_lists.hpp"
#include "core/session/shown_order.hpp"

namespace retain {

// [SECTION] reading ------------------------------------------------------------------------------

std::optional<ChoiceAnswer> ChoiceType::read(AnswerFields& fields) {
    OptionImages images;
    auto choices = readChoiceList(fields, images);
    auto answer = fields.requiredText("answer", "the right choice, written exactly as in 'choices'");
    auto shuffle = fields.optionalBool("shuffle", true);
    if (!choices || !answer || !shuffle) return std::nullopt;
    const int index = fields.choiceIndex(*choices, *answer, fields.valueAt(*fields.find("answer")));
    if (index < 0) return std::nullopt;
    return ChoiceAnswer{std::move(*choices), index, *shuffle, std::move(images)};
}

// [SECTION] grading ------------------------------------------------------------------------------

GradeResult ChoiceType::grade(const Question&, const ChoiceAnswer& spec, const LearnerAnswer& answer) {
    if (answer.selected.empty()) return emptySelection(answer, "a choice");
    if (answer.selected.size() > 1) return makeResult(Verdict::Refused, 0.0, "Pick one choice only.");
    const int picked = answer.selected.front();
    if (!inRange(picked, spec.choices.size())) {
        return makeResult(Verdict::Refused, 0.0,
                          "There is no choice " + std::to_string(picked + 1) + "; pick 1 to " + std::to_string(spec.choices.size()) + ".");
    }
    const bool right = picked == spec.correct;
    const std::string expected = inRange(spec.correct, spec.choices.size()) ? choiceAt(spec.choices, spec.correct) : std::string();
    GradeResult result = right ? makeResult(Verdict::Correct, 1.0, "Correct.")
                               : makeResult(Verdict::Wrong, 0.0,
                                            "Wrong: you chose " + quoteForFeedback(choiceAt(spec.choices, picked)) +
                                                "; the answer is " + quoteForFeedback(expected) + ".");
    result.parts.push_back(PartFeedback{choiceAt(spec.choices, picked), expected, right, ""});
    return result;
}

// [SECTION] display and typed answers ------------------------------------------------------------

std::string ChoiceType::expectedText(const ChoiceAnswer& spec) {
    return inRange(spec.correct, spec.choices.size()) ? choiceAt(spec.choices, spec.correct) : std::string();
}

void ChoiceType::readTyped(const ChoiceAnswer& shown, std::string_view line, LearnerAnswer& out) {
    if (auto index = findOption(line, shown.choices, true)) out.selected = {*index};
}

TypedPrompt ChoiceType::typedPrompt(const ChoiceAnswer& shown) {
    return {numberedLines(shown.choices), "Type the number of your choice."};
}

void ChoiceType::shuffle(const ChoiceAnswer& spec, SplitMix64& random, ShownOrder& order) {
    order.choices = spec.shuffle ? shownPermutation(spec.choices.size(), random, false) : identityOrder(spec.choices.size());
}

void ChoiceType::arrange(ChoiceAnswer& shown, const ShownOrder& order) {
    if (order.choices.size() != shown.choices.size()) return;
    shown.choices = rearranged(shown.choices, order.choices);
    if (!shown.choiceImages.empty()) shown.choiceImages = rearranged(shown.choiceImages, order.choices);
    shown.correct = shownPosition(order.choices, shown.correct);
}

std::string ChoiceType::inBankTerms(const ChoiceAnswer& spec, const LearnerAnswer& answer) {
    return textsAt(spec.choices, answer.selected, "; ");
}

// [SECTION] cache and writers --------------------------------------------------------------------

void ChoiceType::cache(ByteWriter& out, const ChoiceAnswer& spec) {
    out.texts(spec.choices);
    out.i32(spec.correct);
    out.flag(spec.shuffle);
    cacheImages(out, spec.choiceImages);
}

void ChoiceType::cache(ByteReader& in, ChoiceAnswer& spec) {
    spec.choices = in.texts();
    spec.correct = in.i32();
    spec.shuffle = in.flag();
    spec.choiceImages = cachedImages(in, spec.choices.size());
    in.checkIndices({spec.correct}, spec.choices.size());
}

void ChoiceType::writeYaml(YAML::Emitter& out, const ChoiceAnswer& spec) {
    emitKeyPicturedList(out, "choices", spec.choices, spec.choiceImages);
    if (inRange(spec.correct, spec.choices.size())) emitKeyText(out, "answer", choiceAt(spec.choices, spec.correct));
    if (!spec.shuffle) emitKeyBool(out, "shuffle", false);
}

std::string ChoiceType::writeGift(const Question& question, const ChoiceAnswer& spec) {
    std::string block;
    for (std::size_t i = 0; i < spec.choices.size(); ++i) {
        block.append(static_cast<int>(i) == spec.correct ? "=" : "~").append(giftAnswerText(spec.choices[i])).append("\n");
    }
    return giftItem(question, question.prompt, block);
}

std::string ChoiceType::ankiFront(const ChoiceAnswer& spec) { return htmlList(spec.choices, "ol type=\"A\""); }

}  // namespace retain
