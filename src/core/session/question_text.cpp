// Plain-text questions (see question_text.hpp); each type lists its own options.
#include "core/session/question_text.hpp"

namespace retain {

std::string questionText(const Question& question, const ShownOrder& order) {
    const Question shown = shownQuestion(question, order);
    const TypedPrompt parts = std::visit([](const auto& spec) { return TypeOf<decltype(spec)>::typedPrompt(spec); }, shown.answer);
    std::string text;
    if (!question.prompt.empty()) text += question.prompt + "\n";
    std::string optionPictures;
    for (const QuestionPicture& picture : questionPictures(shown)) {
        const QuestionImage& image = *picture.image;
        const std::string where = image.alt + " (" + (image.resolved.empty() ? image.path : image.resolved) + ")]\n";
        if (picture.role == PictureRole::Question) text += "[picture: " + where;
        if (picture.role == PictureRole::Option) optionPictures += "[picture of \"" + picture.option + "\": " + where;
    }
    text += parts.options + optionPictures;
    if (!parts.how.empty()) text += "(" + parts.how + ")\n";
    return text;
}

}  // namespace retain
