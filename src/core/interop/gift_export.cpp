// Bank -> GIFT.
//
// [SECTION] pieces
// [SECTION] answer blocks
// [SECTION] entry point
#include "core/interop/gift_export.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "core/interop/gift_syntax.hpp"
#include "core/interop/interop_text.hpp"

namespace retain {

namespace {

// [SECTION] pieces -------------------------------------------------------------------------------

// Escapes a text that stands inside an answer; "->" would split a matching pair, so it becomes an arrow.
std::string answerText(const std::string& text) {
    std::string safe = text;
    for (std::size_t pos = safe.find("->"); pos != std::string::npos; pos = safe.find("->", pos)) safe.replace(pos, 2, "\u2192");
    return escapeGift(safe);
}

// A Moodle grade percentage with at most 5 decimals ("50", "33.33333").
std::string weightText(double percent) {
    const double rounded = std::round(percent * 100000.0) / 100000.0;
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded);
    return std::string(buffer.data(), result.ptr);
}

std::string item(const std::string& id, const std::string& prompt, const std::string& block, const std::string& explanation) {
    std::string out = "::" + escapeGift(id) + "::" + escapeGift(prompt) + " {\n" + block;
    if (!explanation.empty()) out += "####" + escapeGift(explanation) + "\n";
    out += "}\n";
    return out;
}

const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};

// The ways a learner may write one date: ISO form plus "May 26, 2018" and "26 May 2018" (day
// precision) or "May 2018" (month precision).
std::vector<std::string> dateSpellings(const CalendarDate& date, DatePrecision precision) {
    char iso[32];
    const std::string year = std::to_string(date.year);
    const bool monthKnown = date.month >= 1 && date.month <= 12;
    if (precision == DatePrecision::Year || !monthKnown) return {year};
    const std::string month = kMonths[date.month - 1];
    if (precision == DatePrecision::Month || date.day == 0) {
        std::snprintf(iso, sizeof iso, "%04d-%02d", date.year, date.month);
        return {iso, month + " " + year};
    }
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", date.year, date.month, date.day);
    const std::string day = std::to_string(date.day);
    return {iso, month + " " + day + ", " + year, day + " " + month + " " + year};
}

std::string shortAnswerBlock(const std::vector<std::string>& accepted) {
    std::string block;
    for (const std::string& text : accepted) block.append("=").append(answerText(text)).append("\n");
    return block;
}

// [SECTION] answer blocks ------------------------------------------------------------------------

// Writes the items of one question; one overload per AnswerSpec alternative.
struct GiftWriter {
    const Question& q;
    std::string& out;

