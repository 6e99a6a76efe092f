// Shown order: shuffled options, and typed positions read back in the bank's order.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/grading/grader.hpp"
#include "core/session/shown_order.hpp"

using namespace retain;

namespace {

Question question(AnswerSpec spec) {
    Question result;
    result.id = "q";
    result.prompt = "?";
    result.explanation = ".";
    result.answer = std::move(spec);
    return result;
}

// Returns the 1-based shown position of original index.
int shownNumber(const std::vector<int>& order, int original) {
    return static_cast<int>(std::find(order.begin(), order.end(), original) - order.begin()) + 1;
}

}  // namespace

TEST_CASE("session: ordering items are never shown in the right order, and shown numbers grade correctly") {
    const Question q = question(OrderingAnswer{{"First", "Second", "Third", "Fourth"}});
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        const ShownOrder order = makeShownOrder(q, seed);
        REQUIRE(order.items.size() == 4);
        CHECK_FALSE(std::is_sorted(order.items.begin(), order.items.end()));
        std::string line;
        for (int original = 0; original < 4; ++original) line += std::to_string(shownNumber(order.items, original)) + " ";
        const LearnerAnswer answer = parseShownAnswer(q, order, line);
        CHECK(answer.order == std::vector<int>{0, 1, 2, 3});
        CHECK(gradeAnswer(q, answer, 5.0).correct);
    }
}

TEST_CASE("session: a shuffled choice is read in shown numbering; an unshuffled one keeps the bank order") {
    const Question shuffled = question(ChoiceAnswer{{"Osaka", "Tokyo", "Kyoto", "Nara"}, 1, true});
    bool moved = false;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        const ShownOrder order = makeShownOrder(shuffled, seed);
        moved = moved || order.choices != std::vector<int>{0, 1, 2, 3};
        const LearnerAnswer answer = parseShownAnswer(shuffled, order, std::to_string(shownNumber(order.choices, 1)));
        CHECK(answer.selected == std::vector<int>{1});
        CHECK(parseShownAnswer(shuffled, order, "tokyo").selected == std::vector<int>{1});  // text still works
    }
    CHECK(moved);
    const Question fixed = question(ChoiceAnswer{{"Osaka", "Tokyo"}, 1, false});
    CHECK(makeShownOrder(fixed, 7).choices == std::vector<int>{0, 1});
}

TEST_CASE("session: matching rights are shuffled and lettered answers map back") {
    const Question q = question(MatchingAnswer{{{"Abe", "Japan"}, {"Putin", "Russia"}, {"Moon", "Korea"}}});
    const ShownOrder order = makeShownOrder(q, 12345);
    REQUIRE(order.rights.size() == 3);
    CHECK_FALSE(std::is_sorted(order.rights.begin(), order.rights.end()));
    std::string line;
    for (int left = 0; left < 3; ++left) {
        line += std::to_string(left + 1) + static_cast<char>('a' + shownNumber(order.rights, left) - 1) + " ";
    }
    const LearnerAnswer answer = parseShownAnswer(q, order, line);
    CHECK(answer.matches == std::vector<int>{0, 1, 2});
    CHECK(gradeAnswer(q, answer, 5.0).correct);
    const Question shown = shownQuestion(q, order);
    const auto& pairs = std::get<MatchingAnswer>(shown.answer).pairs;
    CHECK(pairs[0].first == "Abe");
    CHECK(pairs[0].second == std::get<MatchingAnswer>(q.answer).pairs[static_cast<std::size_t>(order.rights[0])].second);
}

TEST_CASE("session: the shown-order seed is stable and depends on key and reps") {
    CHECK(shownOrderSeed("b/q1", 0) == shownOrderSeed("b/q1", 0));
    CHECK(shownOrderSeed("b/q1", 0) != shownOrderSeed("b/q2", 0));
    CHECK(shownOrderSeed("b/q1", 0) != shownOrderSeed("b/q1", 1));
}
