// The date type (see date_type.hpp). Grading: the given date cut to the question's precision must equal
// the answer; a range must match at both ends; a coarser answer than asked for is too vague
// (docs/grading.md).
//
// [SECTION] reading
// [SECTION] grading
// [SECTION] display
// [SECTION] cache and writers
#include "core/question_types/date_type.hpp"
#include "core/question_types/date_hint.hpp"

#include "core/bank/byte_codec.hpp"
#include "core/bank/suggest.hpp"
#include "core/grading/date_parser.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/normalize.hpp"
#include "core/interop/writer_pieces.hpp"
#include "core/question_types/answer_fields.hpp"

namespace retain {

// [SECTION] reading ------------------------------------------------------------------------------

namespace {

const char* kDateForms = "written 2018-05-26, 2018-05 or 2018";

// Reads one date value; "answer" or "from"/"to" name it in messages.
std::optional<std::pair<CalendarDate, DatePrecision>> readDateValue(const YAML::Node& value, std::string_view key,
                                                                    ProblemSink& sink) {
    CalendarDate date;
    DatePrecision precision = DatePrecision::Day;
    if (value.IsScalar() && parseIsoDate(value.Scalar(), date, precision)) return std::make_pair(date, precision);
    sink.error(value, "'" + std::string(key) + "' must be a date " + kDateForms + ", not " + describeNodeKind(value));
    return std::nullopt;
}

}  // namespace

std::optional<DateAnswer> DateType::read(AnswerFields& fields) {
    const MapEntry* entry = fields.require("answer", std::string("a date ") + kDateForms + ", or {from: ..., to: ...}");
    if (entry == nullptr) return std::nullopt;
    DateAnswer date;
    if (entry->value.IsMap()) {
        const MapFields range(entry->value, fields.sink());
        range.reportUnknownKeys({"from", "to"}, "a date range");
        const MapEntry* from = range.find("from");
        const MapEntry* to = range.find("to");
        if (from == nullptr || to == nullptr) {
            fields.sink().error(entry->value, "a date range needs both 'from' and 'to'");
            return std::nullopt;
        }
        const auto a = readDateValue(from->value, "from", fields.sink());
        const auto b = readDateValue(to->value, "to", fields.sink());
        if (!a || !b) return std::nullopt;
        if (a->second != b->second) {
            fields.sink().error(to->value, "'from' and 'to' must be written the same way (both a year, both a month or both a day)");
            return std::nullopt;
        }
        if (dateBefore(b->first, a->first)) {
            fields.sink().error(to->value, "the range ends before it starts: 'to' must not be earlier than 'from'");
            return std::nullopt;
        }
        date.from = a->first;
        date.to = b->first;
        date.precision = a->second;
    } else {
        const auto single = readDateValue(entry->value, "answer", fields.sink());
        if (!single) return std::nullopt;
        date.from = date.to = single->first;
        date.precision = single->second;
    }
    if (const MapEntry* override = fields.find("precision")) {
        const auto name = retain::readText(override->value, "precision", fields.sink());
        if (!name) return std::nullopt;
        DatePrecision wanted = DatePrecision::Day;
        if (*name == "year") {
            wanted = DatePrecision::Year;
        } else if (*name == "month") {
            wanted = DatePrecision::Month;
        } else if (*name != "day") {
            fields.sink().error(fields.valueAt(*override), "'precision' must be year, month or day, not '" + *name + "'" +
                                                 didYouMean(*name, {"year", "month", "day"}));
            return std::nullopt;
        }
        if (static_cast<int>(wanted) > static_cast<int>(date.precision)) {
            fields.sink().error(fields.valueAt(*override), std::string("precision '") + precisionName(wanted) + "' needs the answer written to the " +
                                                 precisionName(wanted) + ", e.g. 2018-05-26");
            return std::nullopt;
        }
        date.precision = wanted;
        date.from = truncateDate(date.from, wanted);
        date.to = truncateDate(date.to, wanted);
    }
    return date;
}

// [SECTION] grading ------------------------------------------------------------------------------

GradeResult DateType::grade(const Question& question, const DateAnswer& spec, const LearnerAnswer& answer) {
    const ParsedDate parsed = parseDate(answer.text);
    if (parsed.status == DateStatus::Empty) return makeResult(Verdict::Wrong, 0.0, "No answer given.");
    if (parsed.status == DateStatus::Ambiguous) return makeResult(Verdict::Refused, 0.0, "Ambiguous date: " + parsed.message + ".");
    if (parsed.status != DateStatus::Ok) {
        return makeResult(Verdict::Refused, 0.0, "Could not read " + quoteForFeedback(answer.text) + " as a date: " + parsed.message + ".");
    }
    const std::string expected = expectedAnswerText(question);
    const DatePrecision precision = spec.precision;
    GradeResult result;
    if (static_cast<int>(parsed.precision) < static_cast<int>(precision)) {
        result = makeResult(Verdict::Wrong, 0.0, std::string("Too vague: the question asks for the ") + precisionName(precision) +
                                                     "; the answer is " + expected + ".");
    } else {
        const CalendarDate wantFrom = truncateDate(spec.from, precision);
        const CalendarDate wantTo = truncateDate(spec.to, precision);
        const CalendarDate gotFrom = truncateDate(parsed.from, precision);
        const CalendarDate gotTo = truncateDate(parsed.to, precision);
        const bool wantRange = !(wantFrom == wantTo);
        const bool gotRange = !(gotFrom == gotTo);
        if (gotFrom == wantFrom && gotTo == wantTo) {
            // A finer answer than asked is cut to the question's precision; the part cut off was never
            // checked, so the learner is told rather than left to think a wrong day was confirmed.
            const bool finer = static_cast<int>(parsed.precision) > static_cast<int>(precision);
            result = makeResult(Verdict::Correct, 1.0,
                                finer ? std::string("Correct to the ") + precisionName(precision) + " (" + expected +
                                            "). The question asks only for the " + precisionName(precision) +
                                            "; the " + precisionName(parsed.precision) + " you gave was not checked."
                                      : std::string("Correct."));
        } else if (wantRange && !gotRange) {
            result = makeResult(Verdict::Wrong, 0.0, "Wrong: the answer is a range, " + expected + ".");
        } else if (!wantRange && gotRange) {
            result = makeResult(Verdict::Wrong, 0.0, "Wrong: the answer is one date, " + expected + ".");
        } else if (wantRange && (gotFrom == wantFrom || gotTo == wantTo)) {
            result = makeResult(Verdict::Wrong, 0.0, "Wrong: only one end of the range is right; the answer is " + expected + ".");
        } else {
            result = makeResult(Verdict::Wrong, 0.0, "Wrong: the answer is " + expected + ".");
        }
    }
    result.parts.push_back(PartFeedback{repairUtf8(answer.text), expected, result.verdict == Verdict::Correct, ""});
    return result;
}

// [SECTION] display ------------------------------------------------------------------------------

namespace {

// A range written the short way when the ends share a year or a month: "May 25–26, 2018",
// "May 30 – June 2, 2018", "May–June 2018", "2017–2018".
std::string dateRangeText(const DateAnswer& answer) {
    const CalendarDate& a = answer.from;
    const CalendarDate& b = answer.to;
    const char* dash = "\u2013";
    switch (answer.precision) {
        case DatePrecision::Year: return std::to_string(a.year) + dash + std::to_string(b.year);
        case DatePrecision::Month:
            if (a.year == b.year) return std::string(monthName(a.month)) + dash + monthName(b.month) + " " + std::to_string(a.year);
            break;
        case DatePrecision::Day:
            if (a.year == b.year && a.month == b.month) {
                return std::string(monthName(a.month)) + " " + std::to_string(a.day) + dash + std::to_string(b.day) + ", " +
                       std::to_string(a.year);
            }
            if (a.year == b.year) {
                return std::string(monthName(a.month)) + " " + std::to_string(a.day) + " " + dash + " " + monthName(b.month) +
                       " " + std::to_string(b.day) + ", " + std::to_string(a.year);
            }
            break;
    }
    return dateInWords(a, answer.precision) + " " + dash + " " + dateInWords(b, answer.precision);
}

}  // namespace

std::string DateType::expectedText(const DateAnswer& spec) {
    return spec.isRange() ? dateRangeText(spec) : dateInWords(spec.from, spec.precision);
}

std::string dateFieldHint(const DateAnswer& spec) {
    std::string hint = spec.precision == DatePrecision::Year    ? "a year (four digits)"
                       : spec.precision == DatePrecision::Month ? "a month and year, or YYYY-MM"
                                                                : "the day, month and year, or YYYY-MM-DD";
    if (spec.isRange()) hint += "; a range: from - to";
    return hint;
}

TypedPrompt DateType::typedPrompt(const DateAnswer& shown) {
    return {"", "Type " + dateFieldHint(shown) + "."};
}

void DateType::shuffle(const DateAnswer&, SplitMix64&, ShownOrder&) {}

void DateType::arrange(DateAnswer&, const ShownOrder&) {}

std::string DateType::inBankTerms(const DateAnswer&, const LearnerAnswer& answer) { return answer.text; }

void DateType::readTyped(const DateAnswer&, std::string_view, LearnerAnswer&) {}  // the typed text is the answer

// [SECTION] cache and writers --------------------------------------------------------------------

void DateType::cache(ByteWriter& out, const DateAnswer& spec) {
    out.date(spec.from);
    out.date(spec.to);
    out.u8(static_cast<std::uint8_t>(spec.precision));
}

void DateType::cache(ByteReader& in, DateAnswer& spec) {
    spec.from = in.date();
    spec.to = in.date();
    spec.precision = in.enumeration<DatePrecision>(3);
}

void DateType::writeYaml(YAML::Emitter& out, const DateAnswer& spec) {
    if (spec.isRange()) {
        emitKeyDateRange(out, "answer", isoDate(spec.from), isoDate(spec.to));
    } else {
        emitKeyPlain(out, "answer", isoDate(spec.from));
    }
    if (precisionOfForm(spec.from) != spec.precision) emitKeyPlain(out, "precision", precisionName(spec.precision));
}

std::string DateType::writeGift(const Question& question, const DateAnswer& spec) {
    std::vector<std::string> accepted;
    if (spec.isRange()) {
        accepted.push_back(expectedText(spec));
        accepted.push_back(giftDateSpellings(spec.from, spec.precision).front() + " to " +
                           giftDateSpellings(spec.to, spec.precision).front());
    } else {
        accepted = giftDateSpellings(spec.from, spec.precision);
    }
    return "// date question, written as a short answer of its accepted spellings\n" +
           giftItem(question, question.prompt, giftShortAnswerBlock(accepted));
}

std::string DateType::ankiFront(const DateAnswer&) { return {}; }

}  // namespace retain
