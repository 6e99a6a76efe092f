// Each question type's AnswerView (src/ui/answer_views/), made through the registry and driven headless
// through ImGui's io: it starts empty, the keys a learner presses build the LearnerAnswer in the
// question's OWN order (not the shown one), and it stops being empty once something is given. The
// feedback rows each type draws, and the registry's coverage of every type, are checked here too.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <set>

#include <imgui_internal.h>

#include "core/bank/bank_loader.hpp"
#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/feedback_panel.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

// Draws one view in a window filling the display; records whether it submitted.
struct ViewHarness {
    HeadlessImGui imgui;
    std::unique_ptr<AnswerView> view;
    bool keys = true;
    bool submitted = false;
    Driver driver{imgui, [this] { inFullWindow([this] { submitted = view->drawInput(keys) || submitted; }); }};

    ViewHarness(const Question& question, const ShownOrder& order) : view(makeAnswerView(question, order)) {}
};

// Returns the shown order of question for a seed that shuffles list (failing when there is none).
ShownOrder shuffledOrder(const Question& question, std::vector<int> ShownOrder::*list) {
    const std::uint64_t seed = shuffledSeed(question, list);
    REQUIRE(seed != 0);
    return makeShownOrder(question, seed);
}

Bank allTypesBank() {
    BankLoadResult loaded = loadBank(std::string(RETAIN_TEST_DATA) + "/banks/good/all-types.yaml");
    REQUIRE(loaded.ok);
    return std::move(loaded.bank);
}

}  // namespace

TEST_CASE("the registry makes a view of its own type for every question type") {
    const Bank bank = allTypesBank();
    std::set<QuestionType> types;
    for (const Question& question : bank.questions) {
        const ShownOrder order = makeShownOrder(question, 7);
        const std::unique_ptr<AnswerView> view = makeAnswerView(question, order);
        REQUIRE(view != nullptr);
        CHECK(&view->question() == &question);
        CHECK(view->shown().type() == question.type());
        CHECK(view->order().choices == order.choices);
        types.insert(question.type());
    }
    // The fixture holds every alternative of AnswerSpec, so each registry line was reached.
    CHECK(types.size() == std::variant_size_v<AnswerSpec>);
}

TEST_CASE("choice view: the shown position picked is answered as the question's own index; a digit beyond does nothing") {
    const Question question = makeQuestion("capital", "Which city is the capital of Japan?",
                                           ChoiceAnswer{{"Osaka", "Tokyo", "Kyoto", "Nagoya"}, 1, true});
    const ShownOrder order = shuffledOrder(question, &ShownOrder::choices);
    ViewHarness h(question, order);
    h.driver.frames(1);
    CHECK(h.view->empty());
    CHECK(h.view->answer().selected.empty());
    h.driver.type("7");  // beyond the four choices
    CHECK_FALSE(h.submitted);
    CHECK(h.view->empty());
    h.keys = false;  // the frame a question appears in: its key belonged to the last screen
    h.driver.type("3");
    CHECK(h.view->empty());
    CHECK_FALSE(h.submitted);
    h.keys = true;
    h.driver.type("3");
    CHECK(h.submitted);
    CHECK_FALSE(h.view->empty());
    CHECK(h.view->answer().selected == std::vector<int>{order.choices[2]});
    const auto& own = std::get<ChoiceAnswer>(question.answer).choices;
    CHECK(own[static_cast<std::size_t>(order.choices[2])] == std::get<ChoiceAnswer>(h.view->shown().answer).choices[2]);
}

TEST_CASE("multi view: digits toggle the shown choices, Enter submits the originals, ascending") {
    const Question question = makeQuestion("kurils", "Which are Kuril Islands?",
                                           MultiAnswer{{"Iturup", "Hokkaido", "Kunashir", "Sakhalin"}, {0, 2}, true});
    const ShownOrder order = shuffledOrder(question, &ShownOrder::choices);
    ViewHarness h(question, order);
    h.driver.frames(1);
    CHECK(h.view->empty());
    h.driver.type("1");
    h.driver.type("3");
    CHECK_FALSE(h.view->empty());
    h.driver.type("1");  // toggled off again
    CHECK_FALSE(h.submitted);  // several picks: only Enter or Check submits
    h.driver.tap(kKeyEnter);
    CHECK(h.submitted);
    CHECK(h.view->answer().selected == std::vector<int>{order.choices[2]});
    h.driver.type("3");  // nothing picked is empty again
    CHECK(h.view->empty());
    h.driver.type("4");
    h.driver.type("2");
    std::vector<int> expected{order.choices[1], order.choices[3]};
    std::sort(expected.begin(), expected.end());
    CHECK(h.view->answer().selected == expected);
}

