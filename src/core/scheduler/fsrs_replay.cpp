#include "core/scheduler/fsrs_replay.hpp"

#include <charconv>
#include <cstdio>
#include <istream>
#include <string_view>
#include <unordered_map>

#include "core/scheduler/fsrs_scheduler.hpp"
#include "core/text/trim.hpp"

namespace retain {

namespace {

}  // namespace

std::vector<std::string_view> splitReplayFields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(trimBlanks(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
        if (comma == std::string_view::npos) return fields;
        start = comma + 1;
    }
}

namespace {

template <typename Number>
bool parseWhole(std::string_view text, Number& value) {
    const auto [end, code] = std::from_chars(text.data(), text.data() + text.size(), value);
    return code == std::errc() && end == text.data() + text.size() && !text.empty();
}

std::string lineError(int line, const std::string& message) { return "line " + std::to_string(line) + ": " + message; }

}  // namespace

bool parseReplayCsv(std::istream& input, std::vector<ReplayReview>& reviews, std::string& error) {
    std::string raw;
    int line = 0;
    bool seenRow = false;
    while (std::getline(input, raw)) {
        ++line;
        const std::string_view text = trimBlanks(raw);
        if (text.empty()) continue;
        if (!seenRow && text.substr(0, 7) == "card_id") {
            seenRow = true;
            continue;
        }
        seenRow = true;
        const std::vector<std::string_view> fields = splitReplayFields(text);
        if (fields.size() != 3) {
            error = lineError(line, "expected 3 fields card_id,unix_ms,rating, found " + std::to_string(fields.size()));
            return false;
        }
        ReplayReview review;
        review.line = line;
        review.cardId = std::string(fields[0]);
        if (review.cardId.empty()) {
            error = lineError(line, "empty card_id");
            return false;
        }
        if (!parseWhole(fields[1], review.timeMs) || review.timeMs < 0) {
            error = lineError(line, "unix_ms must be a whole number of milliseconds >= 0, found '" +
                                        std::string(fields[1]) + "'");
            return false;
        }
        int rating = 0;
        if (!parseWhole(fields[2], rating) || rating < 1 || rating > 4) {
            error = lineError(line, "rating must be 1, 2, 3 or 4, found '" + std::string(fields[2]) + "'");
            return false;
        }
        review.rating = static_cast<Rating>(rating);
        reviews.push_back(std::move(review));
    }
    return true;
}

bool replayReviews(const std::vector<ReplayReview>& reviews, const SchedulerConfig& config,
                   std::vector<ReplayStep>& steps, std::string& error) {
    SchedulerConfig replayConfig = config;
    replayConfig.enableFuzz = false;  // a replay must be reproducible by other tools
    const FsrsScheduler scheduler(replayConfig);
    std::unordered_map<std::string, CardMemory> cards;
    steps.reserve(steps.size() + reviews.size());
    for (const ReplayReview& review : reviews) {
        CardMemory& card = cards[review.cardId];
        if (card.phase != CardPhase::New && review.timeMs < card.lastReviewMs) {
            error = lineError(review.line, "review of card " + review.cardId + " is earlier than its previous review");
            return false;
        }
        ReplayStep step;
        step.review = review;
        step.retrievability = scheduler.retrievability(card, review.timeMs);
        // All four outcomes, so a review card's intervals are ordered as in the app.
        card = scheduler.nextStates(card, review.timeMs, review.cardId).of(review.rating).next;
        step.phase = card.phase;
        step.stability = card.stability;
        step.difficulty = card.difficulty;
        step.intervalDays = card.intervalDays;
        steps.push_back(std::move(step));
    }
    return true;
}

const char* replayCsvHeader() {
    return "card_id,unix_ms,rating,state,stability,difficulty,retrievability,interval_days";
}

std::string formatReplayRow(const ReplayStep& step) {
    char numbers[160];
    std::snprintf(numbers, sizeof numbers, ",%lld,%d,%s,%.6f,%.6f,%.6f,%.6f",
                  static_cast<long long>(step.review.timeMs), static_cast<int>(step.review.rating),
                  cardPhaseName(step.phase), step.stability, step.difficulty, step.retrievability, step.intervalDays);
    return step.review.cardId + numbers;
}

}  // namespace retain
