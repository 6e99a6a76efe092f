// Graders for the clicked types: choice (one right), multi (partial credit) and true/false.
//
// [SECTION] shared checks
// [SECTION] choice
// [SECTION] multi
// [SECTION] true/false
#include <algorithm>
#include <array>
#include <string_view>

#include "core/grading/normalize.hpp"
#include "core/grading/type_graders.hpp"

namespace retain {

// [SECTION] shared checks ------------------------------------------------------------------------

namespace {

bool isBlank(std::string_view text) { return normalizeText(text).empty(); }

// The result for a selection that is empty: wrong when nothing was typed either, refused when a typed
// line could not be read as choices.
GradeResult emptySelection(const LearnerAnswer& answer, const char* what) {
    if (isBlank(answer.text)) return makeResult(Verdict::Wrong, 0.0, "No answer given.");
    return makeResult(Verdict::Refused, 0.0,
                      "Could not read " + quoteForFeedback(answer.text) + " as " + what +
                          ": type a number, a letter or the text of a choice.");
}

bool inRange(int index, std::size_t size) { return index >= 0 && static_cast<std::size_t>(index) < size; }

const std::string& choiceAt(const std::vector<std::string>& choices, int index) {
    return choices[static_cast<std::size_t>(index)];
}

}  // namespace

// [SECTION] choice -------------------------------------------------------------------------------

GradeResult gradeChoice(const ChoiceAnswer& spec, const LearnerAnswer& answer) {
    if (answer.selected.empty()) return emptySelection(answer, "a choice");
    if (answer.selected.size() > 1) return makeResult(Verdict::Refused, 0.0, "Pick one choice only.");
    const int picked = answer.selected.front();
    if (!inRange(picked, spec.choices.size())) {
        return makeResult(Verdict::Refused, 0.0,
                          "There is no choice " + std::to_string(picked + 1) + "; pick 1 to " + std::to_string(spec.choices.size()) + ".");
    }
    const bool right = picked == spec.correct;
    const std::string expected = inRange(spec.correct, spec.choices.size()) ? choiceAt(spec.choices, spec.correct) : std::string();
    GradeResult result = right ? makeResult(Verdict::Correct, 1.0, "Correct.")
                               : makeResult(Verdict::Wrong, 0.0,
                                            "Wrong: you chose " + quoteForFeedback(choiceAt(spec.choices, picked)) +
                                                "; the answer is " + quoteForFeedback(expected) + ".");
    result.parts.push_back(PartFeedback{choiceAt(spec.choices, picked), expected, right, ""});
    return result;
}

// [SECTION] multi --------------------------------------------------------------------------------

// Each right choice selected earns 1/k, each wrong choice selected costs 1/k (k = number of right
// choices); the sum is floored at 0. Full credit only for exactly the right set.
GradeResult gradeMulti(const MultiAnswer& spec, const LearnerAnswer& answer) {
    if (answer.selected.empty() && !isBlank(answer.text)) return emptySelection(answer, "choices");
    std::vector<bool> chosen(spec.choices.size(), false);
    for (int index : answer.selected) {
        if (!inRange(index, spec.choices.size())) {
            return makeResult(Verdict::Refused, 0.0,
                              "There is no choice " + std::to_string(index + 1) + "; pick among 1 to " +
                                  std::to_string(spec.choices.size()) + ".");
        }
        chosen[static_cast<std::size_t>(index)] = true;
    }
    const std::size_t k = std::max<std::size_t>(spec.correct.size(), 1);
    int rightChosen = 0;
    int wrongChosen = 0;
    GradeResult result;
    for (std::size_t i = 0; i < spec.choices.size(); ++i) {
        const bool right = std::find(spec.correct.begin(), spec.correct.end(), static_cast<int>(i)) != spec.correct.end();
        if (chosen[i] && right) ++rightChosen;
        if (chosen[i] && !right) ++wrongChosen;
        const char* note = chosen[i] == right ? "" : (right ? "missed" : "not one of the answers");
        result.parts.push_back(PartFeedback{chosen[i] ? spec.choices[i] : std::string(), right ? spec.choices[i] : std::string(),
                                            chosen[i] == right, note});
    }
    const bool exact = rightChosen == static_cast<int>(spec.correct.size()) && wrongChosen == 0;
    const double score = exact ? 1.0 : std::clamp(static_cast<double>(rightChosen - wrongChosen) / static_cast<double>(k), 0.0, 1.0);
    result.score = score;
    result.verdict = verdictForScore(score);
    if (exact) {
        result.feedback = "Correct.";
    } else if (answer.selected.empty()) {
        result.feedback = "No answer given.";
    } else {
        result.feedback = std::string(score > 0.0 ? "Partly correct" : "Wrong") + ": " + std::to_string(rightChosen) + " of " +
                          std::to_string(spec.correct.size()) + " right choices picked, " + std::to_string(wrongChosen) +
                          " wrong.";
    }
    return result;
}

// [SECTION] true/false ---------------------------------------------------------------------------

namespace {

struct TruthWord {
    std::string_view word;
    bool value;
};
constexpr std::array<TruthWord, 12> kTruthWords = {{{"true", true}, {"t", true}, {"yes", true}, {"y", true},
                                                    {"correct", true}, {"1", true}, {"false", false}, {"f", false},
                                                    {"no", false}, {"n", false}, {"incorrect", false}, {"0", false}}};

}  // namespace

// Reads text ("true", "t", "yes", "y", "correct", "1" and their opposites); without text, selected {0}
// means true and {1} false (the order a view shows them in).
GradeResult gradeTrueFalse(const TrueFalseAnswer& spec, const LearnerAnswer& answer) {
    const std::string word = normalizeAnswer(answer.text);
    bool given = false;
    bool read = false;
    for (const TruthWord& truth : kTruthWords) {
        if (truth.word == word) {
            given = truth.value;
            read = true;
        }
    }
    if (!read && word.empty() && answer.selected.size() == 1 && (answer.selected[0] == 0 || answer.selected[0] == 1)) {
        given = answer.selected[0] == 0;
        read = true;
    }
    if (!read) {
        if (word.empty()) return makeResult(Verdict::Wrong, 0.0, "No answer given.");
        return makeResult(Verdict::Refused, 0.0, "Could not read " + quoteForFeedback(answer.text) + ": answer true or false.");
    }
    const bool right = given == spec.value;
    const char* expected = spec.value ? "True" : "False";
    GradeResult result = right ? makeResult(Verdict::Correct, 1.0, "Correct.")
                               : makeResult(Verdict::Wrong, 0.0, std::string("Wrong: the statement is ") + (spec.value ? "true." : "false."));
    result.parts.push_back(PartFeedback{given ? "True" : "False", expected, right, ""});
    return result;
}

}  // namespace retain
