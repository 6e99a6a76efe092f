// Readings of a typed answer other than as typed (core/grading/answer_forms): titles before a name,
// "name (SHORT)" and "SHORT (name)", company suffixes, the qualifiers a question allows, and the feedback
// that says what was set aside. Each table row is one learner's answer and the verdict it must get.
#include <doctest/doctest.h>

#include "core/grading/answer_forms.hpp"
#include "grading_test_questions.hpp"

using namespace retain;
using retain::test::gradeLine;
using retain::test::makeQuestion;

namespace {

Question textWith(std::vector<std::string> accepted, std::vector<std::string> allowExtra = {}) {
    TextAnswer answer;
    answer.accepted = std::move(accepted);
    answer.allowExtra = std::move(allowExtra);
    return makeQuestion("text", answer);
}

struct Row {
    const char* given;
    Verdict verdict;
    const char* feedback;  // the whole feedback sentence
};

void checkRows(const Question& question, const std::vector<Row>& rows) {
    for (const Row& row : rows) {
        const std::string given = row.given;
        CAPTURE(given);
        const GradeResult result = gradeLine(question, row.given);
        CHECK(result.verdict == row.verdict);
        CHECK(result.feedback == row.feedback);
    }
}

}  // namespace

TEST_CASE("a title before a name is set aside, and never makes a wrong name right") {
    const Question putin = textWith({"Vladimir Putin", "Putin"});
    checkRows(
        putin,
        {
            {"President Putin", Verdict::Correct, "Correct (accepted without the title 'President')."},
            {"President Vladimir Putin", Verdict::Correct, "Correct (accepted without the title 'President')."},
            {"Russian President Putin", Verdict::Correct, "Correct (accepted without the title 'Russian President')."},
            {"Mr. Putin", Verdict::Correct, "Correct (accepted without the title 'Mr.')."},
            {"President Puttin", Verdict::Correct,
             "Correct, but check the spelling: 'Putin' (read without the title 'President')."},
            {"Prime Minister Abe", Verdict::Wrong, "Wrong: the answer is 'Vladimir Putin'."},
            {"President Medvedev", Verdict::Wrong, "Wrong: the answer is 'Vladimir Putin'."},
            {"President", Verdict::Wrong, "Wrong: the answer is 'Vladimir Putin'."},
        });
    const Question abe = textWith({"Shinzo Abe", "Abe"});
    checkRows(abe, {
                       {"Prime Minister Shinzo Abe", Verdict::Correct,
                        "Correct (accepted without the title 'Prime Minister')."},
                       {"PM Abe", Verdict::Correct, "Correct (accepted without the title 'PM')."},
                       {"Japanese Prime Minister Mr Abe", Verdict::Correct,
                        "Correct (accepted without the title 'Japanese Prime Minister Mr')."},
                       {"Prime Minister Abbe", Verdict::NearMiss,
                        "Near miss: check the spelling of 'Abe' (read without the title 'Prime Minister')."},
                       {"President Putin", Verdict::Wrong, "Wrong: the answer is 'Shinzo Abe'."},
                   });
    const Question kono = textWith({"Taro Kono", "Kono"});
    checkRows(kono, {
                        {"Foreign Minister Taro Kono", Verdict::Correct,
                         "Correct (accepted without the title 'Foreign Minister')."},
                        {"Minister of Foreign Affairs Kono", Verdict::Correct,
                         "Correct (accepted without the title 'Minister of Foreign Affairs')."},
                        {"Foreign Minister Lavrov", Verdict::Wrong, "Wrong: the answer is 'Taro Kono'."},
                    });
    // An answer that is itself a post is matched as typed first.
    checkRows(textWith({"Prime Minister"}), {{"Prime Minister", Verdict::Correct, "Correct."}});
}

TEST_CASE("a name with its short form in brackets is right when one part is right and the other agrees") {
    const Question ldp = textWith({"Liberal Democratic Party", "LDP"});
    checkRows(
        ldp, {
                 {"Liberal Democratic Party (LDP)", Verdict::Correct, "Correct (accepted with 'LDP' in brackets)."},
                 {"LDP (Liberal Democratic Party)", Verdict::Correct,
                  "Correct (accepted with 'Liberal Democratic Party' in brackets)."},
                 {"Liberal Democratic Party (DPJ)", Verdict::Wrong, "Wrong: the answer is 'Liberal Democratic Party'."},
                 {"Democratic Party (LDP)", Verdict::Wrong, "Wrong: the answer is 'Liberal Democratic Party'."},
             });
    // Only the expansion listed: the acronym in brackets agrees because it is its initials.
    const Question eef = textWith({"Eastern Economic Forum"});
    checkRows(eef,
              {
                  {"Eastern Economic Forum (EEF)", Verdict::Correct, "Correct (accepted with 'EEF' in brackets)."},
                  {"EEF (Eastern Economic Forum)", Verdict::Correct,
                   "Correct (accepted with 'Eastern Economic Forum' in brackets)."},
                  {"Eastern Economic Forum (SPIEF)", Verdict::Wrong, "Wrong: the answer is 'Eastern Economic Forum'."},
                  {"St. Petersburg International Economic Forum (EEF)", Verdict::Wrong,
                   "Wrong: the answer is 'Eastern Economic Forum'."},
              });
    // Only the acronym listed: the expansion agrees when the acronym is its initials.
    checkRows(textWith({"EEF"}),
              {{"Eastern Economic Forum (EEF)", Verdict::Correct, "Correct (accepted with 'EEF' in brackets)."}});
    // Neither part an initialism of the other: both must be accepted.
    const Question keidanren = textWith({"Keidanren", "Japan Business Federation"});
    checkRows(keidanren,
              {
                  {"Keidanren (Japan Business Federation)", Verdict::Correct,
                   "Correct (accepted with 'Japan Business Federation' in brackets)."},
                  {"Keidanren (Japan Chamber of Commerce)", Verdict::Wrong, "Wrong: the answer is 'Keidanren'."},
              });
    CHECK(isInitialism("L.D.P.", "Liberal Democratic Party"));
    CHECK(isInitialism("MFA", "Ministry of Foreign Affairs"));
    CHECK(isInitialism("RDIF", "Russian Direct Investment Fund"));
    CHECK_FALSE(isInitialism("EEF", "Eastern Forum"));
    CHECK_FALSE(isInitialism("E", "Eastern"));
}

