// AnswerInput driven through ImGui's io: keys and typed text produce the LearnerAnswer the grader reads,
// with every index mapped back from the shown (shuffled) order to the question's own order.
#include <doctest/doctest.h>

#include <algorithm>

#include "ui/answer_input.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

// Draws input in a window filling the display; records whether it submitted.
struct InputHarness {
    HeadlessImGui imgui;
    AnswerInput input;
    bool submitted = false;
    Driver driver{imgui, [this] {
                      ImGui::SetNextWindowPos(ImVec2(0, 0));
                      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
                      ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
                      submitted = input.draw() || submitted;
                      ImGui::End();
                  }};
};

// Returns the first seed whose shown order is not the identity for list (so the mapping is exercised).
std::uint64_t shuffledSeed(const Question& question, std::vector<int> ShownOrder::*list) {
    for (std::uint64_t seed = 1; seed < 1000; ++seed) {
        // Held by value: GCC 12 does not extend a temporary's lifetime through `.*`, so a reference
        // into makeShownOrder's result would dangle.
        const ShownOrder shown = makeShownOrder(question, seed);
        const std::vector<int>& order = shown.*list;
        if (!std::is_sorted(order.begin(), order.end())) return seed;
    }
    FAIL("no shuffled order found");
    return 0;
}

}  // namespace

TEST_CASE("pressing 2 on a choice question picks the second choice as shown, in the bank's numbering") {
    const Question question = makeQuestion("capital", "Which city is the capital of Japan?",
                                           ChoiceAnswer{{"Osaka", "Tokyo", "Kyoto", "Nagoya"}, 1, true});
    const ShownOrder order = makeShownOrder(question, shuffledSeed(question, &ShownOrder::choices));
    InputHarness h;
    h.input.reset(question, order);
    h.driver.frames(2);
    CHECK_FALSE(h.submitted);
    h.driver.type("2");
    CHECK(h.submitted);
    const LearnerAnswer answer = h.input.answer();
    REQUIRE(answer.selected.size() == 1);
    CHECK(answer.selected[0] == order.choices[1]);
    // The grader agrees with what was on screen: right exactly when the second shown choice is Tokyo.
    const bool secondShownIsTokyo = std::get<ChoiceAnswer>(h.input.shown().answer).choices[1] == "Tokyo";
    CHECK(gradeAnswer(question, answer, 3.0).correct == secondShownIsTokyo);
}

TEST_CASE("a digit beyond the choices does nothing") {
    const Question question = makeQuestion("c", "Pick", ChoiceAnswer{{"A", "B"}, 0, false});
    InputHarness h;
    h.input.reset(question, makeShownOrder(question, 1));
    h.driver.frames(1);
    h.driver.type("7");
    CHECK_FALSE(h.submitted);
    CHECK(h.input.empty());
}

TEST_CASE("typed text takes the keyboard at once and Enter submits it") {
    const Question question = makeQuestion("pm", "Who was Prime Minister of Japan in 2018?", TextAnswer{{"Shinzo Abe"}, true, false});
    InputHarness h;
    h.input.reset(question, makeShownOrder(question, 1));
    h.driver.frames(2);  // the focus request lands
    h.driver.type("Shinzo Abe");
    CHECK_FALSE(h.submitted);
    h.driver.tap(kKeyEnter);
    CHECK(h.submitted);
    CHECK(h.input.answer().text == "Shinzo Abe");
    CHECK(gradeAnswer(question, h.input.answer(), 4.0).correct);
}

TEST_CASE("a numeric answer is typed and submitted with the keypad Enter") {
    NumericAnswer spec;
    spec.value = 18e9;
    spec.unit = "USD";
    const Question question = makeQuestion("trade", "Trade in 2017?", spec);
    InputHarness h;
    h.input.reset(question, makeShownOrder(question, 1));
    h.driver.frames(2);
    h.driver.type("18 billion");
    h.driver.tap(kKeyKeypadEnter);
    CHECK(h.submitted);
    CHECK(h.input.answer().text == "18 billion");
}

