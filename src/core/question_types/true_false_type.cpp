// The true_false type (see true_false_type.hpp).
#include "core/question_types/true_false_type.hpp"

#include "core/bank/byte_codec.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/normalize.hpp"
#include "core/interop/writer_pieces.hpp"
#include "core/question_types/answer_fields.hpp"

namespace retain {

std::optional<TrueFalseAnswer> TrueFalseType::read(AnswerFields& fields) {
    const MapEntry* entry = fields.require("answer", "true or false");
    if (entry == nullptr) return std::nullopt;
    const auto value = readBool(entry->value, "answer", fields.sink());
    if (!value) return std::nullopt;
    return TrueFalseAnswer{*value};
}

namespace {

struct TruthWord {
    std::string_view word;
    bool value;
};
constexpr std::array<TruthWord, 12> kTruthWords = {{{"true", true}, {"t", true}, {"yes", true}, {"y", true},
                                                    {"correct", true}, {"1", true}, {"false", false}, {"f", false},
                                                    {"no", false}, {"n", false}, {"incorrect", false}, {"0", false}}};

}  // namespace

// Reads text ("true", "t", "yes", "y", "correct", "1" and their opposites); without text, selected {0}
// means true and {1} false (the order a view shows them in).
GradeResult TrueFalseType::grade(const Question&, const TrueFalseAnswer& spec, const LearnerAnswer& answer) {
    const std::string word = normalizeAnswer(answer.text);
    bool given = false;
    bool read = false;
    for (const TruthWord& truth : kTruthWords) {
        if (truth.word == word) {
            given = truth.value;
            read = true;
        }
    }
    if (!read && word.empty() && answer.selected.size() == 1 && (answer.selected[0] == 0 || answer.selected[0] == 1)) {
        given = answer.selected[0] == 0;
        read = true;
    }
    if (!read) {
        if (word.empty()) return makeResult(Verdict::Wrong, 0.0, "No answer given.");
        return makeResult(Verdict::Refused, 0.0, "Could not read " + quoteForFeedback(answer.text) + ": answer true or false.");
    }
    const bool right = given == spec.value;
    const char* expected = spec.value ? "True" : "False";
    GradeResult result = right ? makeResult(Verdict::Correct, 1.0, "Correct.")
                               : makeResult(Verdict::Wrong, 0.0, std::string("Wrong: the statement is ") + (spec.value ? "true." : "false."));
    result.parts.push_back(PartFeedback{given ? "True" : "False", expected, right, ""});
    return result;
}

std::string TrueFalseType::expectedText(const TrueFalseAnswer& spec) { return spec.value ? "True" : "False"; }

TypedPrompt TrueFalseType::typedPrompt(const TrueFalseAnswer&) { return {"", "Type true or false."}; }

void TrueFalseType::shuffle(const TrueFalseAnswer&, SplitMix64&, ShownOrder&) {}

void TrueFalseType::arrange(TrueFalseAnswer&, const ShownOrder&) {}

std::string TrueFalseType::inBankTerms(const TrueFalseAnswer&, const LearnerAnswer& answer) { return answer.text; }

void TrueFalseType::readTyped(const TrueFalseAnswer&, std::string_view, LearnerAnswer&) {}  // the typed text is the answer

void TrueFalseType::cache(ByteWriter& out, const TrueFalseAnswer& spec) { out.flag(spec.value); }

void TrueFalseType::cache(ByteReader& in, TrueFalseAnswer& spec) { spec.value = in.flag(); }

void TrueFalseType::writeYaml(YAML::Emitter& out, const TrueFalseAnswer& spec) { emitKeyBool(out, "answer", spec.value); }

std::string TrueFalseType::writeGift(const Question& question, const TrueFalseAnswer& spec) {
    return giftItem(question, question.prompt, spec.value ? "TRUE\n" : "FALSE\n");
}

std::string TrueFalseType::ankiFront(const TrueFalseAnswer&) { return "<i>True or false?</i>"; }

}  // namespace retain
