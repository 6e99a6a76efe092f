#include "core/draft/head_questions.hpp"

#include "core/draft/words.hpp"

namespace retain::draft {

namespace {

DraftedQuestion headQuestion(FactKind kind, std::string prompt, int paragraph, const std::string& evidence, const std::string& what) {
    DraftedQuestion drafted;
    drafted.kind = kind;
    drafted.paragraph = paragraph;
    drafted.question.prompt = std::move(prompt);
    drafted.question.explanation = "Paragraph " + std::to_string(paragraph) + ", in the article's head, " + what + ": \u201C" + evidence + "\u201D.";
    drafted.question.tags = {"source"};
    drafted.question.source.paragraph = paragraph;
    drafted.question.source.evidence = evidence;
    drafted.question.draft = true;
    drafted.gives = {{evidence}};
    drafted.score = 6.0;
    return drafted;
}

}  // namespace

std::vector<DraftedQuestion> writeHeadQuestions(const Article& article) {
    std::vector<DraftedQuestion> questions;
    const std::string named = "the article \u201C" + article.title + "\u201D";
    const std::size_t authorWords = tokenize(article.author).size();
    if (article.authorParagraph > 0 && authorWords >= 2 && authorWords <= 4) {
        DraftedQuestion drafted = headQuestion(FactKind::Person, "Who wrote " + named + "?", article.authorParagraph, article.author, "names its author");
        TextAnswer answer;
        answer.accepted = {article.author, article.author.substr(article.author.rfind(' ') + 1)};
        drafted.question.answer = answer;
        questions.push_back(std::move(drafted));
    }
    if (article.dateParagraph > 0 && article.date.size() == 10) {
        DraftedQuestion drafted = headQuestion(FactKind::Date, "When was " + named + " published?", article.dateParagraph, article.dateText, "dates it");
        const CalendarDate day{std::stoi(article.date.substr(0, 4)), std::stoi(article.date.substr(5, 2)), std::stoi(article.date.substr(8, 2))};
        DateAnswer answer;
        answer.from = day;
        answer.to = day;
        answer.precision = DatePrecision::Day;
        drafted.question.answer = answer;
        questions.push_back(std::move(drafted));
    }
    return questions;
}

}  // namespace retain::draft
