// The live classroom's protocol: every bad input refused with an error (never a throw), and each question
// type's wire form (no answer in it) and answer form (shown indices back to the bank's order).
#include <doctest/doctest.h>

#include <algorithm>

#include "net/live_protocol.hpp"
#include "net/live_wire_types.hpp"
#include "net_test_support.hpp"

using namespace retain;
using namespace retain::net;
using namespace retain::net_test;
using nlohmann::json;

namespace {

std::string codeOf(std::string_view text) { return parseClientMessage(text).errorCode; }

// Returns the shown position of original index in order.
int shownAt(const std::vector<int>& order, int original) {
    return static_cast<int>(std::find(order.begin(), order.end(), original) - order.begin());
}

LearnerAnswer read(const Question& question, const ShownOrder& order, const std::string& wire, std::string& error) {
    auto answer = answerFromWire(question, order, json::parse(wire), error);
    return answer ? *answer : LearnerAnswer{};
}

}  // namespace

TEST_CASE("net protocol: bad messages are refused with a code, never a crash") {
    CHECK(codeOf(std::string(5000, ' ')) == "too_large");
    CHECK(codeOf("{\"type\":\"join\",\"pin\":\"1\",\"name\":\"" + std::string(4100, 'a') + "\"}") == "too_large");
    CHECK(codeOf("{not json") == "bad_json");
    CHECK(codeOf("") == "bad_json");
    CHECK(codeOf("\xFF\xFE") == "bad_json");
    CHECK(codeOf("[1,2]") == "bad_message");
    CHECK(codeOf("{\"pin\":\"1\"}") == "bad_message");
    CHECK(codeOf("{\"type\":7}") == "bad_message");
    CHECK(codeOf("{\"type\":\"hack\"}") == "unknown_type");
    CHECK(codeOf("{\"type\":\"join\",\"name\":\"Ana\"}") == "bad_message");
    CHECK(codeOf("{\"type\":\"join\",\"pin\":\"1\",\"name\":\"Ana\",\"team\":\"red\"}") == "bad_message");
    CHECK(codeOf("{\"type\":\"rejoin\"}") == "bad_message");
    CHECK(codeOf("{\"type\":\"answer\",\"answer\":{}}") == "bad_message");
    CHECK(codeOf("{\"type\":\"answer\",\"question\":-1,\"answer\":{}}") == "bad_message");
    CHECK(codeOf("{\"type\":\"answer\",\"question\":1.5,\"answer\":{}}") == "bad_message");
    CHECK(codeOf("{\"type\":\"answer\",\"question\":0,\"answer\":3}") == "bad_message");
    const json error = json::parse(errorMessage("bad_json", "The message is not valid JSON."));
    CHECK(error["type"] == "error");
    CHECK(error["code"] == "bad_json");

    const auto join = parseClientMessage("{\"type\":\"join\",\"pin\":123456,\"name\":\"<script>x</script>\",\"team\":1}");
    REQUIRE(join.message);
    CHECK(join.message->pin == "123456");  // a PIN sent as a number is read as its digits
    CHECK(join.message->name == "<script>x</script>");
    CHECK(join.message->team == 1);
    const auto answer = parseClientMessage("{\"type\":\"answer\",\"question\":2,\"answer\":{\"choice\":1}}");
    REQUIRE(answer.message);
    CHECK(answer.message->question == 2);
    CHECK(answer.message->answer["choice"] == 1);
}

TEST_CASE("net protocol: a question's wire form never holds its answer") {
    const Bank bank = everyTypeBank();
    for (const Question& question : bank.questions) {
        const ShownOrder order = makeShownOrder(question, 5);
        const std::string wire = questionWire(question, order).dump();
        CAPTURE(wire);
        CHECK(wire.find("correct") == std::string::npos);
        CHECK(wire.find("accepted") == std::string::npos);
        CHECK(wire.find(question.explanation) == std::string::npos);
        CHECK(json::parse(wire)["kind"] == questionTypeName(question.type()));
    }
    const Question& text = bank.questions[5];
    CHECK(questionWire(text, {}).dump().find("Abe") == std::string::npos);
    const Question& numeric = bank.questions[3];
    CHECK(questionWire(numeric, {}).dump().find("42") == std::string::npos);
    CHECK(questionWire(numeric, {})["unit"] == "km");
    const Question& cloze = bank.questions[8];
    const json clozeWire = questionWire(cloze, {});
    CHECK(clozeWire["gaps"] == 2);
    CHECK(clozeWire.dump().find("Moscow") == std::string::npos);
    const Question& ordering = bank.questions[6];
    const ShownOrder shuffled = makeShownOrder(ordering, 9);
    const json items = questionWire(ordering, shuffled)["items"];
    CHECK(items != json::array({"a", "b", "c"}));  // never shown already in order
}

