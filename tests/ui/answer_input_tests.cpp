// AnswerInput, the holder of the question's AnswerView, driven through ImGui's io: the keys reach the
// view of the question it was reset to, and the answer it returns is what the grader reads, in the bank's
// numbering. Each type's own widgets are tested in answer_view_tests.cpp.
#include <doctest/doctest.h>

#include <imgui_internal.h>

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
    Driver driver{imgui, [this] { inFullWindow([this] { submitted = input.draw() || submitted; }); }};
};

}  // namespace

TEST_CASE("pressing 2 on a choice question picks the second choice as shown, in the bank's numbering") {
    const Question question = makeQuestion("capital", "Which city is the capital of Japan?",
                                           ChoiceAnswer{{"Osaka", "Tokyo", "Kyoto", "Nagoya"}, 1, true});
    const std::uint64_t seed = shuffledSeed(question, &ShownOrder::choices);
    REQUIRE(seed != 0);
    const ShownOrder order = makeShownOrder(question, seed);
    InputHarness h;
    h.input.reset(question, order);
    h.driver.frames(2);
    CHECK_FALSE(h.submitted);
    h.driver.type("2");
    CHECK(h.submitted);
    const LearnerAnswer answer = h.input.answer();
    REQUIRE(answer.selected.size() == 1);
    CHECK(answer.selected[0] == order.choices[1]);
    CHECK_FALSE(answer.usedHint);
    // The grader agrees with what was on screen: right exactly when the second shown choice is Tokyo.
    const bool secondShownIsTokyo = std::get<ChoiceAnswer>(h.input.view()->shown().answer).choices[1] == "Tokyo";
    CHECK(gradeAnswer(question, answer, 3.0).correct == secondShownIsTokyo);
}

TEST_CASE("a reset gives the next question fresh widgets of its own type; before any, nothing is drawn") {
    InputHarness h;
    h.driver.frames(1);
    CHECK_FALSE(h.submitted);
    CHECK(h.input.empty());
    CHECK(h.input.view() == nullptr);
    const Question truth = makeQuestion("tf", "The visit was official.", TrueFalseAnswer{true});
    h.input.reset(truth, makeShownOrder(truth, 1));
    h.driver.type("t");
    CHECK(h.submitted);
    CHECK(h.input.answer().text == "true");
    const Question name = makeQuestion("pm", "Who was Prime Minister?", TextAnswer{{"Shinzo Abe"}, true, false});
    h.input.reset(name, makeShownOrder(name, 1));
    CHECK(&h.input.view()->question() == &name);
    CHECK(h.input.empty());
    CHECK(h.input.answer().text.empty());
}

TEST_CASE("letters typed while a new field takes the keyboard are kept, in order (issue 15, item 2)") {
    const Question name = makeQuestion("pm", "Who was Prime Minister?", TextAnswer{{"Shinzo Abe"}, true, false});
    InputHarness h;
    h.input.reset(name, makeShownOrder(name, 1));
    h.input.carryTyped({'S', 'h'});  // typed in the frame the previous screen's Start button was clicked
    h.driver.type("in");             // the field's first frame: ImGui activates it a frame or two later
    h.driver.type("zo Abe");
    h.driver.frames(3);
    CHECK(h.input.answer().text == "Shinzo Abe");
    // Later, a click elsewhere (a timer button) takes the keyboard; focusField gives it back.
    ImGui::ClearActiveID();
    h.driver.frames(1);
    h.input.focusField();
    h.driver.type("!");
    h.driver.frames(3);
    CHECK(h.input.answer().text == "Shinzo Abe!");
}
