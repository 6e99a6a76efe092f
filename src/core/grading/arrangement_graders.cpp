// Graders for the arranged types: ordering (share of item pairs in the right relative order) and
// matching (share of right pairs). Rules: docs/grading.md.
//
// [SECTION] shared checks
// [SECTION] ordering
// [SECTION] matching
#include "core/grading/normalize.hpp"
#include "core/grading/type_graders.hpp"

namespace retain {

// [SECTION] shared checks ------------------------------------------------------------------------

namespace {

// The result when the arrangement is empty: wrong when nothing was typed, refused when a typed line
// could not be read.
GradeResult emptyArrangement(const LearnerAnswer& answer, const std::string& how) {
    if (normalizeText(answer.text).empty()) return makeResult(Verdict::Wrong, 0.0, "No answer given.");
    return makeResult(Verdict::Refused, 0.0, "Could not read " + quoteForFeedback(answer.text) + ": " + how);
}

}  // namespace

// [SECTION] ordering -----------------------------------------------------------------------------

// Score = item pairs the learner put in the right relative order / all item pairs (Kendall's concordant
// pairs): reversing the list scores 0, swapping two neighbours in a list of n loses 1 / (n(n-1)/2).
GradeResult gradeOrdering(const OrderingAnswer& spec, const LearnerAnswer& answer) {
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

// [SECTION] matching -----------------------------------------------------------------------------

// Score = pairs matched right / all pairs; an unmatched left item (-1) is a wrong pair.
GradeResult gradeMatching(const MatchingAnswer& spec, const LearnerAnswer& answer) {
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

}  // namespace retain