TEST_CASE("T and F answer a true/false question") {
    const Question question = makeQuestion("tf", "The visit was official.", TrueFalseAnswer{false});
    InputHarness h;
    h.input.reset(question, makeShownOrder(question, 1));
    h.driver.frames(1);
    h.driver.type("F");
    CHECK(h.submitted);
    CHECK(h.input.answer().text == "false");
    CHECK(gradeAnswer(question, h.input.answer(), 2.0).correct);
}

TEST_CASE("multi: digits toggle the shown choices, Enter submits the originals") {
    const Question question = makeQuestion("kurils", "Which are Kuril Islands?",
                                           MultiAnswer{{"Iturup", "Hokkaido", "Kunashir", "Sakhalin"}, {0, 2}, true});
    const ShownOrder order = makeShownOrder(question, shuffledSeed(question, &ShownOrder::choices));
    InputHarness h;
    h.input.reset(question, order);
    h.driver.frames(1);
    h.driver.type("1");
    h.driver.type("3");
    h.driver.type("1");  // toggled off again
    CHECK_FALSE(h.submitted);
    h.driver.tap(kKeyEnter);
    CHECK(h.submitted);
    CHECK(h.input.answer().selected == std::vector<int>{order.choices[2]});
}

TEST_CASE("ordering: Alt+Down moves the selected item, Ctrl+Up moves it back") {
    const Question question = makeQuestion("steps", "Put in order.", OrderingAnswer{{"Declaration", "Visit", "Forum", "Summit"}});
    const ShownOrder order = makeShownOrder(question, 5);
    InputHarness h;
    h.input.reset(question, order);
    h.driver.frames(1);
    REQUIRE(h.input.arrangement() == order.items);
    h.driver.type("2");                      // select the second item
    h.driver.tap(kKeyDown, false, true);     // Alt+Down: it becomes third
    std::vector<int> expected = order.items;
    std::swap(expected[1], expected[2]);
    CHECK(h.input.arrangement() == expected);
    h.driver.tap(kKeyUp, true, false);       // Ctrl+Up: back to second
    CHECK(h.input.arrangement() == order.items);
    h.driver.tap(kKeyUp);                    // plain Up only moves the selection
    CHECK(h.input.arrangement() == order.items);
    h.driver.tap(kKeyEnter);
    CHECK(h.submitted);
    CHECK(h.input.answer().order == order.items);
}

TEST_CASE("matching: a left number then a right letter makes a pair, in the bank's numbering") {
    const Question question = makeQuestion("roles", "Match.",
                                           MatchingAnswer{{{"Abe", "Prime Minister"}, {"Putin", "President"}, {"Lavrov", "Foreign Minister"}}});
    const ShownOrder order = makeShownOrder(question, shuffledSeed(question, &ShownOrder::rights));
    InputHarness h;
    h.input.reset(question, order);
    h.driver.frames(1);
    h.driver.type("2");
    h.driver.type("a");  // left 2 ↔ first right as shown
    h.driver.type("1");
    h.driver.type("c");
    const LearnerAnswer answer = h.input.answer();
    REQUIRE(answer.matches.size() == 3);
    CHECK(answer.matches[0] == order.rights[2]);
    CHECK(answer.matches[1] == order.rights[0]);
    CHECK(answer.matches[2] == -1);
    h.driver.type("3");
    h.driver.type("b");
    h.driver.tap(kKeyEnter);
    CHECK(h.submitted);
    CHECK(h.input.answer().matches[2] == order.rights[1]);
}

TEST_CASE("cloze: Enter moves to the next gap and submits from the last one") {
    ClozeAnswer spec;
    spec.text = "Trade reached {{0}} in {{1}}.";
    spec.gaps = {ClozeGap{{"USD 18 billion"}}, ClozeGap{{"2017"}}};
    const Question question = makeQuestion("gap", "Fill in the gaps.", spec);
    InputHarness h;
    h.input.reset(question, makeShownOrder(question, 1));
    h.driver.frames(2);
    h.driver.type("18 billion");
    h.driver.tap(kKeyEnter);
    CHECK_FALSE(h.submitted);
    h.driver.frames(1);
    h.driver.type("2017");
    h.driver.tap(kKeyEnter);
    CHECK(h.submitted);
    CHECK(h.input.answer().gaps == std::vector<std::string>{"18 billion", "2017"});
}