TEST_CASE("net protocol: each type's answer maps shown indices back to the bank's order") {
    const Bank bank = everyTypeBank();
    std::string error;
    const Question& choice = bank.questions[0];
    const ShownOrder choiceOrder = makeShownOrder(choice, 3);
    const int tokyo = shownAt(choiceOrder.choices, 1);
    CHECK(read(choice, choiceOrder, "{\"choice\":" + std::to_string(tokyo) + "}", error).selected == std::vector<int>{1});
    CHECK_FALSE(answerFromWire(choice, choiceOrder, json::parse("{\"choice\":4}"), error));
    CHECK(error == "An answer index is out of range.");
    CHECK_FALSE(answerFromWire(choice, choiceOrder, json::parse("{\"choice\":\"1\"}"), error));
    CHECK_FALSE(answerFromWire(choice, choiceOrder, json::parse("{\"text\":\"Tokyo\"}"), error));

    const Question& multi = bank.questions[1];
    const ShownOrder multiOrder = makeShownOrder(multi, 3);
    const std::string picks = "{\"choices\":[" + std::to_string(shownAt(multiOrder.choices, 2)) + "," +
                              std::to_string(shownAt(multiOrder.choices, 0)) + "]}";
    const LearnerAnswer multiAnswer = read(multi, multiOrder, picks, error);
    CHECK(multiAnswer.selected == std::vector<int>{0, 2});
    CHECK(gradeAnswer(multi, multiAnswer, 1).correct);
    CHECK_FALSE(answerFromWire(multi, multiOrder, json::parse("{\"choices\":[0,0]}"), error));

    CHECK(read(bank.questions[2], {}, "{\"value\":true}", error).text == "true");
    CHECK(gradeAnswer(bank.questions[2], read(bank.questions[2], {}, "{\"value\":false}", error), 1).score == 0.0);
    CHECK_FALSE(answerFromWire(bank.questions[2], {}, json::parse("{\"value\":\"yes\"}"), error));
    CHECK(gradeAnswer(bank.questions[3], read(bank.questions[3], {}, "{\"text\":\"42 km\"}", error), 1).correct);
    CHECK(gradeAnswer(bank.questions[4], read(bank.questions[4], {}, "{\"text\":\"2018-05-26\"}", error), 1).correct);
    CHECK(gradeAnswer(bank.questions[5], read(bank.questions[5], {}, "{\"text\":\"abe\"}", error), 1).correct);
    CHECK_FALSE(answerFromWire(bank.questions[5], {}, json::parse("{\"text\":5}"), error));
    CHECK_FALSE(answerFromWire(bank.questions[5], {}, json::object({{"text", std::string(2000, 'x')}}), error));

    const Question& ordering = bank.questions[6];
    const ShownOrder orderingOrder = makeShownOrder(ordering, 4);
    std::string rightOrder = "{\"order\":[";
    for (int item = 0; item < 3; ++item) rightOrder += (item ? "," : "") + std::to_string(shownAt(orderingOrder.items, item));
    const LearnerAnswer arranged = read(ordering, orderingOrder, rightOrder + "]}", error);
    CHECK(arranged.order == std::vector<int>{0, 1, 2});
    CHECK(gradeAnswer(ordering, arranged, 1).correct);
    CHECK_FALSE(answerFromWire(ordering, orderingOrder, json::parse("{\"order\":[0,1]}"), error));
    CHECK(error == "The order must place every item once.");

    const Question& matching = bank.questions[7];
    const ShownOrder matchingOrder = makeShownOrder(matching, 4);
    std::string pairs = "{\"pairs\":[";
    for (int left = 0; left < 3; ++left) pairs += std::string(left ? "," : "") + "[" + std::to_string(left) + "," + std::to_string(shownAt(matchingOrder.rights, left)) + "]";
    const LearnerAnswer matched = read(matching, matchingOrder, pairs + "]}", error);
    CHECK(matched.matches == std::vector<int>{0, 1, 2});
    CHECK(gradeAnswer(matching, matched, 1).correct);
    CHECK(read(matching, matchingOrder, "{\"pairs\":[[1,0]]}", error).matches[0] == -1);
    CHECK_FALSE(answerFromWire(matching, matchingOrder, json::parse("{\"pairs\":[[0,0],[1,0]]}"), error));
    CHECK_FALSE(answerFromWire(matching, matchingOrder, json::parse("{\"pairs\":[[0]]}"), error));

    const Question& cloze = bank.questions[8];
    const LearnerAnswer filled = read(cloze, {}, "{\"gaps\":[\"Moscow\",\"2018\"]}", error);
    CHECK(gradeAnswer(cloze, filled, 1).correct);
    CHECK(read(cloze, {}, "{\"gaps\":[\"Moscow\"]}", error).gaps == std::vector<std::string>{"Moscow", ""});
    CHECK_FALSE(answerFromWire(cloze, {}, json::parse("{\"gaps\":[\"a\",\"b\",\"c\"]}"), error));
    CHECK_FALSE(answerFromWire(cloze, {}, json::parse("{\"gaps\":[1]}"), error));
}
