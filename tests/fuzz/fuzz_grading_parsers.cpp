// libFuzzer target for the grading parsers: normalisation, the number and date readers, the typo
// distance, parseAnswerText for every question type, and gradeAnswer on what it parsed. Checks the
// invariants callers rely on (valid UTF-8 out of normalisation, scores in 0..1, a correct flag that agrees
// with the score) and aborts when one breaks. Build and run: see tests/fuzz/CMakeLists.txt.
#include <cmath>
#include <cstdint>
#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utf8proc.h>
#include <vector>

#include "core/grading/date_parser.hpp"
#include "core/grading/grader.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/numeric_parser.hpp"
#include "core/grading/text_match.hpp"

using namespace retain;

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

bool isValidUtf8(const std::string& text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        utf8proc_int32_t cp = 0;
        const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                             static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
        if (length <= 0) return false;
        pos += static_cast<std::size_t>(length);
    }
    return true;
}

Question make(AnswerSpec spec) {
    Question question;
    question.id = "fuzz";
    question.answer = std::move(spec);
    return question;
}

const std::vector<Question>& questions() {
    static const std::vector<Question> all = [] {
        NumericAnswer trade;
        trade.value = 18e9;
        trade.unit = "USD";
        trade.unitAliases = {"dollars", "$"};
        trade.relativeTolerance = 0.01;
        NumericAnswer metres;
        metres.value = 5;
        metres.unit = "m";
        DateAnswer range;
        range.from = {2018, 5, 25};
        range.to = {2018, 5, 26};
        TextAnswer text;
        text.accepted = {"Anna Kireeva", "Kireeva"};
        ClozeAnswer cloze;
        cloze.text = "{{0}} in {{1}}";
        cloze.gaps = {ClozeGap{{"USD 18 billion", "18 billion"}}, ClozeGap{{"May 2018"}}};
        return std::vector<Question>{
            make(ChoiceAnswer{{"3", "1", "2"}, 0, true}),
            make(MultiAnswer{{"Russia", "Japan", "China", "A"}, {0, 2}, true}),
            make(TrueFalseAnswer{false}),
            make(trade),
            make(metres),
            make(range),
            make(text),
            make(OrderingAnswer{{"one", "two", "three"}}),
            make(MatchingAnswer{{{"Abe", "Japan"}, {"Putin", "Russia"}}}),
            make(cloze),
        };
    }();
    return all;
}

void checkResult(const GradeResult& result) {
    require(result.score >= 0.0 && result.score <= 1.0);
    require(result.correct == (result.score >= 1.0));
    require(!result.feedback.empty());
    require(isValidUtf8(result.feedback));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    const std::string plain = normalizeText(input);
    require(isValidUtf8(plain));
    require(normalizeText(plain) == plain);  // normalising twice changes nothing
    const std::string answer = normalizeAnswer(input);
    require(isValidUtf8(answer));
    require(isValidUtf8(normalizeAnswer(input, true)));

    const ParsedNumber number = parseNumber(input, {"m", "USD"});
    if (number.status == NumberStatus::Ok) require(std::isfinite(number.value));

    const ParsedDate date = parseDate(input);
    if (date.status == DateStatus::Ok) {
        require(date.from.year >= 1 && date.from.year <= 9999 && date.to.year >= 1 && date.to.year <= 9999);
        require(date.from.month >= 0 && date.from.month <= 12 && date.from.day >= 0 && date.from.day <= 31);
    } else if (date.status != DateStatus::Empty) {
        require(!date.message.empty());
    }

    // Distance between the two halves, against the unlimited distance capped the same way.
    const std::u32string points = toCodePoints(plain);
    const std::u32string_view all(points);
    const std::u32string_view left = all.substr(0, all.size() / 2);
    const std::u32string_view right = all.substr(all.size() / 2);
    const std::size_t near = damerauLevenshtein(left, right, 3);
    require(near <= 4);
    if (all.size() <= 256) {  // the unbanded table is quadratic
        const std::size_t far = damerauLevenshtein(left, right, all.size());
        require(near == std::min<std::size_t>(far, 4));
        require(far == damerauLevenshtein(right, left, all.size()));
    }

    for (const Question& question : questions()) {
        const LearnerAnswer parsed = parseAnswerText(question, input);
        checkResult(gradeAnswer(question, parsed, 7.0));
    }
    return 0;
}
