// What every question type's file pair declares, in one place. A type's header defines its answer struct
// (ChoiceAnswer, ...: the data, its YAML name kName, its answer keys kKeys and kDefaultPrompt) and
// declares its pieces with RETAIN_QUESTION_TYPE_PIECES; its .cpp defines them; registry.hpp lists the
// types once. The pieces, in this order:
//   read                           reading and validating its answer keys (bank loader)
//   grade                          grading one LearnerAnswer
//   expectedText                   the right answer written out for display
//   readTyped                      the typed-line parser of the terminal and exams (shown numbering)
//   typedPrompt                    the options and "how to answer" line of a plain-text question
//   shuffle, arrange               the shown order of its options, and the question rearranged to it
//   inBankTerms                    a learner's answer written with the bank's own texts (reports)
//   cache                          the compiled-bank cache encoding (one function per direction)
//   writeYaml, writeGift, ankiFront   the bank, Moodle GIFT and Anki writers
// A piece that is declared but not written is a link error; every dispatcher reaches the pieces through
// std::visit over Question::answer, so no type can be left out.
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

// The pieces of the question type whose answer is Spec; specialised once per type by the macro below.
template <typename Spec>
struct QuestionTypeOf;

}  // namespace retain

// Declares the pieces of the question type whose answer struct is Spec (one line in each type's header).
#define RETAIN_QUESTION_TYPE_PIECES(Spec)                                                                        \
    template <>                                                                                                  \
    struct QuestionTypeOf<Spec> {                                                                                \
        /* Reads and validates the answer keys; nullopt after reporting every problem. */                       \
        static std::optional<Spec> read(AnswerFields& fields);                                                   \
        /* Grades answer (indices in the question's own order). */                                              \
        static GradeResult grade(const Question& question, const Spec& spec, const LearnerAnswer& answer);       \
        /* Returns the right answer written out for display. */                                                 \
        static std::string expectedText(const Spec& spec);                                                       \
        /* Fills out from a typed line whose positions refer to shown (the answer as shown). */                 \
        static void readTyped(const Spec& shown, std::string_view line, LearnerAnswer& out);                     \
        /* Returns the options and the "how to answer" line of a plain-text question. */                        \
        static TypedPrompt typedPrompt(const Spec& shown);                                                       \
        /* Sets the shown order of this type's options, drawing from random. */                                 \
        static void shuffle(const Spec& spec, SplitMix64& random, ShownOrder& order);                            \
        /* Rearranges shown (a copy of the question's answer) to order. */                                      \
        static void arrange(Spec& shown, const ShownOrder& order);                                               \
        /* Returns answer in the bank's own texts (reports; "" when nothing was given). */                      \
        static std::string inBankTerms(const Spec& spec, const LearnerAnswer& answer);                           \
        /* Writes and reads the compiled-bank cache encoding. */                                                \
        static void cache(ByteWriter& out, const Spec& spec);                                                    \
        static void cache(ByteReader& in, Spec& spec);                                                           \
        /* Writes the answer keys into an open YAML map. */                                                     \
        static void writeYaml(YAML::Emitter& out, const Spec& spec);                                             \
        /* Returns the question as GIFT items. */                                                               \
        static std::string writeGift(const Question& question, const Spec& spec);                                \
        /* Returns what an Anki card's front adds under the prompt (HTML). */                                   \
        static std::string ankiFront(const Spec& spec);                                                          \
    }
