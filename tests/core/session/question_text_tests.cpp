// Plain-text questions for the terminal.
#include <doctest/doctest.h>

#include "core/session/question_text.hpp"

using namespace retain;

TEST_CASE("session: question text numbers choices as shown and letters matching rights") {
    Question choice;
    choice.prompt = "Capital?";
    choice.answer = ChoiceAnswer{{"Osaka", "Tokyo", "Kyoto"}, 1, true};
    const ShownOrder order{{2, 0, 1}, {}, {}};
    CHECK(questionText(choice, order) == "Capital?\n  1) Kyoto\n  2) Osaka\n  3) Tokyo\n(Type the number of your choice.)\n");

    Question matching;
    matching.prompt = "Match.";
    matching.answer = MatchingAnswer{{{"Abe", "Japan"}, {"Putin", "Russia"}}};
    const ShownOrder swapped{{}, {}, {1, 0}};
    CHECK(questionText(matching, swapped) ==
          "Match.\n  1) Abe\n  2) Putin\n  a) Russia\n  b) Japan\n(Pair each number with a letter, e.g. 1b 2a.)\n");
}

TEST_CASE("session: cloze gaps are numbered from 1") {
    Question cloze;
    cloze.answer = ClozeAnswer{"Trade reached {{0}} in {{1}}.", {ClozeGap{{"USD 18 billion"}}, ClozeGap{{"2017"}}}};
    CHECK(questionText(cloze, ShownOrder{}) == "  Trade reached [1] ____ in [2] ____.\n(Fill the gaps in order, separated by |.)\n");
}

TEST_CASE("session: a terminal names each picture by its alt text and file, option pictures under the options") {
    Question choice;
    choice.prompt = "Which shape?";
    choice.image = QuestionImage{"shapes/a.png", "/banks/shapes/a.png", "three dots", 0, 0};
    QuestionImage square{"shapes/square.png", "/banks/shapes/square.png", "a red square", 0, 0};
    QuestionImage circle{"shapes/circle.png", "/banks/shapes/circle.png", "an orange disc", 0, 0};
    choice.answer = ChoiceAnswer{{"Circle", "a red square"}, 1, true, {circle, square}};
    const ShownOrder order{{1, 0}, {}, {}};
    CHECK(questionText(choice, order) ==
          "Which shape?\n[picture: three dots (/banks/shapes/a.png)]\n  1) a red square\n  2) Circle\n"
          "[picture of \"a red square\" (/banks/shapes/square.png)]\n"
          "[picture of \"Circle\": an orange disc (/banks/shapes/circle.png)]\n(Type the number of your choice.)\n");
}
