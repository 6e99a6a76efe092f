// Exams: per-student papers fixed by seed and name, options mapped back, time limit, per-question time,
// no feedback before submission.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "classroom_test_support.hpp"
#include "core/classroom/exam.hpp"
#include "core/clock.hpp"

using namespace retain;
using namespace retain::classroom_test;

namespace {

// A bank with 8 choice questions, one ordering and one matching question.
Bank examBank() {
    Bank bank = makeChoiceBank("exam", 8, {"dates", "people"});
    Question ordering;
    ordering.id = "order";
    ordering.prompt = "Put in order.";
    ordering.explanation = ".";
    ordering.tags = {"dates"};
    ordering.answer = OrderingAnswer{{"first", "second", "third", "fourth"}};
    bank.questions.push_back(ordering);
    Question matching;
    matching.id = "match";
    matching.prompt = "Match.";
    matching.explanation = ".";
    matching.tags = {"people"};
    matching.answer = MatchingAnswer{{{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}}};
    bank.questions.push_back(matching);
    return bank;
}

ExamSpec examOf(const Bank& bank, std::uint64_t seed, int limitSeconds) {
    return makeExam("Check", QuestionPick{{&bank}, {}, 10, seed, false}, limitSeconds);
}

std::vector<int> questionOrder(const ExamPaper& paper) {
    std::vector<int> order;
    for (const ExamItem& item : paper.items) order.push_back(item.questionIndex);
    return order;
}

}  // namespace

