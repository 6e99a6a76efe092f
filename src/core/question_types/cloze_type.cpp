// The cloze type (see cloze_type.hpp).
//
// [SECTION] the cloze text
// [SECTION] reading and grading
// [SECTION] display and typed answers
// [SECTION] cache and writers
#include "core/question_types/cloze_type.hpp"

#include <charconv>

#include "core/bank/byte_codec.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/typed_line.hpp"
#include "core/grading/typed_text_grade.hpp"
#include "core/interop/gift_syntax.hpp"
#include "core/interop/writer_pieces.hpp"
#include "core/question_types/answer_fields.hpp"

namespace retain {

// [SECTION] the cloze text -----------------------------------------------------------------------

bool parseClozeText(std::string_view text, ClozeAnswer& out, std::string& message) {
    ClozeAnswer cloze;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.compare(i, 2, "}}") == 0) {
            message = "'}}' without an opening '{{' in the cloze text";
            return false;
        }
        if (text.compare(i, 2, "{{") != 0) {
            cloze.text += text[i++];
            continue;
        }
        const std::string gapName = "gap " + std::to_string(cloze.gaps.size() + 1);
        const std::size_t close = text.find("}}", i + 2);
        const std::size_t nextOpen = text.find("{{", i + 2);
        if (close == std::string_view::npos || nextOpen < close) {
            message = gapName + " is opened with '{{' but not closed with '}}'";
            return false;
        }
        ClozeGap gap;
        std::string_view inner = text.substr(i + 2, close - i - 2);
        while (true) {
            const std::size_t bar = inner.find('|');
            const std::string_view alternative = trimBlanks(inner.substr(0, bar));
            if (!alternative.empty()) gap.accepted.emplace_back(alternative);
            if (bar == std::string_view::npos) break;
            inner.remove_prefix(bar + 1);
        }
        if (gap.accepted.empty()) {
            message = gapName + " has no answer: write it as {{answer}} or {{answer|other spelling}}";
            return false;
        }
        cloze.text += "{{" + std::to_string(cloze.gaps.size()) + "}}";
        cloze.gaps.push_back(std::move(gap));
        i = close + 2;
    }
    if (cloze.gaps.empty()) {
        message = "the cloze text has no gap: mark each gap as {{answer}}";
        return false;
    }
    out = std::move(cloze);
    return true;
}

ClozePieces splitClozeText(const ClozeAnswer& cloze) {
    ClozePieces pieces;
    std::string pending;  // prose since the last marker
    std::size_t pos = 0;
    const std::string& text = cloze.text;
    while (pos < text.size()) {
        const std::size_t open = text.find("{{", pos);
        const std::size_t close = open == std::string::npos ? open : text.find("}}", open + 2);
        if (close == std::string::npos) break;
        pending.append(text, pos, open - pos);
        std::size_t index = 0;
        const auto parsed = std::from_chars(text.data() + open + 2, text.data() + close, index);
        if (parsed.ec == std::errc() && parsed.ptr == text.data() + close && index < cloze.gaps.size() &&
            !cloze.gaps[index].accepted.empty()) {
            pieces.before.push_back(std::move(pending));
            pending.clear();
            pieces.gaps.push_back(index);
        } else {
            pending.append(text, open, close + 2 - open);  // not a gap: keep it as written
        }
        pos = close + 2;
    }
    pieces.tail = pending + text.substr(std::min(pos, text.size()));
    return pieces;
}

namespace {

// Returns the prose with every gap filled by its first accepted answer.
std::string filledText(const ClozeAnswer& cloze) {
    return joinClozeText(splitClozeText(cloze), [&](std::size_t, std::size_t gap) { return cloze.gaps[gap].accepted.front(); });
}

}  // namespace

// [SECTION] reading and grading ------------------------------------------------------------------

