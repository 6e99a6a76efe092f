// gradeAnswer: dispatch to the grader of the question's type, then the expected text and the suggested
// rating (see grader.hpp).
#include "core/grading/grader.hpp"

#include <algorithm>
#include <cmath>
#include <variant>

#include "core/grading/normalize.hpp"
#include "core/grading/type_graders.hpp"

namespace retain {

const char* verdictName(Verdict verdict) {
    switch (verdict) {
        case Verdict::Correct: return "correct";
        case Verdict::PartlyCorrect: return "partly_correct";
        case Verdict::NearMiss: return "near_miss";
        case Verdict::Wrong: return "wrong";
        case Verdict::Refused: return "refused";
    }
    return "unknown";
}

Rating suggestRating(double score, bool usedHint, double elapsedSeconds, const GradingOptions& options) {
    if (!(score > 0.0)) return Rating::Again;
    if (score < 1.0) return score < 0.5 ? Rating::Again : Rating::Hard;
    const bool timeKnown = std::isfinite(elapsedSeconds) && elapsedSeconds >= 0.0;
    if (usedHint || (timeKnown && elapsedSeconds > options.hardAfterSeconds)) return Rating::Hard;
    if (timeKnown && elapsedSeconds <= options.easyWithinSeconds) return Rating::Easy;
    return Rating::Good;
}

GradeResult makeResult(Verdict verdict, double score, std::string feedback) {
    GradeResult result;
    result.verdict = verdict;
    result.score = score;
    result.feedback = std::move(feedback);
    return result;
}

Verdict verdictForScore(double score) {
    if (score >= 1.0) return Verdict::Correct;
    if (score > 0.0) return Verdict::PartlyCorrect;
    return Verdict::Wrong;
}

std::string quoteForFeedback(std::string_view text) {
    constexpr std::size_t kMaxCodePoints = 60;
    std::u32string codePoints = toCodePoints(repairUtf8(text));
    for (char32_t& c : codePoints) {
        if (c < 0x20 || c == 0x7F) c = U' ';  // keep one-line feedback one line
    }
    if (codePoints.size() > kMaxCodePoints) {
        codePoints.resize(kMaxCodePoints - 1);
        codePoints += U'\u2026';
    }
    std::string out(1, '\'');
    out += toUtf8(codePoints);
    out += '\'';
    return out;
}

namespace {

struct TypeDispatch {
    const Question& question;
    const LearnerAnswer& answer;
    GradeResult operator()(const ChoiceAnswer& spec) const { return gradeChoice(spec, answer); }
    GradeResult operator()(const MultiAnswer& spec) const { return gradeMulti(spec, answer); }
    GradeResult operator()(const TrueFalseAnswer& spec) const { return gradeTrueFalse(spec, answer); }
    GradeResult operator()(const NumericAnswer& spec) const { return gradeNumeric(question, spec, answer); }
    GradeResult operator()(const DateAnswer& spec) const { return gradeDate(question, spec, answer); }
    GradeResult operator()(const TextAnswer& spec) const { return gradeText(spec, answer); }
    GradeResult operator()(const OrderingAnswer& spec) const { return gradeOrdering(spec, answer); }
    GradeResult operator()(const MatchingAnswer& spec) const { return gradeMatching(spec, answer); }
    GradeResult operator()(const ClozeAnswer& spec) const { return gradeCloze(spec, answer); }
};

}  // namespace

GradeResult gradeAnswer(const Question& question, const LearnerAnswer& answer, double elapsedSeconds,
                        const GradingOptions& options) {
    GradeResult result;
    if (answer.selfRated) {
        result = makeResult(Verdict::Refused, 0.0, "Self-rated: compare your answer with the expected one.");
        result.suggested = Rating::Good;
    } else {
        result = std::visit(TypeDispatch{question, answer}, question.answer);
        if (!(result.score >= 0.0)) result.score = 0.0;  // also catches NaN
        result.score = std::min(result.score, 1.0);
        result.suggested = result.verdict == Verdict::Refused
                               ? Rating::Again
                               : suggestRating(result.score, answer.usedHint, elapsedSeconds, options);
    }
    result.correct = result.score >= 1.0;
    result.expected = expectedAnswerText(question);
    return result;
}

}  // namespace retain
