// Bank lookup, and the canonical answer written out for display (each type writes its own).
#include "core/bank/question.hpp"

namespace retain {

const Question* Bank::find(const std::string& questionId) const {
    for (const Question& question : questions) {
        if (question.id == questionId) return &question;
    }
    return nullptr;
}

std::string expectedAnswerText(const Question& question) {
    return std::visit([](const auto& spec) { return TypeOf<decltype(spec)>::expectedText(spec); }, question.answer);
}

}  // namespace retain
