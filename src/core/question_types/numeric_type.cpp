// The numeric type (see numeric_type.hpp). Grading: value within tolerance, unit or currency compatible,
// bare numbers read in the scale of the canonical answer ("18" for "USD 18 billion"); docs/grading.md.
//
// [SECTION] reading
// [SECTION] grading
// [SECTION] display
// [SECTION] cache and writers
#include "core/question_types/numeric_type.hpp"

#include <algorithm>
#include <cmath>

#include "core/bank/byte_codec.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/numeric_parser.hpp"
#include "core/grading/text_match.hpp"
#include "core/interop/gift_syntax.hpp"
#include "core/interop/writer_pieces.hpp"
#include "core/question_types/answer_fields.hpp"
#include "core/text/number_text.hpp"

namespace retain {

// [SECTION] reading ------------------------------------------------------------------------------

std::optional<NumericAnswer> NumericType::read(AnswerFields& fields) {
    NumericAnswer numeric;
    bool ok = true;
    if (const MapEntry* entry = fields.require("answer", "the number in base units, e.g. 18e9 for 18 billion")) {
        const auto value = readNumber(entry->value, "answer", fields.sink());
        ok = ok && value.has_value();
        if (value) numeric.value = *value;
    } else {
        ok = false;
    }
    if (const MapEntry* entry = fields.find("unit")) {
        const auto unit = retain::readText(entry->value, "unit", fields.sink());
        ok = ok && unit.has_value();
        if (unit) numeric.unit = *unit;
    }
    const auto aliases = fields.optionalList("unit_aliases");
    ok = ok && aliases.has_value();
    if (aliases) numeric.unitAliases = *aliases;
    // Both tolerances are distances from the answer, so a negative one accepts nothing and is a mistake.
    auto tolerance = [&](std::string_view key, double& out) {
        const MapEntry* entry = fields.find(key);
        if (entry == nullptr) return;
        const auto value = readNumber(entry->value, key, fields.sink());
        if (!value) {
            ok = false;
        } else if (*value < 0.0) {
            fields.sink().error(fields.valueAt(*entry), "'" + std::string(key) + "' must not be negative (it is " +
                                              std::string(trimBlanks(entry->value.Scalar())) + ")");
            ok = false;
        } else {
            out = *value;
        }
    };
    tolerance("tolerance", numeric.absoluteTolerance);
    tolerance("relative_tolerance", numeric.relativeTolerance);
    if (!ok) return std::nullopt;
    return numeric;
}

// [SECTION] grading ------------------------------------------------------------------------------

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

GradeResult NumericType::grade(const Question& question, const NumericAnswer& spec, const LearnerAnswer& answer) {
    const std::vector<std::string> spellings = unitSpellings(spec);
    const ParsedNumber parsed = parseNumber(answer.text, spellings);
    const std::string quoted = quoteForFeedback(answer.text);
    switch (parsed.status) {
        case NumberStatus::Ok: break;
        case NumberStatus::Empty: return makeResult(Verdict::Wrong, 0.0, "No answer given.");
        case NumberStatus::NoNumber: return makeResult(Verdict::Refused, 0.0, "Could not find a number in " + quoted + ".");
        case NumberStatus::Several: return makeResult(Verdict::Refused, 0.0, "Give one number, not a range or a list.");
        case NumberStatus::OutOfRange: return makeResult(Verdict::Refused, 0.0, quoted + " is too large to be read as a number.");
        case NumberStatus::TooSmall:
            return makeResult(Verdict::Refused, 0.0, quoted + " is too small to tell from zero (it rounds to 0); write 0, or the number with fewer decimal places.");
        case NumberStatus::Hexadecimal:
            return makeResult(Verdict::Refused, 0.0, "Could not read " + quoted + ": hexadecimal numbers (0x...) are not read; write the number in decimal digits.");
        case NumberStatus::Fraction:
            return makeResult(Verdict::Refused, 0.0, "Could not read " + quoted + ": fractions are not read; write the number as a decimal, e.g. 0.5 or 2.75.");
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

// [SECTION] display ------------------------------------------------------------------------------

namespace {

// True for a three-letter upper-case currency code such as "USD", written before the number.
bool isCurrencyCode(const std::string& unit) {
    if (unit.size() != 3) return false;
    for (char c : unit) {
        if (c < 'A' || c > 'Z') return false;
    }
    return true;
}

}  // namespace

std::string NumericType::expectedText(const NumericAnswer& spec) {
    const std::string number = humanNumber(spec.value);
    if (spec.unit.empty()) return number;
    if (isCurrencyCode(spec.unit)) return spec.unit + " " + number;
    if (spec.unit == "%") return number + "%";
    return number + " " + spec.unit;
}

TypedPrompt NumericType::typedPrompt(const NumericAnswer& shown) {
    return {"", shown.unit.empty() ? "Type a number." : "Type a number (in " + shown.unit + ")."};
}

void NumericType::shuffle(const NumericAnswer&, SplitMix64&, ShownOrder&) {}

void NumericType::arrange(NumericAnswer&, const ShownOrder&) {}

std::string NumericType::inBankTerms(const NumericAnswer&, const LearnerAnswer& answer) { return answer.text; }

void NumericType::readTyped(const NumericAnswer&, std::string_view, LearnerAnswer&) {}  // the typed text is the answer

// [SECTION] cache and writers --------------------------------------------------------------------

void NumericType::cache(ByteWriter& out, const NumericAnswer& spec) {
    out.f64(spec.value);
    out.text(spec.unit);
    out.texts(spec.unitAliases);
    out.f64(spec.absoluteTolerance);
    out.f64(spec.relativeTolerance);
}

void NumericType::cache(ByteReader& in, NumericAnswer& spec) {
    spec.value = in.f64();
    spec.unit = in.text();
    spec.unitAliases = in.texts();
    spec.absoluteTolerance = in.f64();
    spec.relativeTolerance = in.f64();
}

void NumericType::writeYaml(YAML::Emitter& out, const NumericAnswer& spec) {
    emitKeyNumber(out, "answer", spec.value);
    if (!spec.unit.empty()) emitKeyText(out, "unit", spec.unit);
    if (!spec.unitAliases.empty()) emitKeyTextList(out, "unit_aliases", spec.unitAliases);
    if (spec.absoluteTolerance > 0.0) emitKeyNumber(out, "tolerance", spec.absoluteTolerance);
    if (spec.relativeTolerance > 0.0) emitKeyNumber(out, "relative_tolerance", spec.relativeTolerance);
}

std::string NumericType::writeGift(const Question& question, const NumericAnswer& spec) {
    const double tolerance = std::max(spec.absoluteTolerance, spec.relativeTolerance * std::fabs(spec.value));
    std::string block = "#";
    block += exactNumberText(spec.value);
    if (tolerance > 0.0) block.append(":").append(exactNumberText(tolerance));
    const std::string prompt =
        spec.unit.empty() ? question.prompt : question.prompt + " " + std::string(kGiftUnitOpen) + spec.unit + "]";
    return giftItem(question, prompt, block + "\n");
}

std::string NumericType::ankiFront(const NumericAnswer& spec) {
    return spec.unit.empty() ? std::string() : "<i>(in " + textToHtml(spec.unit) + ")</i>";
}

}  // namespace retain
