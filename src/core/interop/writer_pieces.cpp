// Pieces the question types' writers share (see writer_pieces.hpp).
//
// [SECTION] YAML
// [SECTION] GIFT
// [SECTION] Anki HTML
#include "core/interop/writer_pieces.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include <yaml-cpp/yaml.h>

#include "core/bank/question.hpp"
#include "core/interop/gift_syntax.hpp"
#include "core/interop/interop_text.hpp"

namespace retain {

// [SECTION] YAML ---------------------------------------------------------------------------------

namespace {

// True when a plain scalar with this text could be read as a bool, null, number or date by a YAML
// reader, or would lose blanks at its ends: such texts are double-quoted.
bool needsQuotes(const std::string& text) {
    if (text.empty()) return true;
    if (text.front() == ' ' || text.back() == ' ' || text.front() == '\t' || text.back() == '\t') return true;
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    static const char* const kWords[] = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
                                         ".inf", "-.inf", "+.inf", ".nan"};
    for (const char* word : kWords) {
        if (lower == word) return true;
    }
    // Anything that starts like a number or a date: digits, sign, dot.
    const char first = text.front();
    return (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
}

}  // namespace

void emitText(YAML::Emitter& out, const std::string& text) {
    if (needsQuotes(text) || text.find('\n') != std::string::npos) out << YAML::DoubleQuoted;
    out << repairUtf8(text);
}

void emitTextList(YAML::Emitter& out, const std::vector<std::string>& items) {
    out << YAML::Flow << YAML::BeginSeq;
    for (const std::string& item : items) emitText(out, item);
    out << YAML::EndSeq;
}

void emitKeyText(YAML::Emitter& out, const char* key, const std::string& text) {
    out << YAML::Key << key << YAML::Value;
    emitText(out, text);
}

void emitKeyNumber(YAML::Emitter& out, const char* key, double value) {
    out << YAML::Key << key << YAML::Value << exactNumberText(value);
}

void emitKeyTextList(YAML::Emitter& out, const char* key, const std::vector<std::string>& items) {
    out << YAML::Key << key << YAML::Value;
    emitTextList(out, items);
}

void emitKeyTextBlockList(YAML::Emitter& out, const char* key, const std::vector<std::string>& items) {
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const std::string& item : items) emitText(out, item);
    out << YAML::EndSeq;
}

void emitKeyBool(YAML::Emitter& out, const char* key, bool value) {
    out << YAML::Key << key << YAML::Value << (value ? "true" : "false");
}

void emitKeyPlain(YAML::Emitter& out, const char* key, const std::string& text) { out << YAML::Key << key << YAML::Value << text; }

void emitKeyDateRange(YAML::Emitter& out, const char* key, const std::string& from, const std::string& to) {
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "from" << YAML::Value << from
        << YAML::Key << "to" << YAML::Value << to << YAML::EndMap;
}

namespace {

// Writes an option: its text, or {text:, image:, alt:} when it has a picture.
void emitPicturedText(YAML::Emitter& out, const std::string& text, const QuestionImage& image) {
    if (image.empty()) {
        emitText(out, text);
        return;
    }
    out << YAML::Flow << YAML::BeginMap;
    if (!pictureOnly(text, image)) emitKeyText(out, "text", text);
    emitKeyText(out, "image", image.path);
    emitKeyText(out, "alt", image.alt);
    out << YAML::EndMap;
}

}  // namespace

void emitKeyPairList(YAML::Emitter& out, const char* key, const std::vector<std::pair<std::string, std::string>>& pairs,
                     const OptionImages& leftImages, const OptionImages& rightImages) {
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        out << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "left" << YAML::Value;
        emitPicturedText(out, pairs[i].first, optionImage(leftImages, i));
        out << YAML::Key << "right" << YAML::Value;
        emitPicturedText(out, pairs[i].second, optionImage(rightImages, i));
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void emitKeyPicturedList(YAML::Emitter& out, const char* key, const std::vector<std::string>& items, const OptionImages& images) {
    if (images.empty()) {
        emitKeyTextList(out, key, items);
        return;
    }
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (std::size_t i = 0; i < items.size(); ++i) emitPicturedText(out, items[i], optionImage(images, i));
    out << YAML::EndSeq;
}

// [SECTION] GIFT ---------------------------------------------------------------------------------

// Escapes a text that stands inside an answer; "->" would split a matching pair, so it becomes an arrow.
std::string giftAnswerText(const std::string& text) {
    std::string safe = text;
    for (std::size_t pos = safe.find("->"); pos != std::string::npos; pos = safe.find("->", pos)) safe.replace(pos, 2, "\u2192");
    return escapeGift(safe);
}

// A Moodle grade percentage with at most 5 decimals ("50", "33.33333").
std::string giftWeightText(double percent) {
    const double rounded = std::round(percent * 100000.0) / 100000.0;
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded);
    return std::string(buffer.data(), result.ptr);
}

std::string giftItem(const Question& question, const std::string& prompt, const std::string& block) {
    const std::string& explanation = question.explanation;
    std::string out = "::" + escapeGift(question.id) + "::" + escapeGift(prompt) + " {\n" + block;
    if (!explanation.empty()) out += "####" + escapeGift(explanation) + "\n";
    out += "}\n";
    return out;
}

// The ways a learner may write one date: ISO form plus "May 26, 2018" and "26 May 2018" (day
// precision) or "May 2018" (month precision).
std::vector<std::string> giftDateSpellings(const CalendarDate& date, DatePrecision precision) {
    char iso[32];
    const std::string year = std::to_string(date.year);
    const bool monthKnown = date.month >= 1 && date.month <= 12;
    if (precision == DatePrecision::Year || !monthKnown) return {year};
    const std::string month = monthName(date.month);
    if (precision == DatePrecision::Month || date.day == 0) {
        std::snprintf(iso, sizeof iso, "%04d-%02d", date.year, date.month);
        return {iso, month + " " + year};
    }
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", date.year, date.month, date.day);
    const std::string day = std::to_string(date.day);
    return {iso, month + " " + day + ", " + year, day + " " + month + " " + year};
}

std::string giftShortAnswerBlock(const std::vector<std::string>& accepted) {
    std::string block;
    for (const std::string& text : accepted) block.append("=").append(giftAnswerText(text)).append("\n");
    return block;
}

// [SECTION] Anki HTML ----------------------------------------------------------------------------

std::string htmlList(const std::vector<std::string>& items, const char* listTag) {
    std::string out = std::string("<") + listTag + ">";
    for (const std::string& item : items) out += "<li>" + textToHtml(item) + "</li>";
    return out + "</" + listTag + ">";
}

}  // namespace retain
