#include "core/draft/head_questions.hpp"

#include "core/draft/words.hpp"

namespace retain::draft {

namespace {

Question headQuestion(std::string prompt, int paragraph, const std::string& evidence, std::string explanation) {
    Question question;
    question.prompt = std::move(prompt);
    question.explanation = std::move(explanation);
    question.tags = {"source"};
    question.source.paragraph = paragraph;
    question.source.evidence = evidence;
    question.draft = true;
    return question;
}

}  // namespace

std::vector<DraftedQuestion> writeHeadQuestions(const Article& article) {
    std::vector<DraftedQuestion> questions;
    const std::string named = "the article \u201C" + article.title + "\u201D";
    const std::size_t authorWords = tokenize(article.author).size();
    if (article.authorParagraph > 0 && authorWords >= 2 && authorWords <= 4) {
        DraftedQuestion drafted;
        drafted.kind = FactKind::Person;
        drafted.paragraph = article.authorParagraph;
        drafted.question = headQuestion("Who wrote " + named + "?", article.authorParagraph, article.author,
                                        "Paragraph " + std::to_string(article.authorParagraph) + ", in the article's head, names its author: \u201C" +
                                            article.author + "\u201D.");
        TextAnswer answer;
        answer.accepted = {article.author, article.author.substr(article.author.rfind(' ') + 1)};
        drafted.question.answer = answer;
        drafted.gives = {{article.author}};
        drafted.score = 6.0;
        questions.push_back(std::move(drafted));
    }
    if (article.dateParagraph > 0 && article.date.size() == 10) {
        DraftedQuestion drafted;
        drafted.kind = FactKind::Date;
        drafted.paragraph = article.dateParagraph;
        drafted.question = headQuestion("When was " + named + " published?", article.dateParagraph, article.dateText,
                                        "Paragraph " + std::to_string(article.dateParagraph) + ", in the article's head, dates it: \u201C" +
                                            article.dateText + "\u201D.");
        const CalendarDate day{std::stoi(article.date.substr(0, 4)), std::stoi(article.date.substr(5, 2)), std::stoi(article.date.substr(8, 2))};
        DateAnswer answer;
        answer.from = day;
        answer.to = day;
        answer.precision = DatePrecision::Day;
        drafted.question.answer = answer;
        drafted.gives = {{article.dateText}};
        drafted.score = 6.0;
        questions.push_back(std::move(drafted));
    }
    return questions;
}

}  // namespace retain::draft
