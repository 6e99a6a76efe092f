// The matching type (see matching_type.hpp).
//
// [SECTION] reading and grading
// [SECTION] display and typed answers
// [SECTION] cache and writers
#include "core/question_types/matching_type.hpp"

#include <algorithm>

#include "core/bank/image_codec.hpp"
#include "core/bank/question_image_reader.hpp"
#include "core/grading/grade_support.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/typed_line.hpp"
#include "core/interop/writer_pieces.hpp"
#include "core/question_types/answer_fields.hpp"
#include "core/question_types/option_lists.hpp"
#include "core/session/shown_order.hpp"

namespace retain {

// [SECTION] reading and grading ------------------------------------------------------------------

std::optional<MatchingAnswer> MatchingType::read(AnswerFields& fields) {
    const MapEntry* entry = fields.require("pairs", "a list of {left: ..., right: ...}");
    if (entry == nullptr) return std::nullopt;
    if (!entry->value.IsSequence()) {
        fields.sink().error(fields.valueAt(*entry), "'pairs' must be a list of {left: ..., right: ...}, not " + describeNodeKind(entry->value));
        return std::nullopt;
    }
    MatchingAnswer matching;
    std::vector<std::string> lefts;
    std::vector<std::string> rights;
    bool ok = true;
    std::size_t position = 0;
    for (const YAML::Node& pairNode : entry->value) {
        ++position;
        const std::string name = "pair " + std::to_string(position);
        if (!pairNode.IsMap()) {
            fields.sink().error(pairNode, name + " must be a map {left: ..., right: ...}, not " + describeNodeKind(pairNode));
            ok = false;
            continue;
        }
        const MapFields pair(pairNode, fields.sink());
        pair.reportUnknownKeys({"left", "right"}, name);
        const MapEntry* left = pair.find("left");
        const MapEntry* right = pair.find("right");
        if (left == nullptr || right == nullptr) {
            fields.sink().error(pairNode, name + " needs both 'left' and 'right'");
            ok = false;
            continue;
        }
        auto leftItem = readPicturedText(left->value, "the left of " + name, fields.sink());
        auto rightItem = readPicturedText(right->value, "the right of " + name, fields.sink());
        if (!leftItem || !rightItem || leftItem->text.empty() || rightItem->text.empty()) {
            if (leftItem && rightItem) fields.sink().error(pairNode, name + " has an empty side");
            ok = false;
            continue;
        }
        lefts.push_back(leftItem->text);
        rights.push_back(rightItem->text);
        matching.pairs.emplace_back(std::move(leftItem->text), std::move(rightItem->text));
        matching.leftImages.push_back(std::move(leftItem->image));
        matching.rightImages.push_back(std::move(rightItem->image));
    }
    if (!ok) return std::nullopt;
    // Kept only when a side has a picture, so text-only pairs stay as small as before.
    const auto none = [](const OptionImages& images) {
        return std::all_of(images.begin(), images.end(), [](const QuestionImage& image) { return image.empty(); });
    };
    if (none(matching.leftImages)) matching.leftImages.clear();
    if (none(matching.rightImages)) matching.rightImages.clear();
    if (matching.pairs.size() < 2) {
        fields.sink().error(fields.valueAt(*entry), "a matching question needs at least 2 pairs, not " + std::to_string(matching.pairs.size()));
        return std::nullopt;
    }
    if (!fields.distinct(lefts, *entry, "left side") || !fields.distinct(rights, *entry, "right side")) return std::nullopt;
    return matching;
}

// [SECTION] matching -----------------------------------------------------------------------------

// Score = pairs matched right / all pairs; an unmatched left item (-1) is a wrong pair.
GradeResult MatchingType::grade(const Question&, const MatchingAnswer& spec, const LearnerAnswer& answer) {
    const std::size_t n = spec.pairs.size();
    if (answer.matches.empty()) {
        return emptyArrangement(answer, "give pairs as \"1=2; 2=1\" or \"1b 2a\" (left number, right number or letter).");
    }
    if (answer.matches.size() > n) {
        return makeResult(Verdict::Refused, 0.0, "There are only " + std::to_string(n) + " items to match.");
    }
    for (int right : answer.matches) {
        if (right < -1 || right >= static_cast<int>(n)) {
            return makeResult(Verdict::Refused, 0.0, "There is no right-hand item " + std::to_string(right + 1) + ".");
        }
    }
    GradeResult result;
    std::size_t rightPairs = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int chosen = i < answer.matches.size() ? answer.matches[i] : -1;
        const bool ok = chosen == static_cast<int>(i);
        if (ok) ++rightPairs;
        const std::string given = chosen >= 0 ? spec.pairs[static_cast<std::size_t>(chosen)].second : std::string();
        result.parts.push_back(PartFeedback{given, spec.pairs[i].second, ok, spec.pairs[i].first});
    }
    const double score = n == 0 ? 0.0 : static_cast<double>(rightPairs) / static_cast<double>(n);
    result.score = score;
    result.verdict = verdictForScore(score);
    if (score >= 1.0) {
        result.feedback = "Correct.";
    } else {
        result.feedback = std::string(score > 0.0 ? "Partly correct" : "Wrong") + ": " + std::to_string(rightPairs) + " of " +
                          std::to_string(n) + " pairs right.";
    }
    return result;
}