TEST_CASE("true/false view: T and F answer at once") {
    const Question question = makeQuestion("tf", "The visit was official.", TrueFalseAnswer{false});
    ViewHarness h(question, makeShownOrder(question, 1));
    h.driver.frames(1);
    CHECK(h.view->empty());
    CHECK(h.view->answer().text.empty());
    h.driver.type("F");
    CHECK(h.submitted);
    CHECK_FALSE(h.view->empty());
    CHECK(h.view->answer().text == "false");
    CHECK(gradeAnswer(question, h.view->answer(), 2.0).correct);
    h.driver.type("t");
    CHECK(h.view->answer().text == "true");
}

TEST_CASE("typed views (numeric, date, text): the field has the keyboard at once and Enter submits the line") {
    NumericAnswer amount;
    amount.value = 18e9;
    amount.unit = "USD";
    DateAnswer day;
    day.from = day.to = CalendarDate{2018, 5, 26};
    struct Case {
        const char* name;
        Question question;
        const char* typed;
        int enter;  // the Enter key that submits
    };
    const Case cases[] = {
        {"numeric", makeQuestion("trade", "Trade in 2017?", amount), "18 billion", kKeyKeypadEnter},
        {"date", makeQuestion("visit", "When?", day), "26 May 2018", kKeyEnter},
        {"text", makeQuestion("pm", "Who was Prime Minister of Japan in 2018?", TextAnswer{{"Shinzo Abe"}, true, false}),
         "Shinzo Abe", kKeyEnter},
    };
    for (const Case& c : cases) {
        SUBCASE(c.name) {
            ViewHarness h(c.question, makeShownOrder(c.question, 1));
            h.driver.frames(2);  // the focus request lands
            CHECK(h.view->empty());
            h.driver.type(c.typed);
            CHECK_FALSE(h.submitted);
            CHECK_FALSE(h.view->empty());
            h.driver.tap(c.enter);
            CHECK(h.submitted);
            CHECK(h.view->answer().text == c.typed);
            CHECK(gradeAnswer(c.question, h.view->answer(), 4.0).correct);
        }
    }
}

TEST_CASE("ordering view: Alt+Down moves the selected item, Ctrl+Up moves it back, answered as own indices") {
    const Question question = makeQuestion("steps", "Put in order.", OrderingAnswer{{"Declaration", "Visit", "Forum", "Summit"}});
    const ShownOrder order = makeShownOrder(question, 5);
    REQUIRE_FALSE(std::is_sorted(order.items.begin(), order.items.end()));  // shown shuffled
    ViewHarness h(question, order);
    h.driver.frames(1);
    REQUIRE(h.view->answer().order == order.items);
    CHECK_FALSE(h.view->empty());  // arranged from the start: the shown order is an answer (issue 15)
    h.driver.type("2");                      // select the second item
    h.driver.tap(kKeyDown, false, true);     // Alt+Down: it becomes third
    std::vector<int> expected = order.items;
    std::swap(expected[1], expected[2]);
    CHECK(h.view->answer().order == expected);
    // Own indices: the third one answered names the item shown second.
    const auto& items = std::get<OrderingAnswer>(question.answer).items;
    CHECK(items[static_cast<std::size_t>(h.view->answer().order[2])] == std::get<OrderingAnswer>(h.view->shown().answer).items[1]);
    h.driver.tap(kKeyUp, true, false);       // Ctrl+Up: back to second
    CHECK(h.view->answer().order == order.items);
    h.driver.tap(kKeyUp);                    // plain Up only moves the selection
    CHECK(h.view->answer().order == order.items);
    CHECK_FALSE(h.submitted);
    h.driver.tap(kKeyEnter);
    CHECK(h.submitted);
    CHECK(h.view->answer().order == order.items);
}

