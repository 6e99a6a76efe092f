// The card-state figures on hand-made cards, expected values counted by hand.
#include <doctest/doctest.h>

#include "core/stats/card_figures.hpp"
#include "stats_test_log.hpp"

using namespace retain;
using namespace retain::stats_test;

namespace {

CardMemory card(CardPhase phase, UnixMs dueMs, double stability = 5.0, UnixMs lastReviewMs = 0) {
    CardMemory memory;
    memory.phase = phase;
    memory.dueMs = dueMs;
    memory.stability = stability;
    memory.lastReviewMs = lastReviewMs;
    return memory;
}

}  // namespace

TEST_CASE("stats: due forecast for 30 days") {
    const std::vector<CardMemory> cards = {
        card(CardPhase::New, at(0, 0)),             // new cards are not forecast
        card(CardPhase::Review, at(-3, 9)),         // overdue: counted today
        card(CardPhase::Learning, at(0, 12, 10)),   // later today
        card(CardPhase::Review, at(1, 9)),
        card(CardPhase::Relearning, at(2, 2)),      // 02:00 on day 2
        card(CardPhase::Review, at(29, 23)),        // the last day of the window
        card(CardPhase::Review, at(30, 0)),         // beyond it
    };
    const DueForecast utc = dueForecast(cards, kNow, 30, {});
    REQUIRE(utc.due.size() == 30);
    CHECK(utc.firstDay == kDay0);
    CHECK(utc.overdue == 1);
    CHECK(utc.due[0] == 2);
    CHECK(utc.due[1] == 1);
    CHECK(utc.due[2] == 1);
    CHECK(utc.due[29] == 1);
    int total = 0;
    for (int due : utc.due) total += due;
    CHECK(total == 5);
    // With the day starting at 04:00, 02:00 on day 2 still belongs to day 1.
    const DueForecast shifted = dueForecast(cards, kNow, 30, StatsOptions{4});
    CHECK(shifted.due[1] == 2);
    CHECK(shifted.due[2] == 0);
}

TEST_CASE("stats: suspended cards leave the forecast; phases are counted") {
    std::map<CardKey, StoredCard> cards;
    cards[{"b", "1"}] = StoredCard{card(CardPhase::Review, at(1, 9)), false, 0};
    cards[{"b", "2"}] = StoredCard{card(CardPhase::Review, at(1, 9)), true, 0};
    cards[{"b", "3"}] = StoredCard{card(CardPhase::Learning, at(0, 13)), false, 0};
    CHECK(activeMemories(cards).size() == 2);
    const std::array<int, 4> phases = countByPhase(cards);
    CHECK(phases[0] == 0);
    CHECK(phases[1] == 1);
    CHECK(phases[2] == 2);
    CHECK(phases[3] == 0);
    CHECK(dueForecast(activeMemories(cards), kNow, 30, {}).due[1] == 1);
}

TEST_CASE("stats: stability histogram") {
    const std::vector<CardMemory> cards = {
        card(CardPhase::Review, 0, 0.5),   // [0, 1)
        card(CardPhase::Review, 0, 1.0),   // [1, 3): the lower edge belongs to the bin
        card(CardPhase::Learning, 0, 2.99),
        card(CardPhase::Review, 0, 3.0),   // [3, 7)
        card(CardPhase::Review, 0, 400),   // [365, inf)
        card(CardPhase::New, 0, 5.0),      // new: not counted
    };
    const std::vector<HistogramBin> bins = stabilityHistogram(cards);
    REQUIRE(bins.size() == 10);
    CHECK(bins[0].fromDays == 0);
    CHECK(bins[0].toDays == 1);
    CHECK(bins[0].count == 1);
    CHECK(bins[1].count == 2);
    CHECK(bins[2].count == 1);
    CHECK(bins[9].fromDays == 365);
    CHECK(bins[9].count == 1);
    int total = 0;
    for (const HistogramBin& bin : bins) total += bin.count;
    CHECK(total == 5);
}

TEST_CASE("stats: mastery per tag") {
    // FSRS: recall is 1 on the day of the review and 0.9 when the elapsed days equal the stability.
    const auto scheduler = makeScheduler(SchedulerKind::Fsrs, SchedulerConfig{});
    const std::vector<TaggedCard> cards = {
        TaggedCard{{"politics", "people"}, card(CardPhase::Review, at(5, 0), 10.0, at(0, 9))},    // R = 1
        TaggedCard{{"politics"}, card(CardPhase::Review, at(5, 0), 10.0, at(-10, 9))},            // R = 0.9
        TaggedCard{{"politics"}, std::nullopt},                                                    // new: R = 0
        TaggedCard{{"people"}, card(CardPhase::Review, at(5, 0), 10.0, at(-10, 9))},              // R = 0.9
    };
    const std::vector<TagMastery> mastery = masteryByTag(cards, *scheduler, kNow, 0.85);
    REQUIRE(mastery.size() == 2);
    CHECK(mastery[0].tag == "people");
    CHECK(mastery[0].questions == 2);
    CHECK(mastery[0].studied == 2);
    CHECK(mastery[0].meanRetrievability == doctest::Approx(0.95));
    CHECK(mastery[0].shareAboveTarget == doctest::Approx(1.0));
    CHECK(mastery[1].tag == "politics");
    CHECK(mastery[1].questions == 3);
    CHECK(mastery[1].studied == 2);
    CHECK(mastery[1].meanRetrievability == doctest::Approx(1.9 / 3));
    CHECK(mastery[1].shareAboveTarget == doctest::Approx(2.0 / 3));
    // A stricter target: only the card reviewed today is above it.
    CHECK(masteryByTag(cards, *scheduler, kNow, 0.95)[1].shareAboveTarget == doctest::Approx(1.0 / 3));
}

TEST_CASE("stats: questions of banks with their states") {
    Bank bank;
    bank.id = "b";
    Question first;
    first.id = "1";
    first.tags = {"dates"};
    Question second;
    second.id = "2";
    second.tags = {"people", "dates"};
    bank.questions = {first, second};
    std::map<CardKey, StoredCard> cards;
    cards[{"b", "2"}] = StoredCard{card(CardPhase::Review, at(1, 0)), false, 0};
    cards[{"other", "1"}] = StoredCard{card(CardPhase::Review, at(1, 0)), false, 0};
    const std::vector<TaggedCard> tagged = tagCards({&bank}, cards);
    REQUIRE(tagged.size() == 2);
    CHECK_FALSE(tagged[0].memory.has_value());
    CHECK(tagged[1].memory.has_value());
    CHECK(tagged[1].tags == std::vector<std::string>{"people", "dates"});
}