TEST_CASE("classroom: the same seed and student give the same paper, other students another") {
    const Bank bank = examBank();
    const ExamSpec spec = examOf(bank, 2024, 0);
    REQUIRE(spec.questions.size() == 10);
    const ExamPaper ana = makeExamPaper(spec, "Ana");
    const ExamPaper anaAgain = makeExamPaper(examOf(bank, 2024, 0), "Ana");
    CHECK(questionOrder(ana) == questionOrder(anaAgain));
    for (std::size_t i = 0; i < ana.items.size(); ++i) {
        CHECK(ana.items[i].options.choices == anaAgain.items[i].options.choices);
        CHECK(ana.items[i].options.items == anaAgain.items[i].options.items);
        CHECK(ana.items[i].options.rights == anaAgain.items[i].options.rights);
    }

    // Each paper holds every question once.
    std::vector<int> sorted = questionOrder(ana);
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

    // Ten students: ten different orders (the seed is fixed, so this is exact); Ana and Ben differ in
    // questions and in options.
    std::set<std::vector<int>> orders;
    for (const char* name : {"Ana", "Ben", "Cleo", "Dev", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jan"}) {
        orders.insert(questionOrder(makeExamPaper(spec, name)));
    }
    CHECK(orders.size() == 10);
    const ExamPaper ben = makeExamPaper(spec, "Ben");
    CHECK(questionOrder(ana) != questionOrder(ben));
    int sameOptions = 0;
    for (const ExamItem& item : ana.items) {
        const auto other = std::find_if(ben.items.begin(), ben.items.end(),
                                        [&](const ExamItem& b) { return b.questionIndex == item.questionIndex; });
        REQUIRE(other != ben.items.end());
        if (other->options.choices == item.options.choices && other->options.items == item.options.items &&
            other->options.rights == item.options.rights) {
            ++sameOptions;
        }
    }
    CHECK(sameOptions < 5);

    // Another exam seed reorders the same student's paper.
    CHECK(questionOrder(makeExamPaper(ExamSpec{"Check", spec.questions, 2025, 0}, "Ana")) != questionOrder(ana));
}

TEST_CASE("classroom: shown options map back to the bank's order") {
    const Bank bank = examBank();
    const ExamAttempt attempt(examOf(bank, 99, 0), "Cleo", kNoon);
    int shuffledChoices = 0;
    for (int position = 0; position < attempt.size(); ++position) {
        const Question& original = attempt.questionAt(position);
        const Question shown = attempt.shownQuestionAt(position);
        const ShownOrder& order = attempt.paper().items[static_cast<std::size_t>(position)].options;
        CHECK(attempt.keyAt(position).questionId == original.id);
        if (const auto* choice = std::get_if<ChoiceAnswer>(&original.answer)) {
            const auto& shownChoice = std::get<ChoiceAnswer>(shown.answer);
            REQUIRE(order.choices.size() == 4);
            for (std::size_t i = 0; i < 4; ++i) {
                CHECK(shownChoice.choices[i] == choice->choices[static_cast<std::size_t>(order.choices[i])]);
            }
            // The right answer as shown maps back to the bank's right answer.
            CHECK(order.choices[static_cast<std::size_t>(shownChoice.correct)] == choice->correct);
            if (order.choices != std::vector<int>{0, 1, 2, 3}) ++shuffledChoices;
        } else if (const auto* ordering = std::get_if<OrderingAnswer>(&original.answer)) {
            const auto& shownItems = std::get<OrderingAnswer>(shown.answer).items;
            REQUIRE(order.items.size() == 4);
            CHECK(shownItems != ordering->items);  // never shown already in order
            for (std::size_t i = 0; i < 4; ++i) {
                CHECK(shownItems[i] == ordering->items[static_cast<std::size_t>(order.items[i])]);
            }
        } else if (const auto* matching = std::get_if<MatchingAnswer>(&original.answer)) {
            const auto& shownPairs = std::get<MatchingAnswer>(shown.answer).pairs;
            REQUIRE(order.rights.size() == 4);
            for (std::size_t i = 0; i < 4; ++i) {
                CHECK(shownPairs[i].first == matching->pairs[i].first);  // left side stays
                CHECK(shownPairs[i].second == matching->pairs[static_cast<std::size_t>(order.rights[i])].second);
            }
        }
    }
    CHECK(shuffledChoices == 7);  // of 8 choice questions, with the fixed seed (1 in 24 keeps its order by chance)

    // A bank that says shuffle: false keeps its choices in place.
    Bank fixed = makeChoiceBank("fixed", 3, {"dates"});
    for (Question& question : fixed.questions) std::get<ChoiceAnswer>(question.answer).shuffle = false;
    for (const ExamItem& item : makeExamPaper(examOf(fixed, 5, 0), "Cleo").items) {
        CHECK(item.options.choices == std::vector<int>{0, 1, 2, 3});
    }
}

TEST_CASE("classroom: the exam time limit runs on the clock and closes answering") {
    const Bank bank = examBank();
    FixedClock clock(kNoon);
    ExamAttempt attempt(examOf(bank, 1, 600), "Dev", clock.nowMs());
    CHECK(attempt.deadlineMs() == kNoon + 600'000);
    CHECK(attempt.remainingMs(clock.nowMs()) == 600'000);
    clock.advance(100'000);
    CHECK(attempt.remainingMs(clock.nowMs()) == 500'000);
    CHECK(attempt.answer(0, "an answer", 1.0, clock.nowMs()));
    clock.advance(500'000);
    CHECK(attempt.remainingMs(clock.nowMs()) == 0);
    CHECK(attempt.timeUp(clock.nowMs()));
    CHECK_FALSE(attempt.accepting(clock.nowMs()));
    CHECK_FALSE(attempt.answer(1, "too late", 1.0, clock.nowMs()));
    CHECK_FALSE(attempt.answerAt(1).has_value());
    clock.advance(100'000);
    CHECK(attempt.submit(clock.nowMs()));
    const auto record = attempt.record();
    REQUIRE(record.has_value());
    CHECK(record->submittedMs == kNoon + 600'000);  // the deadline, not the late click
    // Question at position 0 was open from 100 s to the deadline at 600 s.
    const auto& row = record->rows[static_cast<std::size_t>(attempt.paper().items[0].questionIndex)];
    CHECK(row.timeSeconds == 500.0);

    ExamAttempt open(examOf(bank, 1, 0), "Eve", kNoon);
    CHECK_FALSE(open.deadlineMs().has_value());
    CHECK_FALSE(open.remainingMs(kNoon + 99'000'000).has_value());
    CHECK(open.accepting(kNoon + 99'000'000));
}

TEST_CASE("classroom: no feedback before submission, then one row per question with its time") {
    const Bank bank = examBank();
    FixedClock clock(kNoon);
    ExamAttempt attempt(examOf(bank, 3, 0), "Finn", clock.nowMs());
    clock.advance(5'000);  // reading the instructions: charged to no question
    CHECK(attempt.show(0, clock.nowMs()));
    clock.advance(30'000);
    CHECK(attempt.answer(0, "first try", 0.0, clock.nowMs()));
    CHECK(attempt.show(1, clock.nowMs()));
    clock.advance(20'000);
    CHECK(attempt.answer(1, "second", 0.5, clock.nowMs()));
    CHECK(attempt.show(0, clock.nowMs()));
    clock.advance(10'000);
    CHECK(attempt.answer(0, "changed my mind", 1.0, clock.nowMs()));
    CHECK_FALSE(attempt.show(99, clock.nowMs()));

    CHECK(attempt.answerAt(0) == std::optional<std::string>("changed my mind"));
    CHECK(attempt.answeredCount() == 2);
    CHECK_FALSE(attempt.record().has_value());
    CHECK_FALSE(attempt.totalScore().has_value());

    clock.advance(4'000);
    CHECK(attempt.submit(clock.nowMs()));
    CHECK_FALSE(attempt.submit(clock.nowMs()));
    CHECK_FALSE(attempt.answer(2, "after", 1.0, clock.nowMs()));
    CHECK(attempt.totalScore() == 1.5);

    const ExamRecord record = *attempt.record();
    CHECK(record.student == "Finn");
    CHECK(record.seed == 3);
    CHECK(record.startedMs == kNoon);
    CHECK(record.submittedMs == kNoon + 69'000);
    REQUIRE(record.rows.size() == 10);
    for (std::size_t i = 0; i < record.rows.size(); ++i) {
        CHECK(record.rows[i].key == attempt.spec().questions[i].key);  // canonical order
        CHECK(record.rows[i].student == "Finn");
    }
    const ClassResultRow& first = record.rows[static_cast<std::size_t>(attempt.paper().items[0].questionIndex)];
    CHECK(first.answer == "changed my mind");
    CHECK(first.score == 1.0);
    CHECK(first.timeSeconds == 44.0);  // 30 s + 10 s + the 4 s before submitting
    const ClassResultRow& second = record.rows[static_cast<std::size_t>(attempt.paper().items[1].questionIndex)];
    CHECK(second.score == 0.5);
    CHECK(second.timeSeconds == 20.0);
    const ClassResultRow& third = record.rows[static_cast<std::size_t>(attempt.paper().items[2].questionIndex)];
    CHECK(third.answer.empty());
    CHECK(third.score == 0.0);
    CHECK(third.timeSeconds == 0.0);
}
