// GIFT -> bank.
//
// [SECTION] item layout (title, format, answer block)
// [SECTION] numbers
// [SECTION] question kinds
// [SECTION] entry point
#include "core/text/trim.hpp"
#include "core/interop/gift_import.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "core/interop/gift_syntax.hpp"
#include "core/interop/interop_text.hpp"
#include "core/text/control_chars.hpp"

namespace retain {

namespace {

constexpr std::size_t kMaxChoices = 8;  // the bank format allows 2..8 choices
constexpr const char* kBlank = "_____";  // stands for the answer block of a missing-word question

// [SECTION] item layout (title, format, answer block) ---------------------------------------------

// One item cut into its parts; texts keep their escapes.
struct ItemLayout {
    std::string title;
    bool html = false;           // "[html]" format marker
    std::string before;          // question text before "{"
    std::string block;           // inside "{...}" without the general feedback
    std::string generalFeedback; // after "####" inside the block
    std::string after;           // question text after "}"
    std::size_t blockOffset = 0; // where "{" stands in the item text
};

class GiftConverter {
public:
    GiftConverter(std::string fileName, ImportResult& result) : m_file(std::move(fileName)), m_result(result) {}

    void convert(const GiftItem& item);

private:
    bool layout(const GiftItem& item, ItemLayout& parts);
    void problem(int line, std::string message, Severity severity = Severity::Error) {
        addImportProblem(m_result.problems, m_file, line, std::move(message), severity);
    }
    // Unescapes one piece of text, converting HTML when the item is marked [html]; trims the ends.
    std::string clean(std::string_view raw) const { return m_html ? htmlToText(unescapeGift(raw)) : trimmedCopy(repairUtf8(unescapeGift(raw))); }
    // The question text; a missing-word item gets kBlank where its answer block stood.
    std::string promptText(const ItemLayout& parts) const;

    bool trueFalse(const ItemLayout& parts, Question& question);
    bool numeric(const ItemLayout& parts, Question& question, int line);
    bool shortAnswer(const ItemLayout& parts, const std::vector<GiftEntry>& entries, Question& question, int line);
    bool choices(const std::vector<GiftEntry>& entries, Question& question, int line);
    bool matching(const std::vector<GiftEntry>& entries, Question& question, int line);
    bool checkChoiceTexts(const std::vector<std::string>& texts, int line);