std::optional<ClozeAnswer> ClozeType::read(AnswerFields& fields) {
    auto text = fields.requiredText("text", "the prose with gaps, e.g. \"Trade reached {{USD 18 billion}} in {{2017}}.\"");
    auto allowExtra = fields.optionalList("allow_extra");
    if (!text || !allowExtra) return std::nullopt;
    ClozeAnswer cloze;
    std::string message;
    if (!parseClozeText(*text, cloze, message)) {
        fields.sink().error(fields.valueAt(*fields.find("text")), message);
        return std::nullopt;
    }
    cloze.allowExtra = std::move(*allowExtra);
    return cloze;
}

// Score = gaps right / gaps. Missing gaps are wrong; more answers than gaps is refused.
GradeResult ClozeType::grade(const Question&, const ClozeAnswer& spec, const LearnerAnswer& answer) {
    const std::size_t gapCount = spec.gaps.size();
    if (answer.gaps.size() > gapCount) {
        return makeResult(Verdict::Refused, 0.0,
                          "Expected " + std::to_string(gapCount) + (gapCount == 1 ? " answer" : " answers, one per gap,") +
                              " but got " + std::to_string(answer.gaps.size()) + ".");
    }
    bool anyGiven = false;
    for (const std::string& gap : answer.gaps) anyGiven = anyGiven || !normalizeAnswer(gap).empty();
    if (!anyGiven) {
        if (!normalizeAnswer(answer.text).empty() && answer.gaps.empty()) {
            return makeResult(Verdict::Refused, 0.0, "Could not read " + quoteForFeedback(answer.text) + " as gap answers.");
        }
        return makeResult(Verdict::Wrong, 0.0, "No answer given.");
    }
    GradeResult result;
    std::size_t right = 0;
    const TypedGrade* firstNearMiss = nullptr;
    const TypedGrade* firstTypo = nullptr;
    std::vector<TypedGrade> grades;
    grades.reserve(gapCount);
    for (std::size_t i = 0; i < gapCount; ++i) {
        const std::string given = i < answer.gaps.size() ? answer.gaps[i] : std::string();
        const ClozeGap& gap = spec.gaps[i];
        grades.push_back(gradeTyped(given, gap.accepted, TextMatchOptions{}, true, spec.allowExtra));
        const TypedGrade& grade = grades.back();
        if (countsAsRight(grade.kind)) ++right;
        const std::string canonical = gap.accepted.empty() ? std::string() : gap.accepted.front();
        result.parts.push_back(PartFeedback{repairUtf8(given), canonical, countsAsRight(grade.kind), noteFor(grade),
                                            countsAsRight(grade.kind) ? grade.closest : std::string()});
        if (grade.kind == TypedKind::Typo) result.misspelled = true;
    }
    for (const TypedGrade& grade : grades) {
        if (grade.kind == TypedKind::NearMiss && firstNearMiss == nullptr) firstNearMiss = &grade;
        if (grade.kind == TypedKind::Typo && firstTypo == nullptr) firstTypo = &grade;
    }
    const double score = gapCount == 0 ? 0.0 : static_cast<double>(right) / static_cast<double>(gapCount);
    result.score = score;
    result.verdict = verdictForScore(score);
    if (score >= 1.0) {
        result.feedback = firstTypo ? "Correct, but check the spelling: " + quoteForFeedback(firstTypo->closest) + "." : "Correct.";
    } else if (score > 0.0) {
        result.feedback = "Partly correct: " + std::to_string(right) + " of " + std::to_string(gapCount) + " gaps right.";
    } else if (firstNearMiss != nullptr) {
        result.verdict = Verdict::NearMiss;
        result.feedback = "Near miss: check the spelling of " + quoteForFeedback(firstNearMiss->closest) + ".";
    } else {
        result.feedback = gapCount == 1 ? "Wrong: the answer is " + quoteForFeedback(result.parts.front().expected) + "."
                                        : "Wrong: none of the " + std::to_string(gapCount) + " gaps is right.";
    }
    return result;
}

// [SECTION] display and typed answers ------------------------------------------------------------

std::string ClozeType::expectedText(const ClozeAnswer& spec) { return filledText(spec); }

