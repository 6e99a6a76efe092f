// gradeAnswer and parseAnswerText: dispatch to the question's type, then (for grades) the expected text
// and the suggested rating (see grader.hpp).
#include "core/grading/grader.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <variant>

#include "core/grading/answer_limits.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/grade_support.hpp"

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

GradeResult gradeAnswer(const Question& question, const LearnerAnswer& answer, double elapsedSeconds,
                        const GradingOptions& options) {
    GradeResult result;
    std::optional<std::string> tooMuch = typedAnswerProblem(answer.text);
    for (std::size_t i = 0; i < answer.gaps.size() && !tooMuch; ++i) tooMuch = typedAnswerProblem(answer.gaps[i]);
    if (tooMuch && !answer.selfRated) {
        // Refused before the type reads it: normalisation would hide the marks, and a huge paste costs.
        result = makeResult(Verdict::Refused, 0.0, *tooMuch);
        result.suggested = Rating::Again;
    } else if (answer.selfRated) {
        result = makeResult(Verdict::Refused, 0.0, "Self-rated: compare your answer with the expected one.");
        result.suggested = Rating::Good;
    } else {
        result = std::visit([&](const auto& spec) { return TypeOf<decltype(spec)>::grade(question, spec, answer); },
                            question.answer);
        if (!(result.score >= 0.0)) result.score = 0.0;  // also catches NaN
        result.score = std::min(result.score, 1.0);
        result.suggested = result.verdict == Verdict::Refused
                               ? Rating::Again
                               : suggestRating(result.score, answer.usedHint, elapsedSeconds, options);
        // A typo is a recall that was not quite there: never Easy.
        if (result.misspelled && result.suggested == Rating::Easy) result.suggested = Rating::Good;
    }
    result.correct = result.score >= 1.0;
    result.expected = expectedAnswerText(question);
    return result;
}

LearnerAnswer parseAnswerText(const Question& question, std::string_view line) {
    LearnerAnswer answer;
    answer.text = std::string(line);
    std::visit([&](const auto& spec) { TypeOf<decltype(spec)>::readTyped(spec, line, answer); }, question.answer);
    return answer;
}

}  // namespace retain
