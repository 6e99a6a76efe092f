// The date grader: the given date cut to the question's precision must equal the answer; a range must
// match at both ends; a coarser answer than the question asks for is too vague. Rules: docs/grading.md.
#include "core/grading/date_parser.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/type_graders.hpp"

namespace retain {

namespace {

const char* precisionWord(DatePrecision precision) {
    switch (precision) {
        case DatePrecision::Year: return "year";
        case DatePrecision::Month: return "month";
        case DatePrecision::Day: return "day";
    }
    return "date";
}

}  // namespace

GradeResult gradeDate(const Question& question, const DateAnswer& spec, const LearnerAnswer& answer) {
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
        result = makeResult(Verdict::Wrong, 0.0, std::string("Too vague: the question asks for the ") + precisionWord(precision) +
                                                     "; the answer is " + expected + ".");
    } else {
        const CalendarDate wantFrom = truncateDate(spec.from, precision);
        const CalendarDate wantTo = truncateDate(spec.to, precision);
        const CalendarDate gotFrom = truncateDate(parsed.from, precision);
        const CalendarDate gotTo = truncateDate(parsed.to, precision);
        const bool wantRange = !(wantFrom == wantTo);
        const bool gotRange = !(gotFrom == gotTo);
        if (gotFrom == wantFrom && gotTo == wantTo) {
            result = makeResult(Verdict::Correct, 1.0, "Correct.");
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

}  // namespace retain