// [SECTION] display and typed answers ------------------------------------------------------------

std::string MatchingType::expectedText(const MatchingAnswer& spec) {
    std::string out;
    for (std::size_t i = 0; i < spec.pairs.size(); ++i) {
        if (i > 0) out += "; ";
        out += spec.pairs[i].first + " \u2192 " + spec.pairs[i].second;
    }
    return out;
}

namespace {

// Returns the left items and the right items of the pairs, each in order.
std::pair<std::vector<std::string>, std::vector<std::string>> sides(const MatchingAnswer& spec) {
    std::pair<std::vector<std::string>, std::vector<std::string>> out;
    for (const auto& [left, right] : spec.pairs) {
        out.first.push_back(left);
        out.second.push_back(right);
    }
    return out;
}

struct PairRead {
    int left = -1;
    int right = -1;
};

// One pair: "1=2", "1-2", "1:2", "1->b", "1b", or "left text = right text".
std::optional<PairRead> readPair(std::string_view piece, const std::vector<std::string>& lefts, const std::vector<std::string>& rights) {
    const std::string cleaned = normalizeText(piece);
    if (cleaned.empty()) return std::nullopt;
    // Compact "1b".
    std::size_t digits = 0;
    while (digits < cleaned.size() && cleaned[digits] >= '0' && cleaned[digits] <= '9') ++digits;
    if (digits > 0 && digits + 1 == cleaned.size()) {
        const auto left = readNumber(std::string_view(cleaned).substr(0, digits), lefts.size());
        const auto right = readLetter(std::string_view(cleaned).substr(digits), rights.size());
        if (left && right) return PairRead{*left, *right};
    }
    for (std::string_view arrow : {"->", "\u2192", "=", ":", "-", ">"}) {
        const std::size_t at = cleaned.find(arrow);
        if (at == std::string::npos) continue;
        const std::string_view leftPart = std::string_view(cleaned).substr(0, at);
        const std::string_view rightPart = std::string_view(cleaned).substr(at + arrow.size());
        const auto left = findOption(leftPart, lefts, false);
        const auto right = findOption(rightPart, rights, true);
        if (left && right) return PairRead{*left, *right};
    }
    const std::vector<std::string> words = splitAny(cleaned, " ", true);
    if (words.size() == 2) {
        const auto left = readNumber(words[0], lefts.size());
        const auto right = readPosition(words[1], rights.size());
        if (left && right) return PairRead{*left, *right};
    }
    return std::nullopt;
}

}  // namespace

