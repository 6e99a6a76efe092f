// Helpers for the live classroom's net tests: a bank with one question of every type, a seeded game, a
// host's replies to one connection.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/bank/question.hpp"
#include "core/classroom/live_game.hpp"
#include "core/seeded_random.hpp"

namespace retain::net_test {

constexpr UnixMs kNoon = 1'749'988'800'000;  // 2025-06-15 12:00:00 UTC

inline Question makeQuestion(const std::string& id, AnswerSpec answer) {
    Question question;
    question.id = id;
    question.prompt = "Prompt of " + id;
    question.explanation = "Explained.";
    question.answer = std::move(answer);
    return question;
}

// Returns a bank with, in this order: choice (right: "Tokyo"), multi, true_false (true), numeric (42 km),
// date (2018-05-26), text ("Abe"), ordering (a, b, c), matching (1-one, 2-two, 3-three), cloze (2 gaps).
inline Bank everyTypeBank() {
    Bank bank;
    bank.id = "every";
    bank.questions.push_back(makeQuestion("choice", ChoiceAnswer{{"Osaka", "Tokyo", "Kyoto", "Nara"}, 1, true}));
    bank.questions.push_back(makeQuestion("multi", MultiAnswer{{"red", "green", "blue"}, {0, 2}, true}));
    bank.questions.push_back(makeQuestion("truth", TrueFalseAnswer{true}));
    NumericAnswer numeric;
    numeric.value = 42;
    numeric.unit = "km";
    bank.questions.push_back(makeQuestion("numeric", numeric));
    DateAnswer date;
    date.from = date.to = CalendarDate{2018, 5, 26};
    bank.questions.push_back(makeQuestion("date", date));
    bank.questions.push_back(makeQuestion("text", TextAnswer{{"Abe"}, true, false}));
    bank.questions.push_back(makeQuestion("ordering", OrderingAnswer{{"a", "b", "c"}}));
    bank.questions.push_back(makeQuestion("matching", MatchingAnswer{{{"1", "one"}, {"2", "two"}, {"3", "three"}}}));
    bank.questions.push_back(makeQuestion("cloze", ClozeAnswer{"Met in {{0}} and {{1}}.", {ClozeGap{{"Moscow"}}, ClozeGap{{"2018"}}}}));
    return bank;
}

inline std::vector<ClassroomQuestion> questionsOf(const Bank& bank) {
    std::vector<ClassroomQuestion> questions;
    for (const Question& question : bank.questions) questions.push_back({CardKey{bank.id, question.id}, &question});
    return questions;
}

inline LiveRandom seeded(std::uint64_t seed) {
    auto generator = std::make_shared<SplitMix64>(seed);
    return [generator] { return generator->next(); };
}

// Returns and clears host's replies, keeping those to connection, as JSON (LiveHost, SelfPacedHost).
template <class Host>
std::vector<nlohmann::json> repliesOf(Host& host, std::uint64_t connection) {
    std::vector<nlohmann::json> replies;
    for (const auto& out : host.takeOutbox())
        if (out.connection == connection) replies.push_back(nlohmann::json::parse(out.text));
    return replies;
}

inline LiveSettings pinSettings(const std::string& pin = "123456") {
    LiveSettings settings;
    settings.pin = pin;
    return settings;
}

}  // namespace retain::net_test
