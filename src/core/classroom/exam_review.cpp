// The review page of an exam (see exam_review.hpp).
#include "core/classroom/exam_review.hpp"

#include <charconv>

#include "core/classroom/live_nickname.hpp"
#include "core/text/trim.hpp"

namespace retain {

std::vector<ExamReviewLine> examReview(const ExamAttempt& attempt) {
    std::vector<ExamReviewLine> lines;
    for (int position = 0; position < attempt.size(); ++position) {
        ExamReviewLine line;
        line.position = position;
        line.prompt = attempt.questionAt(position).prompt;
        const std::optional<std::string> given = attempt.answerAt(position);
        line.blank = !given || given->empty();
        line.answer = line.blank ? "(blank)" : *given;
        lines.push_back(std::move(line));
    }
    return lines;
}

ReviewCommand parseReviewCommand(std::string_view line, const ExamAttempt& attempt, bool blankConfirmPending) {
    const std::string_view text = trimBlanks(line);
    ReviewCommand command;
    if (text.empty()) {
        command.message = "Type a question number to go back to it, or 'submit' to hand in.";
        return command;
    }
    int number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error == std::errc() && end == text.data() + text.size()) {
        if (number < 1 || number > attempt.size()) {
            command.message = "There is no question " + std::string(text) + ": the numbers go from 1 to " +
                              std::to_string(attempt.size()) + ".";
            return command;
        }
        command.action = ReviewAction::GoTo;
        command.position = number - 1;
        return command;
    }
    if (nicknameKey(text) != "submit") {
        command.message = "'" + std::string(text) + "' is not a question number or 'submit'.";
        return command;
    }
    const int blanks = attempt.size() - attempt.answeredCount();
    if (blanks > 0 && !blankConfirmPending) {
        command.action = ReviewAction::ConfirmBlank;
        command.message = std::to_string(blanks) + (blanks == 1 ? " question is" : " questions are") +
                          " blank. Type 'submit' again to hand in anyway, or a number to go back.";
        return command;
    }
    command.action = ReviewAction::Submit;
    return command;
}

}  // namespace retain
