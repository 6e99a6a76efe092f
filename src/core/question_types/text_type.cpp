// The text type (see text_type.hpp). Grading: docs/grading.md (normalisation, typos that grow with
// length, near misses, case).
#include "core/question_types/text_type.hpp"

#include <algorithm>

#include "core/bank/byte_codec.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/typed_text_grade.hpp"
#include "core/interop/writer_pieces.hpp"
#include "core/question_types/answer_fields.hpp"

namespace retain {

std::optional<TextAnswer> TextType::read(AnswerFields& fields) {
    auto answer = fields.requiredText("answer", "the canonical answer, e.g. Shinzo Abe");
    auto aliases = fields.optionalList("aliases");
    auto typos = fields.optionalBool("typos", true);
    auto caseSensitive = fields.optionalBool("case_sensitive", false);
    auto allowExtra = fields.optionalList("allow_extra");
    if (!answer || !aliases || !typos || !caseSensitive || !allowExtra) return std::nullopt;
    TextAnswer text;
    text.accepted.push_back(std::move(*answer));
    for (std::string& alias : *aliases) {
        if (std::find(text.accepted.begin(), text.accepted.end(), alias) == text.accepted.end()) text.accepted.push_back(std::move(alias));
    }
    text.typos = *typos;
    text.caseSensitive = *caseSensitive;
    text.allowExtra = std::move(*allowExtra);
    return text;
}

GradeResult TextType::grade(const Question&, const TextAnswer& spec, const LearnerAnswer& answer) {
    const TypedGrade grade = gradeTyped(answer.text, spec.accepted, TextMatchOptions{spec.typos, spec.caseSensitive}, false, spec.allowExtra);
    const std::string canonical = spec.accepted.empty() ? std::string() : spec.accepted.front();
    GradeResult result;
    switch (grade.kind) {
        case TypedKind::Blank: return makeResult(Verdict::Wrong, 0.0, "No answer given.");
        case TypedKind::Exact:
            result = makeResult(Verdict::Correct, 1.0, grade.form.empty() ? "Correct." : "Correct (accepted " + grade.form + ").");
            break;
        case TypedKind::Typo:
            result = makeResult(Verdict::Correct, 1.0,
                                "Correct, but check the spelling: " + quoteForFeedback(grade.closest) + formNote(grade) + ".");
            break;
        case TypedKind::NearMiss:
            result = makeResult(Verdict::NearMiss, 0.0,
                                "Near miss: check the spelling of " + quoteForFeedback(grade.closest) + formNote(grade) + ".");
            break;
        case TypedKind::CaseOnly:
            result = makeResult(Verdict::NearMiss, 0.0, "Near miss: mind the capitals in " + quoteForFeedback(grade.closest) + ".");
            break;
        case TypedKind::Wrong: result = makeResult(Verdict::Wrong, 0.0, "Wrong: the answer is " + quoteForFeedback(canonical) + "."); break;
    }
    result.misspelled = grade.kind == TypedKind::Typo;
    result.parts.push_back(PartFeedback{repairUtf8(answer.text), canonical, countsAsRight(grade.kind), noteFor(grade),
                                        countsAsRight(grade.kind) ? grade.closest : std::string()});
    return result;
}

std::string TextType::expectedText(const TextAnswer& spec) { return spec.accepted.empty() ? std::string() : spec.accepted.front(); }

TypedPrompt TextType::typedPrompt(const TextAnswer&) { return {"", "Type your answer."}; }

void TextType::shuffle(const TextAnswer&, SplitMix64&, ShownOrder&) {}

void TextType::arrange(TextAnswer&, const ShownOrder&) {}

std::string TextType::inBankTerms(const TextAnswer&, const LearnerAnswer& answer) { return answer.text; }

void TextType::readTyped(const TextAnswer&, std::string_view, LearnerAnswer&) {}  // the typed text is the answer

void TextType::cache(ByteWriter& out, const TextAnswer& spec) {
    out.texts(spec.accepted);
    out.flag(spec.typos);
    out.flag(spec.caseSensitive);
    out.texts(spec.allowExtra);
}

void TextType::cache(ByteReader& in, TextAnswer& spec) {
    spec.accepted = in.texts();
    spec.typos = in.flag();
    spec.caseSensitive = in.flag();
    spec.allowExtra = in.texts();
}

void TextType::writeYaml(YAML::Emitter& out, const TextAnswer& spec) {
    if (!spec.accepted.empty()) emitKeyText(out, "answer", spec.accepted.front());
    if (spec.accepted.size() > 1) emitKeyTextList(out, "aliases", std::vector<std::string>(spec.accepted.begin() + 1, spec.accepted.end()));
    if (!spec.typos) emitKeyBool(out, "typos", false);
    if (spec.caseSensitive) emitKeyBool(out, "case_sensitive", true);
    if (!spec.allowExtra.empty()) emitKeyTextList(out, "allow_extra", spec.allowExtra);
}

std::string TextType::writeGift(const Question& question, const TextAnswer& spec) {
    return giftItem(question, question.prompt, giftShortAnswerBlock(spec.accepted));
}

std::string TextType::ankiFront(const TextAnswer&) { return {}; }

}  // namespace retain
