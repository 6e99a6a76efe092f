// Citation text (see citation.hpp).
#include "core/bank/citation.hpp"

namespace retain {

std::string sourceRefText(const SourceRef& ref) {
    std::string text = ref.paragraph > 0 ? "Paragraph " + std::to_string(ref.paragraph) : std::string();
    if (!ref.evidence.empty()) text += (text.empty() ? "" : ": ") + std::string("\u201C") + ref.evidence + "\u201D";
    return text;
}

std::string sourceDocumentText(const SourceDocument& document) {
    std::string text = document.title.empty() ? std::string() : "\u201C" + document.title + "\u201D";
    if (!document.author.empty()) text += (text.empty() ? "" : " by ") + document.author;
    if (!document.publisher.empty()) text += (text.empty() ? "" : ", ") + document.publisher;
    if (!document.date.empty()) text += (text.empty() ? "" : ", ") + document.date;
    return text;
}

std::string questionCitation(const Question& question, const SourceDocument& document) {
    std::string text;
    const auto cite = [&text](const SourceRef& ref) {
        const std::string part = sourceRefText(ref);
        if (!part.empty()) text += (text.empty() ? "" : "; ") + part;
    };
    cite(question.source);
    for (const SourceRef& ref : question.moreSources) cite(ref);
    const std::string work = sourceDocumentText(document);
    if (!work.empty()) text += (text.empty() ? "" : " \u2014 ") + work;
    return text;
}

}  // namespace retain