// One gap takes the whole line; several are split on '|' (or, without any '|', on ';').
void ClozeType::readTyped(const ClozeAnswer& shown, std::string_view line, LearnerAnswer& out) {
    if (normalizeText(line).empty()) return;
    if (shown.gaps.size() <= 1) {
        out.gaps = {std::string(line)};
        return;
    }
    const bool pipes = line.find('|') != std::string_view::npos;
    out.gaps = splitAny(line, pipes ? "|" : ";", false);
}

TypedPrompt ClozeType::typedPrompt(const ClozeAnswer& shown) {
    const std::string blanks =
        joinClozeText(splitClozeText(shown), [](std::size_t, std::size_t gap) { return "[" + std::to_string(gap + 1) + "] ____"; });
    return {"  " + blanks + "\n", shown.gaps.size() > 1 ? "Fill the gaps in order, separated by |." : "Fill the gap."};
}

void ClozeType::shuffle(const ClozeAnswer&, SplitMix64&, ShownOrder&) {}

void ClozeType::arrange(ClozeAnswer&, const ShownOrder&) {}

std::string ClozeType::inBankTerms(const ClozeAnswer&, const LearnerAnswer& answer) {
    bool any = false;
    for (const std::string& gap : answer.gaps) any = any || !gap.empty();
    if (!any) return {};
    std::string out;
    for (std::size_t i = 0; i < answer.gaps.size(); ++i) out += (i == 0 ? "" : " | ") + answer.gaps[i];
    return out;
}

// [SECTION] cache and writers --------------------------------------------------------------------

void ClozeType::cache(ByteWriter& out, const ClozeAnswer& spec) {
    out.text(spec.text);
    out.count(spec.gaps.size());
    for (const ClozeGap& gap : spec.gaps) out.texts(gap.accepted);
    out.texts(spec.allowExtra);
}

void ClozeType::cache(ByteReader& in, ClozeAnswer& spec) {
    spec.text = in.text();
    spec.gaps.resize(in.count(4));
    for (ClozeGap& gap : spec.gaps) gap.accepted = in.texts();
    spec.allowExtra = in.texts();
}

void ClozeType::writeYaml(YAML::Emitter& out, const ClozeAnswer& spec) {
    // Each marker written back as "{{first|second|...}}", the form the loader reads.
    const std::string source = joinClozeText(splitClozeText(spec), [&](std::size_t, std::size_t gap) {
        std::string written = "{{";
        for (std::size_t i = 0; i < spec.gaps[gap].accepted.size(); ++i) written += (i > 0 ? "|" : "") + spec.gaps[gap].accepted[i];
        return written + "}}";
    });
    emitKeyText(out, "text", source);
    if (!spec.allowExtra.empty()) emitKeyTextList(out, "allow_extra", spec.allowExtra);
}

// One GIFT item per gap: the prose with that gap open and the others filled in.
std::string ClozeType::writeGift(const Question& question, const ClozeAnswer& spec) {
    const ClozePieces pieces = splitClozeText(spec);
    std::string out;
    for (std::size_t k = 0; k < pieces.gaps.size(); ++k) {
        std::string before;
        std::string after;
        for (std::size_t j = 0; j < pieces.gaps.size(); ++j) {
            if (j < k) before += pieces.before[j] + spec.gaps[pieces.gaps[j]].accepted.front();
            if (j > k) after += pieces.before[j] + spec.gaps[pieces.gaps[j]].accepted.front();
        }
        before += pieces.before[k];
        after += pieces.tail;
        const std::string id = pieces.gaps.size() == 1 ? question.id : question.id + "-gap-" + std::to_string(k + 1);
        if (k > 0) out += "\n";
        out += "::" + escapeGift(id) + "::" + escapeGift(before) + "{\n" + giftShortAnswerBlock(spec.gaps[pieces.gaps[k]].accepted);
        if (!question.explanation.empty()) out += "####" + escapeGift(question.explanation) + "\n";
        out.append("}").append(escapeGift(after)).append("\n");
    }
    return out;
}

std::string ClozeType::ankiFront(const ClozeAnswer& spec) {
    return textToHtml(joinClozeText(splitClozeText(spec), [](std::size_t, std::size_t) { return std::string("[\u2026]"); }));
}

}  // namespace retain
