// Bank -> GIFT: the category line, then each question as its type writes it.
#include "core/interop/gift_export.hpp"

#include <algorithm>

namespace retain {

std::string exportGift(const Bank& bank) {
    std::string title = bank.title;
    std::replace(title.begin(), title.end(), '\n', ' ');
    std::string out = "// " + title + " (Retain bank " + bank.id + "), exported for Moodle\n\n";
    out += "$CATEGORY: " + bank.id + "\n\n";
    for (const Question& question : bank.questions) {
        out += std::visit([&](const auto& spec) { return TypeOf<decltype(spec)>::writeGift(question, spec); }, question.answer);
        out += "\n";
    }
    return out;
}

}  // namespace retain

namespace retain {

std::vector<std::string> giftUncarriedPictures(const Bank& bank) {
    std::vector<std::string> lines;
    for (const Question& question : bank.questions) {
        for (const QuestionImage* image : questionImages(question)) {
            lines.push_back("question " + question.id + ": picture " + image->path +
                            " is not carried (GIFT text has no pictures; add it to the Moodle question by hand)");
        }
    }
    return lines;
}

}  // namespace retain
