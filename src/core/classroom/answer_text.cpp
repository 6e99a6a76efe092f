// A learner's answer in the bank's terms (each type writes its own).
#include "core/classroom/answer_text.hpp"

namespace retain {

std::string answerInBankTerms(const Question& question, const LearnerAnswer& answer) {
    return std::visit([&](const auto& spec) { return TypeOf<decltype(spec)>::inBankTerms(spec, answer); }, question.answer);
}

}  // namespace retain