TEST_CASE("company suffixes are set aside") {
    const Question mazda = textWith({"Mazda", "Mazda Motor"});
    checkRows(mazda, {
                         {"Mazda Motor Corporation", Verdict::Correct,
                          "Correct (accepted without the company suffix 'Corporation')."},
                         {"Mazda Corp.", Verdict::Correct, "Correct (accepted without the company suffix 'Corp')."},
                         {"Mazda Motor Co., Ltd.", Verdict::Correct,
                          "Correct (accepted without the company suffix 'Co. Ltd')."},
                         {"Toyota Motor Corporation", Verdict::Wrong, "Wrong: the answer is 'Mazda'."},
                     });
    const Question transneft = textWith({"Transneft"});
    checkRows(transneft,
              {
                  {"PJSC Transneft", Verdict::Correct, "Correct (accepted without the company suffix 'PJSC')."},
                  {"Transneft JSC", Verdict::Correct, "Correct (accepted without the company suffix 'JSC')."},
                  {"Gazprom PJSC", Verdict::Wrong, "Wrong: the answer is 'Transneft'."},
              });
}

TEST_CASE("qualifiers are right only where the question allows them") {
    const Question kurils = textWith({"Kuril Islands", "Kurils"}, {"southern", "the four"});
    checkRows(kurils, {
                          {"southern Kuril Islands", Verdict::Correct, "Correct (accepted without 'southern')."},
                          {"the four Kuril Islands", Verdict::Correct, "Correct (accepted without 'four')."},
                          {"the southern Kurils", Verdict::Correct, "Correct (accepted without 'southern')."},
                          {"northern Kuril Islands", Verdict::Wrong, "Wrong: the answer is 'Kuril Islands'."},
                          {"southern Sakhalin", Verdict::Wrong, "Wrong: the answer is 'Kuril Islands'."},
                          {"southern", Verdict::Wrong, "Wrong: the answer is 'Kuril Islands'."},
                      });
    const Question aegis =
        textWith({"Aegis Ashore", "Aegis"}, {"US", "missile defense system", "missile defence system", "system"});
    checkRows(aegis, {
                         {"US Aegis Ashore", Verdict::Correct, "Correct (accepted without 'US')."},
                         {"Aegis Ashore missile defense system", Verdict::Correct,
                          "Correct (accepted without 'missile defense system')."},
                         {"US Aegis Ashore missile defense system", Verdict::Correct,
                          "Correct (accepted without 'US' and 'missile defense system')."},
                         {"THAAD missile defense system", Verdict::Wrong, "Wrong: the answer is 'Aegis Ashore'."},
                     });
    // Without allow_extra the same words are not set aside.
    const Question plain = textWith({"Aegis Ashore"});
    CHECK(gradeLine(plain, "US Aegis Ashore").verdict == Verdict::NearMiss);
    CHECK(gradeLine(plain, "Aegis Ashore missile defense system").verdict == Verdict::Wrong);
}

TEST_CASE("cloze gaps take the same readings and the question's qualifiers") {
    ClozeAnswer cloze;
    cloze.text = "{{0}} met {{1}}.";
    cloze.gaps = {ClozeGap{{"Abe"}}, ClozeGap{{"Kuril Islands"}}};
    cloze.allowExtra = {"southern"};
    const Question question = makeQuestion("cloze", cloze);
    const GradeResult result = gradeLine(question, "PM Abe | southern Kuril Islands");
    CHECK(result.verdict == Verdict::Correct);
    REQUIRE(result.parts.size() == 2);
    CHECK(result.parts[0].note == "accepted without the title 'PM'");
    CHECK(result.parts[1].note == "accepted without 'southern'");
    CHECK(gradeLine(question, "PM Putin | Kuril Islands").score == doctest::Approx(0.5));
}
