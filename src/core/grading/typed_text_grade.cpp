// Typed text against accepted answers (see typed_text_grade.hpp).
#include "core/grading/typed_text_grade.hpp"

#include <algorithm>
#include <cmath>

#include "core/grading/answer_forms.hpp"
#include "core/grading/date_parser.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/numeric_parser.hpp"

namespace retain {

namespace {

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

}  // namespace

TypedGrade gradeTyped(std::string_view given, const std::vector<std::string>& accepted, const TextMatchOptions& options,
                      bool allowEquivalents, const std::vector<std::string>& allowExtra) {
    if (normalizeAnswer(given).empty()) return TypedGrade{TypedKind::Blank, {}};
    const TextMatch match = matchText(given, accepted, options);
    const std::string closest = match.acceptedIndex >= 0 ? accepted[static_cast<std::size_t>(match.acceptedIndex)] : std::string();
    if (match.kind == TextMatchKind::Exact) return TypedGrade{TypedKind::Exact, closest};
    if (allowEquivalents) {
        for (const std::string& candidate : accepted) {
            if (sameAmount(given, candidate, accepted) || sameDate(given, candidate)) return TypedGrade{TypedKind::Exact, candidate};
        }
    }
    const FormMatch forms = matchAnswerForms(given, accepted, options, allowExtra);
    const std::string formClosest =
        forms.match.acceptedIndex >= 0 ? accepted[static_cast<std::size_t>(forms.match.acceptedIndex)] : std::string();
    if (forms.match.kind == TextMatchKind::Exact) return TypedGrade{TypedKind::Exact, formClosest, forms.note};
    if (match.kind == TextMatchKind::Typo) return TypedGrade{TypedKind::Typo, closest};
    if (forms.match.kind == TextMatchKind::Typo) return TypedGrade{TypedKind::Typo, formClosest, forms.note};
    if (options.caseSensitive) {
        const TextMatch folded = matchText(given, accepted, TextMatchOptions{false, false});
        if (folded.kind == TextMatchKind::Exact) {
            return TypedGrade{TypedKind::CaseOnly, accepted[static_cast<std::size_t>(folded.acceptedIndex)]};
        }
    }
    if (match.kind == TextMatchKind::NearMiss) return TypedGrade{TypedKind::NearMiss, closest};
    if (forms.match.kind == TextMatchKind::NearMiss) return TypedGrade{TypedKind::NearMiss, formClosest, forms.note};
    return TypedGrade{TypedKind::Wrong, {}};
}

bool countsAsRight(TypedKind kind) { return kind == TypedKind::Exact || kind == TypedKind::Typo; }

std::string formNote(const TypedGrade& grade) { return grade.form.empty() ? std::string() : " (read " + grade.form + ")"; }

std::string noteFor(const TypedGrade& grade) {
    switch (grade.kind) {
        case TypedKind::Typo: return "accepted; the spelling is " + quoteForFeedback(grade.closest) + formNote(grade);
        case TypedKind::NearMiss: return "near miss: check the spelling of " + quoteForFeedback(grade.closest) + formNote(grade);
        case TypedKind::CaseOnly: return "near miss: mind the capitals in " + quoteForFeedback(grade.closest);
        case TypedKind::Blank: return "no answer";
        case TypedKind::Exact: return grade.form.empty() ? std::string() : "accepted " + grade.form;
        case TypedKind::Wrong: break;
    }
    return "";
}

}  // namespace retain
