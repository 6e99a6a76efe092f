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
        const std::string file = " (" + (image.resolved.empty() ? image.path : image.resolved) + ")]\n";
        if (picture.role == PictureRole::Question) text += "[picture: " + image.alt + file;
        if (picture.role != PictureRole::Option) continue;
        // A picture-only option is named by its alt text already: it is not said twice.
        optionPictures += "[picture of \"" + picture.option + "\"" + (pictureOnly(picture.option, image) ? "" : ": " + image.alt) + file;
    }
    text += parts.options + optionPictures;
    if (!parts.how.empty()) text += "(" + parts.how + ")\n";
    return text;
}

}  // namespace retain
