// The question model: plain structs that the loader fills, graders read and views display.
// Nothing here knows YAML; see bank_loader.hpp for the file format.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace retain {

// The order of this enum matches the order of the alternatives in Question::answer.
enum class QuestionType { Choice, Multi, TrueFalse, Numeric, Date, Text, Ordering, Matching, Cloze };

// Returns the YAML spelling: "choice", "multi", "true_false", "numeric", "date", "text", "ordering",
// "matching" or "cloze".
const char* questionTypeName(QuestionType type);
// Parses a YAML spelling; returns false when the name is not a type.
bool parseQuestionType(const std::string& name, QuestionType& out);

// Where a question's fact stands in the bank's source document.
struct SourceRef {
    int paragraph = 0;      // 1-based paragraph number as shared/source/README.md defines it; 0 = none
    std::string evidence;   // a short phrase that stands in that paragraph
    int line = 0;           // where the evidence is written in the bank file (1-based); 0 = not written
    int column = 0;         // 1-based column of the evidence, in characters; 0 = unknown
};

// One right answer among 2..8 choices.
struct ChoiceAnswer {
    std::vector<std::string> choices;
    int correct = 0;        // index into choices
    bool shuffle = true;    // shown in random order
};

// Several right answers among the choices; partial credit.
struct MultiAnswer {
    std::vector<std::string> choices;
    std::vector<int> correct;  // indices into choices, ascending
    bool shuffle = true;
};

struct TrueFalseAnswer {
    bool value = true;
};

struct NumericAnswer {
    double value = 0.0;                    // in base units (18 billion is 18e9, not 18)
    std::string unit;                      // canonical unit or currency, e.g. "USD", "documents"; empty = none
    std::vector<std::string> unitAliases;  // other accepted spellings of the unit
    double absoluteTolerance = 0.0;        // accepted |given - value|, base units
    double relativeTolerance = 0.0;        // accepted |given - value| / |value|
};

enum class DatePrecision { Year, Month, Day };

// A calendar date; month and day are 0 when the precision does not reach them.
struct CalendarDate {
    int year = 0;
    int month = 0;  // 1..12, or 0
    int day = 0;    // 1..31, or 0
    bool operator==(const CalendarDate&) const = default;
};

struct DateAnswer {
    CalendarDate from;
    CalendarDate to;         // equal to from unless the answer is a range
    DatePrecision precision = DatePrecision::Day;
    bool isRange() const { return !(from == to); }
};

struct TextAnswer {
    std::vector<std::string> accepted;  // first one is the canonical answer shown to the learner
    bool typos = true;                  // tolerate typos that grow with length
    bool caseSensitive = false;
};

struct OrderingAnswer {
    std::vector<std::string> items;  // in the right order
};

struct MatchingAnswer {
    std::vector<std::pair<std::string, std::string>> pairs;  // left -> right, as written
};

// A gap in a cloze text.
struct ClozeGap {
    std::vector<std::string> accepted;  // first one is canonical
};

// text holds the prose with each gap replaced by the marker "{{N}}" (N = 0-based gap index), so views
// can split on it; gaps holds the accepted answers of each gap.
struct ClozeAnswer {
    std::string text;
    std::vector<ClozeGap> gaps;
};

using AnswerSpec = std::variant<ChoiceAnswer, MultiAnswer, TrueFalseAnswer, NumericAnswer, DateAnswer,
                                TextAnswer, OrderingAnswer, MatchingAnswer, ClozeAnswer>;

struct Question {
    std::string id;                  // unique in its bank, stable across edits
    std::string prompt;
    std::string explanation;
    std::string hint;                // optional
    std::vector<std::string> tags;   // the question's own tags plus the bank's default tags
    SourceRef source;
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

// Returns the canonical answer written out for display ("USD 18 billion", "May 25–26, 2018", "A → B; …").
std::string expectedAnswerText(const Question& question);

}  // namespace retain