TEST_CASE("matching view: a left number then a right letter makes a pair, in the bank's numbering") {
    const Question question = makeQuestion("roles", "Match.",
                                           MatchingAnswer{{{"Abe", "Prime Minister"}, {"Putin", "President"}, {"Lavrov", "Foreign Minister"}}});
    const ShownOrder order = shuffledOrder(question, &ShownOrder::rights);
    ViewHarness h(question, order);
    h.driver.frames(1);
    CHECK(h.view->empty());
    CHECK(h.view->answer().matches == std::vector<int>{-1, -1, -1});
    h.driver.type("2");
    CHECK(h.view->empty());  // a left item picked is not an answer yet
    h.driver.type("a");      // left 2 ↔ first right as shown
    CHECK_FALSE(h.view->empty());
    h.driver.type("1");
    h.driver.type("c");
    const LearnerAnswer answer = h.view->answer();
    REQUIRE(answer.matches.size() == 3);
    CHECK(answer.matches[0] == order.rights[2]);
    CHECK(answer.matches[1] == order.rights[0]);
    CHECK(answer.matches[2] == -1);
    h.driver.type("3");      // after a pair the next unmatched left is picked: 3b pairs the third
    h.driver.type("b");
    h.driver.tap(kKeyEnter);
    CHECK(h.submitted);
    CHECK(h.view->answer().matches[2] == order.rights[1]);
    h.driver.type("3");      // picking a matched item again unpairs it
    CHECK(h.view->answer().matches[2] == -1);
}

TEST_CASE("cloze view: Enter moves to the next gap and submits from the last one; one text per gap") {
    ClozeAnswer spec;
    spec.text = "Trade reached {{0}} in {{1}}.";
    spec.gaps = {ClozeGap{{"USD 18 billion"}}, ClozeGap{{"2017"}}};
    const Question question = makeQuestion("gap", "Fill in the gaps.", spec);
    ViewHarness h(question, makeShownOrder(question, 1));
    h.driver.frames(2);
    CHECK(h.view->empty());
    CHECK(h.view->answer().gaps == std::vector<std::string>{"", ""});
    h.driver.type("18 billion");
    CHECK_FALSE(h.view->empty());
    h.driver.tap(kKeyEnter);
    CHECK_FALSE(h.submitted);
    h.driver.frames(1);
    h.driver.type("2017");
    h.driver.tap(kKeyEnter);
    CHECK(h.submitted);
    CHECK(h.view->answer().gaps == std::vector<std::string>{"18 billion", "2017"});
    CHECK(gradeAnswer(question, h.view->answer(), 6.0).correct);
}

TEST_CASE("each type draws its own feedback rows: a label column where a row needs naming") {
    const Bank bank = allTypesBank();
    HeadlessImGui imgui;
    for (const Question& question : bank.questions) {
        CAPTURE(question.id);
        const std::unique_ptr<AnswerView> view = makeAnswerView(question, ShownOrder{});
        GradeResult grade;  // the rows' layout depends on the type only
        grade.verdict = Verdict::PartlyCorrect;
        grade.parts = {PartFeedback{"given", "expected", false, "left item"}, PartFeedback{"b", "b", true, ""}};
        ImGuiTable* table = nullptr;
        imgui.frame([&] {
            inFullWindow([&] {
                drawFeedback(*view, bank, grade);
                table = ImGui::TableFindByID(ImGui::GetID("parts"));
            });
        });
        REQUIRE(table != nullptr);
        std::string label;
        if (table->ColumnsCount == 4) label = ImGui::TableGetColumnName(table, 1);
        switch (question.type()) {
            case QuestionType::Ordering: CHECK(label == "Position"); break;
            case QuestionType::Matching: CHECK(label == "Item"); break;
            case QuestionType::Cloze: CHECK(label == "Gap"); break;
            case QuestionType::Choice:
            case QuestionType::Multi:
            case QuestionType::TrueFalse:
            case QuestionType::Numeric:
            case QuestionType::Date:
            case QuestionType::Text: CHECK(table->ColumnsCount == 3); break;
        }
        CHECK(std::string(ImGui::TableGetColumnName(table, table->ColumnsCount - 1)) == "Expected");
    }
}
