// The class report: CSV rows and quoting, item analysis against a hand-computed table, flags, and the
// degenerate cases.
#include <doctest/doctest.h>

#include <cmath>

#include "core/classroom/class_report.hpp"
#include "core/text/delimited_text.hpp"

using namespace retain;

namespace {

ClassResultRow row(const std::string& student, const std::string& question, double score) {
    return ClassResultRow{student, CardKey{"bank", question}, "", score, 10.0};
}

// Five students x four questions (scores 0..1):
//
//          q1    q2    q3    q4   | total
//   Ana    1     1     0     1    | 3
//   Ben    1     1     0     1    | 3
//   Cleo   1     0.5   0     1    | 2.5
//   Dev    1     0     0     0.5  | 1.5
//   Eve    0.75  0     0.5   0    | 1.25
//
// Facility = mean score / 1: q1 4.75/5 = 0.95, q2 2.5/5 = 0.5, q3 0.5/5 = 0.1, q4 3.5/5 = 0.7.
// Discrimination = Pearson r(x, y), x = question score, y = total - x; with Sxy = sum (x-mx)(y-my),
// Sxx, Syy likewise, r = Sxy / sqrt(Sxx Syy). Worked in fractions (checked with python3 fractions):
//   q1: y = 2, 2, 1.5, 0.5, 0.5 (my 1.3); Sxy = 1/5, Sxx = 1/20, Syy = 23/10 -> r = 0.2 / sqrt(23/200) = 0.58977
//   q2: y = 2, 2, 2, 1.5, 1.25 (my 1.75); Sxy = 5/8, Sxx = 1, Syy = 1/2 -> r = 5 sqrt(2) / 8 = 0.88388
//   q3: y = 3, 3, 2.5, 1.5, 0.75 (my 2.15); Sxy = -7/10, Sxx = 1/5, Syy = 79/20 -> r = -7 / sqrt(79) = -0.78756
//   q4: y = 2, 2, 1.5, 1, 1.25 (my 1.55); Sxy = 23/40, Sxx = 4/5, Syy = 4/5 -> r = 23/32 = 0.71875
// Flags (facility > 0.9 or < 0.2, discrimination < 0.2): q1 too easy; q3 too hard and low
// discrimination; q2 and q4 none.
std::vector<ClassResultRow> handTable() {
    const char* students[] = {"Ana", "Ben", "Cleo", "Dev", "Eve"};
    const double scores[5][4] = {{1, 1, 0, 1}, {1, 1, 0, 1}, {1, 0.5, 0, 1}, {1, 0, 0, 0.5}, {0.75, 0, 0.5, 0}};
    std::vector<ClassResultRow> rows;
    for (int s = 0; s < 5; ++s) {
        for (int q = 0; q < 4; ++q) rows.push_back(row(students[s], "q" + std::to_string(q + 1), scores[s][q]));
    }
    return rows;
}

}  // namespace

TEST_CASE("classroom: item analysis matches the hand-computed facility and discrimination") {
    const auto items = analyseItems(handTable());
    REQUIRE(items.size() == 4);
    const double facility[] = {0.95, 0.5, 0.1, 0.7};
    const double discrimination[] = {0.2 / std::sqrt(23.0 / 200.0), 5.0 * std::sqrt(2.0) / 8.0, -7.0 / std::sqrt(79.0),
                                     23.0 / 32.0};
    for (std::size_t i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(items[i].key.questionId == "q" + std::to_string(i + 1));
        CHECK(items[i].students == 5);
        CHECK(items[i].facility == doctest::Approx(facility[i]).epsilon(1e-12));
        CHECK(items[i].discrimination == doctest::Approx(discrimination[i]).epsilon(1e-12));
    }
    CHECK(items[0].discrimination == doctest::Approx(0.58977).epsilon(1e-4));
    CHECK(items[2].discrimination == doctest::Approx(-0.78756).epsilon(1e-4));

    CHECK(items[0].flags == std::vector<ItemFlag>{ItemFlag::TooEasy});
    CHECK(items[0].reason == "too easy: facility 0.950 above 0.900");
    CHECK_FALSE(items[1].flagged());
    CHECK(items[1].reason.empty());
    CHECK(items[2].flags == std::vector<ItemFlag>{ItemFlag::TooHard, ItemFlag::LowDiscrimination});
    CHECK(items[2].reason == "too hard: facility 0.100 below 0.200; low discrimination: discrimination -0.788 below 0.200");
    CHECK_FALSE(items[3].flagged());

    // Thresholds are parameters: at 0.75, q4 (0.719) becomes weakly discriminating too.
    ItemThresholds strict;
    strict.discriminationBelow = 0.75;
    CHECK(analyseItems(handTable(), strict)[3].flags == std::vector<ItemFlag>{ItemFlag::LowDiscrimination});
}

