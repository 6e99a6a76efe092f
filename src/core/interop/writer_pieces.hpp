// Pieces the question types' writers share: YAML keys through yaml-cpp's emitter (quoted where a reader
// could misread them), GIFT items and escapes, and HTML lists for Anki card faces. Each type's
// writeYaml/writeGift/ankiFront composes these; bank_writer, gift_export and apkg_export frame them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/bank/question_image.hpp"
#include "core/calendar/calendar_date.hpp"
#include "core/interop/interop_text.hpp"

namespace YAML {
class Emitter;
}

namespace retain {

struct Question;

// [SECTION] YAML
// Writes text as a scalar, double-quoted when a YAML reader could read it as something else.
void emitText(YAML::Emitter& out, const std::string& text);
// Writes items as a flow list of texts.
void emitTextList(YAML::Emitter& out, const std::vector<std::string>& items);
// Writes "key: text".
void emitKeyText(YAML::Emitter& out, const char* key, const std::string& text);
// Writes "key: number" with every digit kept.
void emitKeyNumber(YAML::Emitter& out, const char* key, double value);
// Writes "key: [a, b]".
void emitKeyTextList(YAML::Emitter& out, const char* key, const std::vector<std::string>& items);
// Writes "key:" then one "- item" line per item.
void emitKeyTextBlockList(YAML::Emitter& out, const char* key, const std::vector<std::string>& items);
// Writes "key: true" or "key: false".
void emitKeyBool(YAML::Emitter& out, const char* key, bool value);
// Writes "key: text" unquoted (for texts Retain wrote itself, such as ISO dates).
void emitKeyPlain(YAML::Emitter& out, const char* key, const std::string& text);
// Writes "key: {from: a, to: b}".
void emitKeyDateRange(YAML::Emitter& out, const char* key, const std::string& from, const std::string& to);
// Writes "key:" then one "- {left: a, right: b}" line per pair; a side with a picture in leftImages or
// rightImages (empty, or one per pair) is written as {text:, image:, alt:}.
void emitKeyPairList(YAML::Emitter& out, const char* key, const std::vector<std::pair<std::string, std::string>>& pairs,
                     const OptionImages& leftImages = {}, const OptionImages& rightImages = {});
// Writes "key: [a, b]", or, when any item has a picture in images (one per item), a block list whose
// pictured items are {text:, image:, alt:} maps (text left out when it is the alt text).
void emitKeyPicturedList(YAML::Emitter& out, const char* key, const std::vector<std::string>& items, const OptionImages& images);

// [SECTION] GIFT
// Escapes a text that stands inside an answer; "->" becomes an arrow so it cannot split a matching pair.
std::string giftAnswerText(const std::string& text);
// Returns a Moodle grade percentage with at most 5 decimals ("50", "33.33333").
std::string giftWeightText(double percent);
// Returns one GIFT item "::id::prompt {\nblock####explanation\n}\n" for question.
std::string giftItem(const Question& question, const std::string& prompt, const std::string& block);
// Returns the ways a learner may write one date (ISO form first).
std::vector<std::string> giftDateSpellings(const CalendarDate& date, DatePrecision precision);
// Returns "=a\n=b\n" for the accepted texts.
std::string giftShortAnswerBlock(const std::vector<std::string>& accepted);

// [SECTION] Anki HTML
// Returns items as an HTML list under listTag ("ul", "ol type=\"A\"").
std::string htmlList(const std::vector<std::string>& items, const char* listTag);

}  // namespace retain
