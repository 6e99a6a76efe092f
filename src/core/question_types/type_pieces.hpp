// What every question type's file pair declares, in one place: the forward declarations its pieces take
// and the small structs they return. Each type is a traits struct (ChoiceType, ...) beside its answer
// struct (ChoiceAnswer, ...), and registry.hpp lists them once. The pieces of a type, in this order:
//   kName, kKeys, kDefaultPrompt   its YAML spelling, its answer keys, the prompt used when none is written
//   read                           reading and validating its answer keys (bank loader)
//   grade                          grading one LearnerAnswer
//   expectedText                   the right answer written out for display
//   readTyped                      the typed-line parser of the terminal and exams (shown numbering)
//   typedPrompt                    the options and "how to answer" line of a plain-text question
//   shuffle, arrange               the shown order of its options, and the question rearranged to it
//   inBankTerms                    a learner's answer written with the bank's own texts (reports)
//   cache                          the compiled-bank cache encoding (one function per direction)
//   writeYaml, writeGift, ankiFront   the bank, Moodle GIFT and Anki writers
// A missing piece is a compile error where registry.cpp and the dispatchers call it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace YAML {
class Emitter;
}

namespace retain {

struct Question;
struct LearnerAnswer;
struct GradeResult;
struct ShownOrder;
class AnswerFields;
class ByteWriter;
class ByteReader;
class SplitMix64;

// How a plain-text front end (terminal study, exams) lists a question's options and says how to answer.
struct TypedPrompt {
    std::string options;  // the listed options, one per line, each ending in '\n'; may be empty
    std::string how;      // how to type the answer, e.g. "Type the number of your choice."
};

}  // namespace retain
