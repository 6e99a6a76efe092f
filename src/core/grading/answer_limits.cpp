// Limits on typed answers (see answer_limits.hpp).
#include "core/grading/answer_limits.hpp"

#include <utf8proc.h>

#include "core/text/message_text.hpp"
#include "core/text/utf8.hpp"

namespace retain {

namespace {

bool isCombiningMark(char32_t c) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC || category == UTF8PROC_CATEGORY_ME;
}

}  // namespace

std::optional<std::string> typedAnswerProblem(std::string_view text) {
    const std::u32string codePoints = toCodePoints(repairUtf8(text));
    std::size_t run = 0;  // combining marks since the last base character
    for (std::size_t i = 0; i < codePoints.size(); ++i) {
        run = isCombiningMark(codePoints[i]) ? run + 1 : 0;
        if (run <= kMaxCombiningMarksPerCharacter) continue;
        std::size_t total = run;
        while (i + 1 < codePoints.size() && isCombiningMark(codePoints[i + 1])) ++i, ++total;
        const std::size_t base = i + 1 - total;  // the marks' character, or 0 when they open the answer
        const std::string shown = base > 0 ? " on " + quoteValue(toUtf8(codePoints.substr(base - 1, 1))) : "";
        return "The answer stacks " + std::to_string(total) + " combining marks (accents)" + shown + "; at most " +
               std::to_string(kMaxCombiningMarksPerCharacter) + " are read on one character. Type it again without them.";
    }
    if (codePoints.size() > kMaxTypedAnswerCodePoints) {
        return "The answer is " + std::to_string(codePoints.size()) + " characters long; at most " +
               std::to_string(kMaxTypedAnswerCodePoints) + " are read. Shorten it and answer again.";
    }
    return std::nullopt;
}

}  // namespace retain
