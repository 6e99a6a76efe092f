// The Class report screen, headless: prompts instead of ids, the few-students warning, each student's
// answers drawn, the CSV export through core, and the class-list panel's pasted import.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "core/classroom/exam_repository.hpp"
#include "ui/class_report_view.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

ExamRecord twoAnswers(const std::string& student, UnixMs at, double first) {
    ExamRecord record;
    record.title = "Capitals";
    record.seed = 1;
    record.student = student;
    record.startedMs = at;
    record.submittedMs = at + 1000;
    record.rows = {{student, CardKey{"capitals", "japan"}, first > 0 ? "Tokyo" : "Osaka", first, 4.0},
                   {student, CardKey{"capitals", "gone"}, "", 0.0, 2.0}};
    return record;
}

}  // namespace

TEST_CASE("class report view: prompts, the few-students warning, answers, export and class lists") {
    HeadlessImGui imgui;
    BackendFixture fixture;
    Library library;
    Bank bank;
    bank.id = "capitals";
    bank.questions.push_back(makeQuestion("japan", "Capital of Japan?", ChoiceAnswer{{"Osaka", "Tokyo"}, 1, false}));
    library.banks.push_back(std::move(bank));
    saveExamRecord(fixture.backend->db(), twoAnswers("Ana", fixture.clock.nowMs(), 1.0));
    saveExamRecord(fixture.backend->db(), twoAnswers("Ben", fixture.clock.nowMs() + 5, 0.0));
    UiContext context;
    context.library = &library;
    context.study = fixture.backend.get();
    context.dataDir = fixture.dir.path();

    ClassReportView view;
    imgui.frame([&] { view.drawContent(context); });
    REQUIRE(view.items().size() == 2);
    CHECK(view.promptOf(CardKey{"capitals", "japan"}) == "Capital of Japan?");
    CHECK(view.promptOf(CardKey{"capitals", "gone"}) == "capitals/gone");  // no longer in the banks: the id
    CHECK(view.warning() == fewStudentsWarning(2));
    CHECK_FALSE(view.warning().empty());

    // Every student's answers drawn open, blank answers as "(blank)".
    view.openEveryStudent();
    imgui.frame([&] { view.drawContent(context); });
    CHECK(view.answerLinesDrawn() == 4);

    view.setExportFolder(fixture.dir.path());
    view.exportCsv();
    CHECK(view.exportMessage() == "Wrote " + fixture.dir.file("class_results.csv") + " and " + fixture.dir.file("item_analysis.csv"));
    std::ifstream in(fixture.dir.file("class_results.csv"), std::ios::binary);
    const std::string csv(std::istreambuf_iterator<char>(in), {});
    CHECK(csv == classResultsCsv(view.rows()));

    ClassListPanel& lists = view.classLists();
    lists.setPasted("Ana\nBen\nCarl\n");
    lists.importPasted(context, fixture.clock.nowMs());
    CHECK(lists.message() == "Type the class's name first (e.g. 9B).");
    lists.setClassName("9B");
    lists.importPasted(context, fixture.clock.nowMs());
    CHECK(lists.message() == "Class 9B: 3 names imported.");
    REQUIRE(lists.classes().size() == 1);
    CHECK(lists.classes()[0].students == 3);
    CHECK(lists.shownNames() == std::vector<std::string>{"Ana", "Ben", "Carl"});
    lists.setFilePath(fixture.dir.file("missing.csv"));
    lists.importFile(context, fixture.clock.nowMs());
    CHECK(lists.message() == "No name to import: class 9B was left as it was.");
    REQUIRE(lists.problems().size() == 1);
    CHECK(lists.problems()[0].find("missing.csv: cannot open the file") != std::string::npos);
    imgui.frame([&] { view.drawContent(context); });
}
