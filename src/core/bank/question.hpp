// The question model: plain structs that the loader fills, graders read and views display. The answer of
// each type is defined beside its traits in core/question_types/. Nothing here knows YAML; see
// bank_loader.hpp for the file format.
#pragma once

#include <string>
#include <vector>

#include "core/bank/question_image.hpp"
#include "core/question_types/registry.hpp"

namespace retain {

// Where a question's fact stands in the bank's source document.
struct SourceRef {
    int paragraph = 0;      // 1-based paragraph number as shared/source/README.md defines it; 0 = none
    std::string evidence;   // a short phrase that stands in that paragraph
    int line = 0;           // where the evidence is written in the bank file (1-based); 0 = not written
    int column = 0;         // 1-based column of the evidence, in characters; 0 = unknown
};

struct Question {
    std::string id;                  // unique in its bank, stable across edits
    std::string prompt;
    std::string explanation;
    std::string hint;                // optional
    std::vector<std::string> tags;   // the question's own tags plus the bank's default tags
    SourceRef source;                // the first (or only) citation
    std::vector<SourceRef> moreSources = {};  // the further citations when `source` is a list, in bank order
    QuestionImage image;             // optional picture shown with the prompt (empty path: none)
    QuestionImage explanationImage;  // optional picture shown with the explanation, after the answer
    bool draft = false;              // proposed by `retain draft`, not yet accepted by a teacher; study skips it
    std::string sibling;             // optional group of questions that answer each other ("" = none); see study_siblings.hpp
    AnswerSpec answer;
    std::string file;                // file the question was loaded from
    int line = 0;                    // 1-based line of the question in that file

    QuestionType type() const { return static_cast<QuestionType>(answer.index()); }
};

// The document a bank's questions come from.
struct SourceDocument {
    std::string doc;        // short id, e.g. "russia-japan-2018"
    std::string title;
    std::string author;
    std::string publisher;
    std::string date;       // ISO 8601, e.g. "2018-06-14"
};

struct Bank {
    std::string id;          // stable; progress is keyed by bank id + question id
    std::string title;
    std::string description;
    std::string language;    // BCP 47, e.g. "en"
    SourceDocument source;
    std::vector<std::string> tags;  // default tags, added to every question
    std::vector<Question> questions;
    std::string path;        // the file or folder it was loaded from

    // Returns the question with this id, or nullptr.
    const Question* find(const std::string& questionId) const;
};

// Returns every picture of question: its own first (when it has one), then its options' (choices, then
// matching lefts and rights), in bank order, then its explanation's; empty pictures are left out.
// Pointers into question.
std::vector<const QuestionImage*> questionImages(const Question& question);
// The same for a question that may be changed (an import dropping a picture that does not decode).
std::vector<QuestionImage*> questionImages(Question& question);

// Where a picture of a question is shown.
enum class PictureRole { Question, Option, Explanation };
// One of questionImages(question), with where it is shown and, for an option's, the option's text.
struct QuestionPicture {
    const QuestionImage* image = nullptr;
    PictureRole role = PictureRole::Question;
    std::string option;  // the option's text ("" unless role is Option)
};
// Returns questionImages(question) with their roles, in the same order.
std::vector<QuestionPicture> questionPictures(const Question& question);

// Returns the canonical answer written out for display ("USD 18 billion", "May 25–26, 2018", "A → B; …").
std::string expectedAnswerText(const Question& question);

}  // namespace retain