// "1=2;2=1", "1b 2a", "1-b, 2-a": pieces split on ';' or ',', or on spaces when each word is a pair.
void MatchingType::readTyped(const MatchingAnswer& spec, std::string_view line, LearnerAnswer& answer) {
    // Named references, not a structured binding: clang 14 (the fuzz build) cannot capture those in lambdas.
    const auto both = sides(spec);
    const std::vector<std::string>& lefts = both.first;
    const std::vector<std::string>& rights = both.second;
    std::vector<std::string> pieces = splitAny(line, ";,\n", true);
    if (pieces.size() == 1) {
        const std::vector<std::string> words = splitAny(normalizeText(line), " ", true);
        const bool eachWordPairs = words.size() > 1 && std::all_of(words.begin(), words.end(), [&](const std::string& word) {
                                       return readPair(word, lefts, rights).has_value();
                                   });
        if (eachWordPairs) pieces = words;
    }
    std::vector<int> matches(spec.pairs.size(), -1);
    bool any = false;
    for (const std::string& piece : pieces) {
        if (normalizeText(piece).empty()) continue;
        const auto pair = readPair(piece, lefts, rights);
        if (!pair) return;
        matches[static_cast<std::size_t>(pair->left)] = pair->right;
        any = true;
    }
    if (any) answer.matches = std::move(matches);
}

TypedPrompt MatchingType::typedPrompt(const MatchingAnswer& shown) {
    auto [lefts, rights] = sides(shown);
    return {numberedLines(lefts) + letteredLines(rights), "Pair each number with a letter, e.g. 1b 2a."};
}

void MatchingType::shuffle(const MatchingAnswer& spec, SplitMix64& random, ShownOrder& order) {
    order.rights = shownPermutation(spec.pairs.size(), random, true);
}

void MatchingType::arrange(MatchingAnswer& shown, const ShownOrder& order) {
    if (order.rights.size() != shown.pairs.size()) return;
    const auto original = shown.pairs;
    for (std::size_t i = 0; i < original.size(); ++i) shown.pairs[i].second = original[static_cast<std::size_t>(order.rights[i])].second;
    if (!shown.rightImages.empty()) shown.rightImages = rearranged(shown.rightImages, order.rights);
}

std::string MatchingType::inBankTerms(const MatchingAnswer& spec, const LearnerAnswer& answer) {
    std::string out;
    for (std::size_t left = 0; left < answer.matches.size() && left < spec.pairs.size(); ++left) {
        const int right = answer.matches[left];
        if (!inRange(right, spec.pairs.size())) continue;
        if (!out.empty()) out += "; ";
        out += spec.pairs[left].first + " = " + spec.pairs[static_cast<std::size_t>(right)].second;
    }
    return out;
}

// [SECTION] cache and writers --------------------------------------------------------------------

void MatchingType::cache(ByteWriter& out, const MatchingAnswer& spec) {
    out.count(spec.pairs.size());
    for (const auto& [left, right] : spec.pairs) {
        out.text(left);
        out.text(right);
    }
    cacheImages(out, spec.leftImages);
    cacheImages(out, spec.rightImages);
}

void MatchingType::cache(ByteReader& in, MatchingAnswer& spec) {
    spec.pairs.resize(in.count(8));
    for (auto& [left, right] : spec.pairs) {
        left = in.text();
        right = in.text();
    }
    spec.leftImages = cachedImages(in, spec.pairs.size());
    spec.rightImages = cachedImages(in, spec.pairs.size());
}

void MatchingType::writeYaml(YAML::Emitter& out, const MatchingAnswer& spec) { emitKeyPairList(out, "pairs", spec.pairs, spec.leftImages, spec.rightImages); }

std::string MatchingType::writeGift(const Question& question, const MatchingAnswer& spec) {
    std::string block;
    for (const auto& [left, right] : spec.pairs) {
        block.append("=").append(giftAnswerText(left)).append(" -> ").append(giftAnswerText(right)).append("\n");
    }
    return giftItem(question, question.prompt, block);
}

std::string MatchingType::ankiFront(const MatchingAnswer& spec) {
    auto [lefts, rights] = sides(spec);
    std::sort(rights.begin(), rights.end());
    return "<i>Match each of:</i>" + htmlList(lefts, "ul") + "<i>with one of:</i>" + htmlList(rights, "ul");
}

}  // namespace retain
