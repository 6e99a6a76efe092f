// The numeric grader: value within tolerance, unit or currency compatible, bare numbers read in the
// scale of the canonical answer ("18" for "USD 18 billion"). Rules: docs/grading.md.
#include <algorithm>
#include <cmath>

#include "core/grading/normalize.hpp"
#include "core/grading/numeric_parser.hpp"
#include "core/grading/text_match.hpp"
#include "core/grading/type_graders.hpp"

namespace retain {

namespace {

// Relative slack for floating-point rounding ("18.1 billion" is not exactly 18.1 * 1e9 in binary).
constexpr double kRoundingSlack = 1e-9;

bool withinTolerance(const NumericAnswer& spec, double given) {
    const double allowed = std::max(spec.absoluteTolerance, spec.relativeTolerance * std::fabs(spec.value)) +
                           kRoundingSlack * std::max(std::fabs(spec.value), std::fabs(given));
    return std::fabs(given - spec.value) <= allowed;
}

std::vector<std::string> unitSpellings(const NumericAnswer& spec) {
    std::vector<std::string> spellings;
    if (!spec.unit.empty()) spellings.push_back(spec.unit);
    spellings.insert(spellings.end(), spec.unitAliases.begin(), spec.unitAliases.end());
    return spellings;
}

// One spelling per unit concept, so "percent" and "%" compare equal.
std::string canonicalUnit(const std::string& normalized) {
    if (normalized == "percent" || normalized == "per cent" || normalized == "pct" || normalized == "percents") return "%";
    return normalized;
}

// True when a typed unit names the question's unit: equal after normalisation, singular for plural, or
// within the text typo tolerance.
bool unitMatches(const std::string& given, const std::vector<std::string>& spellings) {
    const std::string typed = canonicalUnit(normalizeText(given));
    for (const std::string& spelling : spellings) {
        const std::string unit = canonicalUnit(normalizeText(spelling));
        if (typed == unit || typed + "s" == unit || unit + "s" == typed || typed + "es" == unit || unit + "es" == typed) return true;
    }
    const TextMatch match = matchText(typed, spellings, TextMatchOptions{});
    return match.kind == TextMatchKind::Exact || match.kind == TextMatchKind::Typo;
}

bool currencyMatches(const std::string& code, const std::vector<std::string>& spellings) {
    for (const std::string& spelling : spellings) {
        if (currencyCode(spelling) == code) return true;
    }
    return false;
}

// The factor of the scale word in the canonical display ("USD 18 billion" -> 1e9), or 1 when it has none.
double displayScale(const std::string& expected, const std::vector<std::string>& spellings) {
    const ParsedNumber display = parseNumber(expected, spellings);
    return (display.status == NumberStatus::Ok && display.hasScale) ? display.scale : 1.0;
}

std::string scaleName(double scale) {
    if (scale >= 1e12) return "trillions";
    if (scale >= 1e9) return "billions";
    if (scale >= 1e6) return "millions";
    return "thousands";
}

}  // namespace

GradeResult gradeNumeric(const Question& question, const NumericAnswer& spec, const LearnerAnswer& answer) {
    const std::vector<std::string> spellings = unitSpellings(spec);
    const ParsedNumber parsed = parseNumber(answer.text, spellings);
    const std::string quoted = quoteForFeedback(answer.text);
    switch (parsed.status) {
        case NumberStatus::Ok: break;
        case NumberStatus::Empty: return makeResult(Verdict::Wrong, 0.0, "No answer given.");
        case NumberStatus::NoNumber: return makeResult(Verdict::Refused, 0.0, "Could not find a number in " + quoted + ".");
        case NumberStatus::Several: return makeResult(Verdict::Refused, 0.0, "Give one number, not a range or a list.");
        case NumberStatus::OutOfRange: return makeResult(Verdict::Refused, 0.0, quoted + " is too large to be read as a number.");
        case NumberStatus::Unreadable: return makeResult(Verdict::Refused, 0.0, "Could not read the number words in " + quoted + ".");
    }
    const std::string expected = expectedAnswerText(question);

    // The unit: a missing unit is fine; a currency or unit that is not the question's is wrong.
    std::string unitProblem;
    if (!spec.unit.empty()) {
        if (!parsed.currency.empty() && !currencyMatches(parsed.currency, spellings)) {
            unitProblem = "Wrong unit: the answer is in " + spec.unit + ", not " + parsed.currency + ".";
        } else if (!parsed.unit.empty() && !unitMatches(parsed.unit, spellings)) {
            unitProblem = "Wrong unit: the answer is in " + spec.unit + ", not " + quoteForFeedback(parsed.unit) + ".";
        }
    }

    // The value: as written, or (a bare number) in the scale of the canonical display.
    const double scale = displayScale(expected, spellings);
    const bool valueRight = withinTolerance(spec, parsed.value) || (!parsed.hasScale && scale > 1.0 && withinTolerance(spec, parsed.written * scale));

    GradeResult result;
    if (valueRight && unitProblem.empty()) {
        result = makeResult(Verdict::Correct, 1.0, "Correct.");
    } else if (valueRight) {
        result = makeResult(Verdict::Wrong, 0.0, unitProblem);
    } else if (parsed.hasScale && scale > 1.0 && parsed.scale != scale && withinTolerance(spec, parsed.written * scale)) {
        result = makeResult(Verdict::Wrong, 0.0, "Wrong: right figure, wrong scale; the answer is in " + scaleName(scale) + ": " + expected + ".");
    } else {
        result = makeResult(Verdict::Wrong, 0.0, "Wrong: the answer is " + expected + ".");
    }
    result.parts.push_back(PartFeedback{repairUtf8(answer.text), expected, result.verdict == Verdict::Correct, unitProblem});
    return result;
}

}  // namespace retain
