// The typed-text graders: text answers and cloze gaps (each gap graded like a text answer, and also
// accepted when it names the same amount or the same date as an accepted answer). Rules: docs/grading.md.
//
// [SECTION] one typed text against its accepted answers
// [SECTION] text
// [SECTION] cloze
#include <algorithm>
#include <cmath>

#include "core/grading/date_parser.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/numeric_parser.hpp"
#include "core/grading/text_match.hpp"
#include "core/grading/type_graders.hpp"

namespace retain {

// [SECTION] one typed text against its accepted answers ------------------------------------------

namespace {

enum class TypedKind { Blank, Exact, Typo, NearMiss, CaseOnly, Wrong };

struct TypedGrade {
    TypedKind kind = TypedKind::Wrong;
    std::string closest;  // the accepted answer matched or nearly matched
};

// True when given names the same amount as accepted: equal values (a bare number read in accepted's
// scale), a currency among those the gap's answers name (any, when they name none), and the same unit
// words when accepted has any.
bool sameAmount(std::string_view given, const std::string& accepted, const std::vector<std::string>& allAccepted) {
    const ParsedNumber want = parseNumber(accepted);
    if (want.status != NumberStatus::Ok) return false;
    const ParsedNumber got = parseNumber(given);
    if (got.status != NumberStatus::Ok) return false;
    if (!got.currency.empty()) {
        bool named = false;
        bool known = false;
        for (const std::string& other : allAccepted) {
            const std::string currency = parseNumber(other).currency;
            named = named || !currency.empty();
            known = known || currency == got.currency;
        }
        if (named && !known) return false;
    }
    if (!want.unit.empty() && got.unit != want.unit) return false;
    if (want.unit.empty() && !got.unit.empty()) return false;
    auto same = [&](double value) { return std::fabs(value - want.value) <= 1e-9 * std::max(std::fabs(value), std::fabs(want.value)); };
    return same(got.value) || (!got.hasScale && want.hasScale && same(got.written * want.scale));
}

// True when given names the same date or range as accepted, at the same precision.
bool sameDate(std::string_view given, const std::string& accepted) {
    const ParsedDate want = parseDate(accepted);
    if (want.status != DateStatus::Ok) return false;
    const ParsedDate got = parseDate(given);
    return got.status == DateStatus::Ok && got.precision == want.precision && got.from == want.from && got.to == want.to;
}

TypedGrade gradeTyped(std::string_view given, const std::vector<std::string>& accepted, const TextMatchOptions& options,
                      bool allowEquivalents) {
    if (normalizeAnswer(given).empty()) return TypedGrade{TypedKind::Blank, {}};
    const TextMatch match = matchText(given, accepted, options);
    const std::string closest = match.acceptedIndex >= 0 ? accepted[static_cast<std::size_t>(match.acceptedIndex)] : std::string();
    if (match.kind == TextMatchKind::Exact) return TypedGrade{TypedKind::Exact, closest};
    if (allowEquivalents) {
        for (const std::string& candidate : accepted) {
            if (sameAmount(given, candidate, accepted) || sameDate(given, candidate)) return TypedGrade{TypedKind::Exact, candidate};
        }
    }
    if (match.kind == TextMatchKind::Typo) return TypedGrade{TypedKind::Typo, closest};
    if (options.caseSensitive) {
        const TextMatch folded = matchText(given, accepted, TextMatchOptions{false, false});
        if (folded.kind == TextMatchKind::Exact) {
            return TypedGrade{TypedKind::CaseOnly, accepted[static_cast<std::size_t>(folded.acceptedIndex)]};
        }
    }
    if (match.kind == TextMatchKind::NearMiss) return TypedGrade{TypedKind::NearMiss, closest};
    return TypedGrade{TypedKind::Wrong, {}};
}

bool countsAsRight(TypedKind kind) { return kind == TypedKind::Exact || kind == TypedKind::Typo; }

std::string noteFor(const TypedGrade& grade) {
    switch (grade.kind) {
        case TypedKind::Typo: return "accepted; the spelling is " + quoteForFeedback(grade.closest);
        case TypedKind::NearMiss: return "near miss: check the spelling of " + quoteForFeedback(grade.closest);
        case TypedKind::CaseOnly: return "near miss: mind the capitals in " + quoteForFeedback(grade.closest);
        case TypedKind::Blank: return "no answer";
        case TypedKind::Exact:
        case TypedKind::Wrong: break;
    }
    return "";
}

}  // namespace

// [SECTION] text ---------------------------------------------------------------------------------

GradeResult gradeText(const TextAnswer& spec, const LearnerAnswer& answer) {
    const TypedGrade grade = gradeTyped(answer.text, spec.accepted, TextMatchOptions{spec.typos, spec.caseSensitive}, false);
    const std::string canonical = spec.accepted.empty() ? std::string() : spec.accepted.front();
    GradeResult result;
    switch (grade.kind) {
        case TypedKind::Blank: return makeResult(Verdict::Wrong, 0.0, "No answer given.");
        case TypedKind::Exact: result = makeResult(Verdict::Correct, 1.0, "Correct."); break;
        case TypedKind::Typo:
            result = makeResult(Verdict::Correct, 1.0, "Correct, but check the spelling: " + quoteForFeedback(grade.closest) + ".");
            break;
        case TypedKind::NearMiss:
            result = makeResult(Verdict::NearMiss, 0.0, "Near miss: check the spelling of " + quoteForFeedback(grade.closest) + ".");
            break;
        case TypedKind::CaseOnly:
            result = makeResult(Verdict::NearMiss, 0.0, "Near miss: mind the capitals in " + quoteForFeedback(grade.closest) + ".");
            break;
        case TypedKind::Wrong: result = makeResult(Verdict::Wrong, 0.0, "Wrong: the answer is " + quoteForFeedback(canonical) + "."); break;
    }
    result.parts.push_back(PartFeedback{repairUtf8(answer.text), canonical, countsAsRight(grade.kind), noteFor(grade)});
    return result;
}

// [SECTION] cloze --------------------------------------------------------------------------------

// Score = gaps right / gaps. Missing gaps are wrong; more answers than gaps is refused.
GradeResult gradeCloze(const ClozeAnswer& spec, const LearnerAnswer& answer) {
    const std::size_t gapCount = spec.gaps.size();
    if (answer.gaps.size() > gapCount) {
        return makeResult(Verdict::Refused, 0.0,
                          "Expected " + std::to_string(gapCount) + (gapCount == 1 ? " answer" : " answers, one per gap,") +
                              " but got " + std::to_string(answer.gaps.size()) + ".");
    }
    bool anyGiven = false;
    for (const std::string& gap : answer.gaps) anyGiven = anyGiven || !normalizeAnswer(gap).empty();
    if (!anyGiven) {
        if (!normalizeAnswer(answer.text).empty() && answer.gaps.empty()) {
            return makeResult(Verdict::Refused, 0.0, "Could not read " + quoteForFeedback(answer.text) + " as gap answers.");
        }
        return makeResult(Verdict::Wrong, 0.0, "No answer given.");
    }
    GradeResult result;
    std::size_t right = 0;
    const TypedGrade* firstNearMiss = nullptr;
    const TypedGrade* firstTypo = nullptr;
    std::vector<TypedGrade> grades;
    grades.reserve(gapCount);
    for (std::size_t i = 0; i < gapCount; ++i) {
        const std::string given = i < answer.gaps.size() ? answer.gaps[i] : std::string();
        const ClozeGap& gap = spec.gaps[i];
        grades.push_back(gradeTyped(given, gap.accepted, TextMatchOptions{}, true));
        const TypedGrade& grade = grades.back();
        if (countsAsRight(grade.kind)) ++right;
        const std::string canonical = gap.accepted.empty() ? std::string() : gap.accepted.front();
        result.parts.push_back(PartFeedback{repairUtf8(given), canonical, countsAsRight(grade.kind), noteFor(grade)});
    }
    for (const TypedGrade& grade : grades) {
        if (grade.kind == TypedKind::NearMiss && firstNearMiss == nullptr) firstNearMiss = &grade;
        if (grade.kind == TypedKind::Typo && firstTypo == nullptr) firstTypo = &grade;
    }
    const double score = gapCount == 0 ? 0.0 : static_cast<double>(right) / static_cast<double>(gapCount);
    result.score = score;
    result.verdict = verdictForScore(score);
    if (score >= 1.0) {
        result.feedback = firstTypo ? "Correct, but check the spelling: " + quoteForFeedback(firstTypo->closest) + "." : "Correct.";
    } else if (score > 0.0) {
        result.feedback = "Partly correct: " + std::to_string(right) + " of " + std::to_string(gapCount) + " gaps right.";
    } else if (firstNearMiss != nullptr) {
        result.verdict = Verdict::NearMiss;
        result.feedback = "Near miss: check the spelling of " + quoteForFeedback(firstNearMiss->closest) + ".";
    } else {
        result.feedback = gapCount == 1 ? "Wrong: the answer is " + quoteForFeedback(result.parts.front().expected) + "."
                                        : "Wrong: none of the " + std::to_string(gapCount) + " gaps is right.";
    }
    return result;
}

}  // namespace retain
