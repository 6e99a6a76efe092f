// Bank lookup, and the canonical answer written out for display (each type writes its own).
#include "core/bank/question.hpp"

#include <type_traits>

namespace retain {

const Question* Bank::find(const std::string& questionId) const {
    for (const Question& question : questions) {
        if (question.id == questionId) return &question;
    }
    return nullptr;
}

namespace {

// Calls visit(image, role, option text) for the question's own picture, then each option picture of the
// types that have them (choices; matching lefts, then rights), then the explanation's. Empty ones included.
template <typename QuestionRef, typename Visit>
void visitImages(QuestionRef& question, Visit&& visit) {
    visit(question.image, PictureRole::Question, std::string_view());
    std::visit(
        [&visit](auto& spec) {
            using Plain = std::remove_cvref_t<decltype(spec)>;
            const auto options = [&visit](auto& images, std::size_t count, auto&& textOf) {
                for (std::size_t i = 0; i < images.size() && i < count; ++i) visit(images[i], PictureRole::Option, std::string_view(textOf(i)));
            };
            if constexpr (std::is_same_v<Plain, ChoiceAnswer> || std::is_same_v<Plain, MultiAnswer>) {
                options(spec.choiceImages, spec.choices.size(), [&](std::size_t i) -> const std::string& { return spec.choices[i]; });
            }
            if constexpr (std::is_same_v<Plain, MatchingAnswer>) {
                options(spec.leftImages, spec.pairs.size(), [&](std::size_t i) -> const std::string& { return spec.pairs[i].first; });
                options(spec.rightImages, spec.pairs.size(), [&](std::size_t i) -> const std::string& { return spec.pairs[i].second; });
            }
        },
        question.answer);
    visit(question.explanationImage, PictureRole::Explanation, std::string_view());
}

template <typename Image, typename QuestionRef>
std::vector<Image*> imagesOf(QuestionRef& question) {
    std::vector<Image*> out;
    visitImages(question, [&out](Image& image, PictureRole, std::string_view) {
        if (!image.empty()) out.push_back(&image);
    });
    return out;
}

}  // namespace

std::vector<const QuestionImage*> questionImages(const Question& question) { return imagesOf<const QuestionImage>(question); }

std::vector<QuestionImage*> questionImages(Question& question) { return imagesOf<QuestionImage>(question); }

std::vector<QuestionPicture> questionPictures(const Question& question) {
    std::vector<QuestionPicture> out;
    visitImages(question, [&out](const QuestionImage& image, PictureRole role, std::string_view option) {
        if (!image.empty()) out.push_back({&image, role, std::string(option)});
    });
    return out;
}

std::string expectedAnswerText(const Question& question) {
    return std::visit([](const auto& spec) { return TypeOf<decltype(spec)>::expectedText(spec); }, question.answer);
}

}  // namespace retain