TEST_CASE("classroom: item analysis leaves discrimination undefined for one student or zero variance") {
    // One student: no correlation; facility flags still apply.
    const auto alone = analyseItems({row("Ana", "q1", 1.0), row("Ana", "q2", 0.0)});
    REQUIRE(alone.size() == 2);
    CHECK(std::isnan(alone[0].discrimination));
    CHECK(alone[0].flags == std::vector<ItemFlag>{ItemFlag::TooEasy});
    CHECK(alone[1].flags == std::vector<ItemFlag>{ItemFlag::TooHard});
    CHECK(formatIndex(alone[0].discrimination) == "n/a");

    // Everyone right on q1: its scores have no variance.
    // q2's rest-of-test scores (q1 only) have no variance either.
    const auto flat = analyseItems({row("Ana", "q1", 1.0), row("Ben", "q1", 1.0), row("Cleo", "q1", 1.0),
                                    row("Ana", "q2", 1.0), row("Ben", "q2", 0.0), row("Cleo", "q2", 0.5)});
    REQUIRE(flat.size() == 2);
    CHECK(std::isnan(flat[0].discrimination));
    CHECK(flat[0].flags == std::vector<ItemFlag>{ItemFlag::TooEasy});
    CHECK(std::isnan(flat[1].discrimination));
    CHECK_FALSE(flat[1].flagged());  // facility 0.5, discrimination n/a

    CHECK(analyseItems({}).empty());
}

TEST_CASE("classroom: item analysis counts only the students who had the question, last row wins") {
    // A drill by turns: q1 went to Ana and Ben, q2 to Cleo only.
    std::vector<ClassResultRow> rows{row("Ana", "q1", 0.0), row("Ben", "q1", 1.0), row("Cleo", "q2", 1.0),
                                     row("Ana", "q1", 1.0)};
    const auto items = analyseItems(rows);
    REQUIRE(items.size() == 2);
    CHECK(items[0].key.questionId == "q1");
    CHECK(items[0].students == 2);
    CHECK(items[0].facility == 1.0);  // Ana's later 1 replaced her 0
    CHECK(items[1].students == 1);
}

TEST_CASE("classroom: class results CSV has one quoted-where-needed row per answer") {
    const std::vector<ClassResultRow> rows{
        ClassResultRow{"Ana", CardKey{"russia-japan", "summit-date"}, "May 26, 2018", 1.0, 12.5},
        ClassResultRow{"Ben \"B\" Li", CardKey{"russia-japan", "quote"}, "line one\nline two", 0.25, 3.0},
        ClassResultRow{"Cleo", CardKey{"russia-japan", "empty"}, "", 0.0, 0.125},
    };
    const std::string csv = classResultsCsv(rows);
    CHECK(csv ==
          "student,bank,question,answer,score,time_seconds\r\n"
          "Ana,russia-japan,summit-date,\"May 26, 2018\",1,12.5\r\n"
          "\"Ben \"\"B\"\" Li\",russia-japan,quote,\"line one\nline two\",0.25,3\r\n"
          "Cleo,russia-japan,empty,,0,0.125\r\n");
    CHECK(classResultsCsv({}) == "student,bank,question,answer,score,time_seconds\r\n");
}

TEST_CASE("classroom: class results CSV neutralises formulas in names and answers (OWASP CSV injection)") {
    const std::vector<ClassResultRow> rows{
        ClassResultRow{"=HYPERLINK(\"http://evil\",\"x\")", CardKey{"b", "q1"}, "+1+1", 1.0, 2.0},
        ClassResultRow{"@SUM(A1)", CardKey{"b", "q2"}, "-2+3", 0.0, 2.0},
        ClassResultRow{"\tTab", CardKey{"b", "q3"}, "\r=1", 0.0, 2.0},
        ClassResultRow{"Dana", CardKey{"b", "q4"}, "-3.5", 1.0, 2.0},
        ClassResultRow{"Eli", CardKey{"b", "q5"}, "a=b", 1.0, 2.0},
    };
    CHECK(classResultsCsv(rows) ==
          "student,bank,question,answer,score,time_seconds\r\n"
          "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",b,q1,'+1+1,1,2\r\n"
          "'@SUM(A1),b,q2,'-2+3,0,2\r\n"
          "'\tTab,b,q3,\"'\r=1\",0,2\r\n"
          "Dana,b,q4,-3.5,1,2\r\n"  // a plain negative number stays a number
          "Eli,b,q5,a=b,1,2\r\n");
    CHECK(spreadsheetSafe("-") == "'-");
    CHECK(spreadsheetSafe("+.") == "'+.");
    CHECK(spreadsheetSafe("-1.2.3") == "'-1.2.3");
    CHECK(spreadsheetSafe("") == "");
}

TEST_CASE("classroom: item analysis CSV writes n/a for undefined discrimination and the reasons") {
    auto items = analyseItems(handTable());
    items.push_back(analyseItems({row("Ana", "solo", 1.0)}).front());
    const std::string csv = itemAnalysisCsv(items);
    CHECK(csv ==
          "bank,question,students,facility,discrimination,flagged,reason\r\n"
          "bank,q1,5,0.950,0.590,1,too easy: facility 0.950 above 0.900\r\n"
          "bank,q2,5,0.500,0.884,0,\r\n"
          "bank,q3,5,0.100,-0.788,1,too hard: facility 0.100 below 0.200; low discrimination: discrimination -0.788 "
          "below 0.200\r\n"
          "bank,q4,5,0.700,0.719,0,\r\n"
          "bank,solo,1,1.000,n/a,1,too easy: facility 1.000 above 0.900\r\n");
}