    std::string m_file;
    ImportResult& m_result;
    QuestionIdAllocator m_ids;
    bool m_html = false;  // the item being converted is marked [html]
};

int lineOf(const GiftItem& item, std::size_t offset) {
    const std::size_t end = std::min(offset, item.text.size());
    return item.line + static_cast<int>(std::count(item.text.begin(), item.text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

bool GiftConverter::layout(const GiftItem& item, ItemLayout& parts) {
    const std::string_view text = item.text;
    std::size_t pos = text.find_first_not_of(" \t\n");
    if (pos == std::string_view::npos) return false;
    if (text.substr(pos, 2) == "::") {
        const std::size_t end = findUnescaped(text, "::", pos + 2);
        if (end == std::string_view::npos) {
            problem(item.line, "the title's closing \"::\" is missing; item skipped");
            return false;
        }
        parts.title = trimmedCopy(unescapeGift(text.substr(pos + 2, end - pos - 2)));
        pos = text.find_first_not_of(" \t\n", end + 2);
        if (pos == std::string_view::npos) pos = text.size();
    }
    for (std::string_view marker : {"[html]", "[moodle]", "[plain]", "[markdown]"}) {
        if (text.substr(pos, marker.size()) == marker) {
            parts.html = marker == "[html]";
            pos += marker.size();
            break;
        }
    }
    const std::size_t open = findUnescaped(text, "{", pos);
    if (open == std::string_view::npos) {
        problem(item.line, "no answer block {...}: a description item, which Retain cannot ask; skipped", Severity::Warning);
        return false;
    }
    const std::size_t close = findUnescaped(text, "}", open + 1);
    const std::size_t nested = findUnescaped(text, "{", open + 1);
    if (close == std::string_view::npos) {
        problem(lineOf(item, open), "the answer block's closing \"}\" is missing; item skipped");
        return false;
    }
    if (nested < close || findUnescaped(text, "{", close + 1) != std::string_view::npos) {
        problem(lineOf(item, open),
                "more than one answer block in one question (embedded answers) is not supported; item skipped");
        return false;
    }
    parts.before = std::string(text.substr(pos, open - pos));
    parts.after = std::string(text.substr(close + 1));
    parts.blockOffset = open;
    std::string_view block = text.substr(open + 1, close - open - 1);
    const std::size_t general = findUnescaped(block, "####");
    if (general != std::string_view::npos) {
        parts.generalFeedback = std::string(block.substr(general + 4));
        block = block.substr(0, general);
    }
    parts.block = trimmedCopy(block);
    return true;
}

std::string GiftConverter::promptText(const ItemLayout& parts) const {
    if (trimmedCopy(parts.after).empty()) return clean(parts.before);
    return clean(parts.before + " " + kBlank + " " + parts.after);
}

// [SECTION] numbers ------------------------------------------------------------------------------

bool parseDecimal(std::string_view text, double& out) {
    const std::string clean = trimmedCopy(text);
    std::string_view digits = clean;
    if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
    if (digits.empty()) return false;
    const auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return parsed.ec == std::errc() && parsed.ptr == digits.data() + digits.size() && std::isfinite(out);
}

// Parses "18", "18:0.5" (value:tolerance) or "10..20" (range) into answer.
bool parseNumericSpec(std::string_view spec, NumericAnswer& answer) {
    const std::size_t range = spec.find("..");
    if (range != std::string_view::npos) {
        double low = 0.0, high = 0.0;
        if (!parseDecimal(spec.substr(0, range), low) || !parseDecimal(spec.substr(range + 2), high)) return false;
        if (high < low) std::swap(low, high);
        answer.value = low + (high - low) / 2.0;
        answer.absoluteTolerance = (high - low) / 2.0;
        return true;
    }
    const std::size_t colon = spec.find(':');
    if (!parseDecimal(spec.substr(0, colon), answer.value)) return false;
    if (colon == std::string_view::npos) return true;
    return parseDecimal(spec.substr(colon + 1), answer.absoluteTolerance) && answer.absoluteTolerance >= 0.0;
}

// Takes a trailing " [unit: X]" (written by Retain's exporter) off prompt into unit.
void takeUnitSuffix(std::string& prompt, std::string& unit) {
    if (prompt.empty() || prompt.back() != ']') return;
    const std::size_t open = prompt.rfind(kGiftUnitOpen);
    if (open == std::string::npos) return;
    unit = trimmedCopy(std::string_view(prompt).substr(open + kGiftUnitOpen.size(), prompt.size() - 1 - open - kGiftUnitOpen.size()));
    prompt = trimmedCopy(std::string_view(prompt).substr(0, open));
}

// [SECTION] question kinds -----------------------------------------------------------------------

bool isFullCredit(const GiftEntry& entry) { return !entry.weight || std::fabs(*entry.weight - 100.0) < 1e-9; }

bool GiftConverter::trueFalse(const ItemLayout& parts, Question& question) {
    const std::size_t hash = findUnescaped(parts.block, "#");
    std::string word = trimmedCopy(std::string_view(parts.block).substr(0, hash));
    std::transform(word.begin(), word.end(), word.begin(), [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; });
    if (word != "T" && word != "TRUE" && word != "F" && word != "FALSE") return false;
    question.answer = TrueFalseAnswer{word[0] == 'T'};
    // "{T#shown when wrong#shown when right}"
    if (question.explanation.empty() && hash != std::string::npos) {
        const std::string_view feedback = std::string_view(parts.block).substr(hash + 1);
        const std::size_t second = findUnescaped(feedback, "#");
        question.explanation = second == std::string_view::npos ? clean(feedback) : clean(feedback.substr(second + 1));
        if (question.explanation.empty()) question.explanation = clean(feedback.substr(0, second));
    }
    return true;
}

bool GiftConverter::numeric(const ItemLayout& parts, Question& question, int line) {
    const std::string_view body = std::string_view(parts.block).substr(1);
    NumericAnswer answer;
    std::string feedback;
    if (findUnescaped(body, "=") != std::string_view::npos) {
        std::vector<GiftEntry> entries;
        std::string error;
        if (!splitGiftEntries(body, entries, error)) {
            problem(line, "numerical answers: " + error + "; item skipped");
            return false;
        }
        const auto full = std::find_if(entries.begin(), entries.end(), isFullCredit);
        if (full == entries.end() || !parseNumericSpec(unescapeGift(full->text), answer)) {
            problem(line, "numerical answers need one full-credit answer such as =18:0.5 or =10..20; item skipped");
            return false;
        }
        if (entries.size() > 1) problem(line, "only the full-credit numerical answer was kept; partial-credit answers dropped", Severity::Warning);
        feedback = full->feedback;
    } else {
        const std::size_t hash = findUnescaped(body, "#");
        if (!parseNumericSpec(unescapeGift(body.substr(0, hash)), answer)) {
            problem(line, "a numerical answer must read like {#18}, {#18:0.5} or {#10..20}; item skipped");
            return false;
        }
        if (hash != std::string_view::npos) feedback = std::string(body.substr(hash + 1));
    }
    takeUnitSuffix(question.prompt, answer.unit);
    if (question.explanation.empty()) question.explanation = clean(feedback);
    question.answer = answer;
    return true;
}

bool GiftConverter::shortAnswer(const ItemLayout& parts, const std::vector<GiftEntry>& entries, Question& question, int line) {
    std::vector<std::string> accepted;
    bool dropped = false;
    for (const GiftEntry& entry : entries) {
        if (!isFullCredit(entry)) {
            dropped = true;
            continue;
        }
        std::string text = clean(entry.text);
        if (text.empty()) continue;
        if (std::find(accepted.begin(), accepted.end(), text) == accepted.end()) accepted.push_back(std::move(text));
        if (question.explanation.empty()) question.explanation = clean(entry.feedback);
    }
    if (dropped) problem(line, "partial-credit answers dropped; only full-credit answers are accepted", Severity::Warning);
    if (accepted.empty()) {
        problem(line, "no full-credit answer; item skipped");
        return false;
    }
    if (trimmedCopy(parts.after).empty()) {
        question.answer = TextAnswer{accepted};
        return true;
    }
    // Missing-word short answer: the text around the block becomes a one-gap cloze.
    ClozeAnswer cloze;
    const std::string prose = clean(parts.before + "\x01" + parts.after);
    if (prose.find("{{") != std::string::npos || prose.find("}}") != std::string::npos) {
        problem(line, "the text holds \"{{\" or \"}}\", which a cloze cannot show; item skipped");
        return false;
    }
    const std::size_t marker = prose.find('\x01');
    cloze.text = prose.substr(0, marker) + "{{0}}" + prose.substr(marker + 1);
    for (std::string& text : accepted) std::replace(text.begin(), text.end(), '|', '/');
    cloze.gaps.push_back(ClozeGap{accepted});
    question.answer = cloze;
    question.prompt.clear();
    return true;
}

bool GiftConverter::checkChoiceTexts(const std::vector<std::string>& texts, int line) {
    if (texts.size() < 2 || texts.size() > kMaxChoices) {
        problem(line, "a choice question needs 2 to 8 answers, this one has " + std::to_string(texts.size()) + "; item skipped");
        return false;
    }
    const std::set<std::string> distinct(texts.begin(), texts.end());
    if (distinct.size() != texts.size() || distinct.count("") != 0) {
        problem(line, "answers must be distinct and not empty; item skipped");
        return false;
    }
    return true;
}

bool GiftConverter::choices(const std::vector<GiftEntry>& entries, Question& question, int line) {
    std::vector<std::string> texts;
    std::vector<int> right;
    int equalsCount = 0;
    bool partial = false;
    for (const GiftEntry& entry : entries) {
        const bool isRight = entry.marker == '=' || (entry.weight && *entry.weight > 0.0);
        if (entry.marker == '=') ++equalsCount;
        if (entry.marker == '~' && entry.weight && *entry.weight > 0.0 && *entry.weight < 100.0 - 1e-9) partial = true;
        if (isRight) {
            right.push_back(static_cast<int>(texts.size()));
            if (question.explanation.empty()) question.explanation = clean(entry.feedback);
        }
        texts.push_back(clean(entry.text));
    }
    if (!checkChoiceTexts(texts, line)) return false;
    if (right.empty()) {
        problem(line, "no right answer (mark it with = or a positive weight such as ~%50%); item skipped");
        return false;
    }
    if (equalsCount == 1 && right.size() > 1) {
        // One "=" answer plus partially weighted wrong ones: Moodle's partial credit, which Retain does not give.
        problem(line, "partial credit of weighted wrong answers dropped", Severity::Warning);
        right.erase(std::remove_if(right.begin(), right.end(),
                                   [&](int index) { return entries[static_cast<std::size_t>(index)].marker != '='; }),
                    right.end());
    }
    if (right.size() == 1 && (!partial || equalsCount == 1)) {
        question.answer = ChoiceAnswer{texts, right.front(), true};
    } else {
        question.answer = MultiAnswer{texts, right, true};
    }
    return true;
}

bool GiftConverter::matching(const std::vector<GiftEntry>& entries, Question& question, int line) {
    MatchingAnswer answer;
    for (const GiftEntry& entry : entries) {
        const std::size_t arrow = findUnescaped(entry.text, "->");
        if (entry.marker != '=' || arrow == std::string::npos) {
            problem(line, "every answer of a matching question must read =left -> right; item skipped");
            return false;
        }
        std::string left = clean(std::string_view(entry.text).substr(0, arrow));
        std::string right = clean(std::string_view(entry.text).substr(arrow + 2));
        if (left.empty()) {
            problem(line, "a right side without a left side (an extra distractor) was dropped", Severity::Warning);
            continue;
        }
        answer.pairs.emplace_back(std::move(left), std::move(right));
    }
    std::set<std::string> lefts, rights;
    for (const auto& [left, right] : answer.pairs) {
        lefts.insert(left);
        rights.insert(right);
    }
    if (answer.pairs.size() < 2 || lefts.size() != answer.pairs.size() || rights.size() != answer.pairs.size()) {
        problem(line, "a matching question needs 2 or more pairs with distinct left and distinct right sides; item skipped");
        return false;
    }
    // Right sides exactly 1..n: an ordering (Retain's export writes orderings this way).
    std::vector<std::string> ordered(answer.pairs.size());
    bool isOrdering = true;
    for (const auto& [left, right] : answer.pairs) {
        std::size_t position = 0;
        const auto parsed = std::from_chars(right.data(), right.data() + right.size(), position);
        if (parsed.ec != std::errc() || parsed.ptr != right.data() + right.size() || position < 1 || position > ordered.size()) {
            isOrdering = false;
            break;
        }
        ordered[position - 1] = left;
    }
    if (isOrdering) {
        question.answer = OrderingAnswer{ordered};
    } else {
        question.answer = answer;
    }
    return true;
}

void GiftConverter::convert(const GiftItem& item) {
    ItemLayout parts;
    if (!layout(item, parts)) return;
    const int line = lineOf(item, parts.blockOffset);
    m_html = parts.html;
    Question question;
    question.file = m_file;
    question.line = item.line;
    question.tags = item.tags;
    question.prompt = promptText(parts);
    question.explanation = clean(parts.generalFeedback);

    bool ok = false;
    const bool missingWord = !trimmedCopy(parts.after).empty();
    if (parts.block.empty()) {
        problem(line, "an empty answer block {} is an essay question, which Retain cannot grade; item skipped");
        return;
    }
    if (parts.block.front() == '#') {
        ok = numeric(parts, question, line);
    } else if (parts.block.front() != '=' && parts.block.front() != '~') {
        ok = trueFalse(parts, question);
        if (!ok) problem(line, "unrecognised answer block {" + parts.block + "}; item skipped");
    } else {
        std::vector<GiftEntry> entries;
        std::string error;
        if (!splitGiftEntries(parts.block, entries, error)) {
            problem(line, error + "; item skipped");
            return;
        }
        const bool anyArrow = std::any_of(entries.begin(), entries.end(),
                                          [](const GiftEntry& e) { return findUnescaped(e.text, "->") != std::string::npos; });
        const bool anyTilde = std::any_of(entries.begin(), entries.end(), [](const GiftEntry& e) { return e.marker == '~'; });
        if (anyArrow) {
            ok = !missingWord ? matching(entries, question, line) : false;
            if (missingWord) problem(line, "a matching question cannot have text after its answers; item skipped");
        } else if (anyTilde) {
            ok = choices(entries, question, line);
        } else {
            ok = shortAnswer(parts, entries, question, line);
        }
    }
    if (!ok) return;
    if (question.type() != QuestionType::Cloze && question.prompt.empty()) {
        problem(line, "the question has no text; item skipped");
        return;
    }
    const std::string basis = question.type() == QuestionType::Cloze ? expectedAnswerText(question) : question.prompt;
    question.id = m_ids.allocate(parts.title, basis);
    m_result.bank.questions.push_back(std::move(question));
}

}  // namespace

// [SECTION] entry point --------------------------------------------------------------------------

ImportResult importGift(std::string_view text, const std::string& fileName, const ImportOptions& options) {
    ImportResult result;
    result.bank.id = options.bankId;
    result.bank.title = options.bankTitle;
    GiftConverter converter(fileName, result);
    // Control characters (NUL, ESC, BEL, ...) are dropped before anything else (a terminal would obey
    // them); line breaks of every style stay, so line numbers hold.
    std::size_t controls = 0;
    const std::string clean = stripControlCharacters(text, LineBreaks::AnyStyle, &controls);
    if (controls > 0) {
        addImportProblem(result.problems, fileName, 0, std::to_string(controls) + " control character(s) (NUL, ESC, BEL, ...) removed",
                         Severity::Warning);
    }
    for (const GiftItem& item : splitGiftItems(clean)) converter.convert(item);
    finishImport(result, fileName);
    return result;
}

}  // namespace retain
