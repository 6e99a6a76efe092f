// Pieces every question type's grader uses (see grade_support.hpp).
#include "core/grading/grade_support.hpp"

#include "core/grading/normalize.hpp"

namespace retain {

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

bool isBlankAnswer(std::string_view text) { return normalizeText(text).empty(); }

// The result for a selection that is empty: wrong when nothing was typed either, refused when a typed
// line could not be read as choices.
GradeResult emptySelection(const LearnerAnswer& answer, const char* what) {
    if (isBlankAnswer(answer.text)) return makeResult(Verdict::Wrong, 0.0, "No answer given.");
    return makeResult(Verdict::Refused, 0.0,
                      "Could not read " + quoteForFeedback(answer.text) + " as " + what +
                          ": type a number, a letter or the text of a choice.");
}

// The result when the arrangement is empty: wrong when nothing was typed, refused when a typed line
// could not be read.
GradeResult emptyArrangement(const LearnerAnswer& answer, const std::string& how) {
    if (normalizeText(answer.text).empty()) return makeResult(Verdict::Wrong, 0.0, "No answer given.");
    return makeResult(Verdict::Refused, 0.0, "Could not read " + quoteForFeedback(answer.text) + ": " + how);
}

}  // namespace retain
