// The ordering type (see ordering_type.hpp).
//
// [SECTION] reading and grading
// [SECTION] display and typed answers
// [SECTION] cache and writers
#include "core/question_types/ordering_type.hpp"

#include <algorithm>

#include "core/bank/byte_codec.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/typed_line.hpp"
#include "core/interop/writer_pieces.hpp"
#include "core/question_types/answer_fields.hpp"
#include "core/question_types/option_lists.hpp"
#include "core/session/shown_order.hpp"

namespace retain {

// [SECTION] reading and grading ------------------------------------------------------------------

std::optional<OrderingAnswer> OrderingType::read(AnswerFields& fields) {
    auto items = fields.distinctList("items", "the items in their right order, e.g. [first, second, third]", 2,
                                     static_cast<std::size_t>(-1), "item");
    if (!items) return std::nullopt;
    return OrderingAnswer{std::move(*items)};
}

// Score = item pairs the learner put in the right relative order / all item pairs (Kendall's concordant
// pairs): reversing the list scores 0, swapping two neighbours in a list of n loses 1 / (n(n-1)/2).
GradeResult OrderingType::grade(const Question&, const OrderingAnswer& spec, const LearnerAnswer& answer) {
    const std::size_t n = spec.items.size();
    const std::string how = "give the " + std::to_string(n) + " item numbers in order, e.g. \"2 1 3\", or the items separated by ';'.";
    if (answer.order.empty()) return emptyArrangement(answer, how);
    std::vector<bool> seen(n, false);
    bool permutation = answer.order.size() == n;
    for (std::size_t p = 0; permutation && p < n; ++p) {
        const int item = answer.order[p];
        permutation = item >= 0 && static_cast<std::size_t>(item) < n && !seen[static_cast<std::size_t>(item)];
        if (permutation) seen[static_cast<std::size_t>(item)] = true;
    }
    if (!permutation) return makeResult(Verdict::Refused, 0.0, "Give each of the " + std::to_string(n) + " items exactly once.");

    std::size_t concordant = 0;
    const std::size_t pairs = n * (n - 1) / 2;
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = a + 1; b < n; ++b) {
            if (answer.order[a] < answer.order[b]) ++concordant;
        }
    }
    const double score = pairs == 0 ? 1.0 : static_cast<double>(concordant) / static_cast<double>(pairs);
    GradeResult result;
    result.score = score;
    result.verdict = verdictForScore(score);
    for (std::size_t p = 0; p < n; ++p) {
        const auto item = static_cast<std::size_t>(answer.order[p]);
        result.parts.push_back(PartFeedback{spec.items[item], spec.items[p], item == p, ""});
    }
    if (score >= 1.0) {
        result.feedback = "Correct.";
    } else {
        result.feedback = std::string(score > 0.0 ? "Partly correct" : "Wrong") + ": " + std::to_string(concordant) + " of " +
                          std::to_string(pairs) + " item pairs in the right order.";
    }
    return result;
}

// [SECTION] display and typed answers ------------------------------------------------------------

std::string OrderingType::expectedText(const OrderingAnswer& spec) {
    std::string out;
    for (std::size_t i = 0; i < spec.items.size(); ++i) {
        if (i > 0) out += "  ";
        out += std::to_string(i + 1) + ". " + spec.items[i];
    }
    return out;
}

// "3 1 2", "3,1,2", "3>1>2", or the item texts separated by ';'.
void OrderingType::readTyped(const OrderingAnswer& shown, std::string_view line, LearnerAnswer& answer) {
    const std::vector<std::string>& items = shown.items;
    std::vector<int>& order = answer.order;
    const std::string cleaned = normalizeText(line);

    bool allNumbers = true;
    for (const std::string& token : splitAny(cleaned, ",; >-", true)) {
        const auto index = readNumber(token, items.size());
        if (!index) {
            allNumbers = false;
            break;
        }
        order.push_back(*index);
    }
    if (allNumbers && !order.empty()) return;
    order.clear();
    for (const std::string& piece : splitAny(line, ";\n", true)) {
        if (normalizeAnswer(piece).empty()) continue;
        const auto index = findByText(piece, items, true);
        if (!index) {
            order.clear();
            return;
        }
        order.push_back(*index);
    }

}

TypedPrompt OrderingType::typedPrompt(const OrderingAnswer& shown) {
    return {numberedLines(shown.items), "Type the numbers in the right order, e.g. 3 1 2."};
}

void OrderingType::shuffle(const OrderingAnswer& spec, SplitMix64& random, ShownOrder& order) {
    order.items = shownPermutation(spec.items.size(), random, true);
}

void OrderingType::arrange(OrderingAnswer& shown, const ShownOrder& order) {
    if (order.items.size() == shown.items.size()) shown.items = rearranged(shown.items, order.items);
}

std::string OrderingType::inBankTerms(const OrderingAnswer& spec, const LearnerAnswer& answer) {
    return textsAt(spec.items, answer.order, "; ");
}

// [SECTION] cache and writers --------------------------------------------------------------------

void OrderingType::cache(ByteWriter& out, const OrderingAnswer& spec) { out.texts(spec.items); }

void OrderingType::cache(ByteReader& in, OrderingAnswer& spec) { spec.items = in.texts(); }

void OrderingType::writeYaml(YAML::Emitter& out, const OrderingAnswer& spec) { emitKeyTextBlockList(out, "items", spec.items); }

std::string OrderingType::writeGift(const Question& question, const OrderingAnswer& spec) {
    std::string block;
    for (std::size_t i = 0; i < spec.items.size(); ++i) {
        block.append("=").append(giftAnswerText(spec.items[i])).append(" -> ").append(std::to_string(i + 1)).append("\n");
    }
    return "// ordering question, written as a matching of items to their positions\n" +
           giftItem(question, question.prompt, block);
}

std::string OrderingType::ankiFront(const OrderingAnswer& spec) {
    std::vector<std::string> sorted = spec.items;
    std::sort(sorted.begin(), sorted.end());
    return "<i>Put in order:</i>" + htmlList(sorted, "ul");
}

}  // namespace retain