    void operator()(const ChoiceAnswer& a) const {
        std::string block;
        for (std::size_t i = 0; i < a.choices.size(); ++i) {
            block.append(static_cast<int>(i) == a.correct ? "=" : "~").append(answerText(a.choices[i])).append("\n");
        }
        out += item(q.id, q.prompt, block, q.explanation);
    }
    void operator()(const MultiAnswer& a) const {
        const double right = a.correct.empty() ? 100.0 : 100.0 / static_cast<double>(a.correct.size());
        std::string block;
        for (std::size_t i = 0; i < a.choices.size(); ++i) {
            const bool isRight = std::find(a.correct.begin(), a.correct.end(), static_cast<int>(i)) != a.correct.end();
            block += "~%" + (isRight ? weightText(right) : std::string("-100")) + "%" + answerText(a.choices[i]) + "\n";
        }
        out += item(q.id, q.prompt, block, q.explanation);
    }
    void operator()(const TrueFalseAnswer& a) const {
        out += item(q.id, q.prompt, a.value ? "TRUE\n" : "FALSE\n", q.explanation);
    }
    void operator()(const NumericAnswer& a) const {
        const double tolerance = std::max(a.absoluteTolerance, a.relativeTolerance * std::fabs(a.value));
        std::string block = "#";
        block += exactNumberText(a.value);
        if (tolerance > 0.0) block.append(":").append(exactNumberText(tolerance));
        const std::string prompt = a.unit.empty() ? q.prompt : q.prompt + " " + std::string(kGiftUnitOpen) + a.unit + "]";
        out += item(q.id, prompt, block + "\n", q.explanation);
    }
    void operator()(const DateAnswer& a) const {
        std::vector<std::string> accepted;
        if (a.isRange()) {
            accepted.push_back(expectedAnswerText(q));
            accepted.push_back(dateSpellings(a.from, a.precision).front() + " to " + dateSpellings(a.to, a.precision).front());
        } else {
            accepted = dateSpellings(a.from, a.precision);
        }
        out += "// date question, written as a short answer of its accepted spellings\n";
        out += item(q.id, q.prompt, shortAnswerBlock(accepted), q.explanation);
    }
    void operator()(const TextAnswer& a) const { out += item(q.id, q.prompt, shortAnswerBlock(a.accepted), q.explanation); }
    void operator()(const OrderingAnswer& a) const {
        std::string block;
        for (std::size_t i = 0; i < a.items.size(); ++i) {
            block.append("=").append(answerText(a.items[i])).append(" -> ").append(std::to_string(i + 1)).append("\n");
        }
        out += "// ordering question, written as a matching of items to their positions\n";
        out += item(q.id, q.prompt, block, q.explanation);
    }
    void operator()(const MatchingAnswer& a) const {
        std::string block;
        for (const auto& [left, right] : a.pairs) block.append("=").append(answerText(left)).append(" -> ").append(answerText(right)).append("\n");
        out += item(q.id, q.prompt, block, q.explanation);
    }
    void operator()(const ClozeAnswer& a) const {
        // Cut the prose at the markers: pieces[i] stands before gap marker i (in text order).
        std::vector<std::string> pieces;
        std::vector<std::size_t> gapOrder;
        std::size_t pos = 0;
        while (true) {
            const std::size_t open = a.text.find("{{", pos);
            const std::size_t close = open == std::string::npos ? open : a.text.find("}}", open + 2);
            if (close == std::string::npos) break;
            std::size_t index = 0;
            const auto parsed = std::from_chars(a.text.data() + open + 2, a.text.data() + close, index);
            if (parsed.ec != std::errc() || index >= a.gaps.size() || a.gaps[index].accepted.empty()) {
                pos = close + 2;
                continue;
            }
            pieces.push_back(a.text.substr(pos, open - pos));
            gapOrder.push_back(index);
            pos = close + 2;
        }
        const std::string tail = a.text.substr(pos);
        auto fill = [&](std::size_t j) { return a.gaps[gapOrder[j]].accepted.front(); };
        for (std::size_t k = 0; k < gapOrder.size(); ++k) {
            std::string before, after;
            for (std::size_t j = 0; j < k; ++j) before += pieces[j] + fill(j);
            before += pieces[k];
            for (std::size_t j = k + 1; j < gapOrder.size(); ++j) after += pieces[j] + fill(j);
            after += tail;
            const std::string id = gapOrder.size() == 1 ? q.id : q.id + "-gap-" + std::to_string(k + 1);
            if (k > 0) out += "\n";
            out += "::" + escapeGift(id) + "::" + escapeGift(before) + "{\n" + shortAnswerBlock(a.gaps[gapOrder[k]].accepted);
            if (!q.explanation.empty()) out += "####" + escapeGift(q.explanation) + "\n";
            out.append("}").append(escapeGift(after)).append("\n");
        }
    }
};

}  // namespace

// [SECTION] entry point --------------------------------------------------------------------------

std::string exportGift(const Bank& bank) {
    std::string title = bank.title;
    std::replace(title.begin(), title.end(), '\n', ' ');
    std::string out = "// " + title + " (Retain bank " + bank.id + "), exported for Moodle\n\n";
    out += "$CATEGORY: " + bank.id + "\n\n";
    for (const Question& question : bank.questions) {
        std::visit(GiftWriter{question, out}, question.answer);
        out += "\n";
    }
    return out;
}

}  // namespace retain
