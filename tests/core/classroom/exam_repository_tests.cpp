// Submitted exams round-trip through SQLite (migration 3) and come back as class report rows.
#include <doctest/doctest.h>

#include "../storage/storage_test_support.hpp"
#include "classroom_test_support.hpp"
#include "core/classroom/class_report.hpp"
#include "core/classroom/exam.hpp"
#include "core/classroom/exam_repository.hpp"
#include "core/clock.hpp"
#include "core/storage/schema.hpp"
#include "core/storage/store.hpp"

using namespace retain;

namespace {

constexpr UnixMs kStart = classroom_test::kNoon;

struct ExamFixture {
    storage_test::TempDir dir;
    FixedClock clock{kStart};
    std::unique_ptr<Store> store;
    Bank bank = classroom_test::makeChoiceBank("geo", 4, {"capitals"});
    ExamFixture() {
        StoreOpenResult result = Store::open(dir.path(), clock);
        REQUIRE(result.store);
        store = std::move(result.store);
    }
    // Returns an exam over the whole bank with a seed whose top bit is set (stored as a negative integer).
    ExamSpec spec() const {
        QuestionPick pick;
        pick.banks = {&bank};
        pick.count = 4;
        pick.seed = 0xF00DFACE12345678ULL;
        return makeExam("Week 3 check", pick, 600);
    }
};

// Takes the exam as student: answers shown positions 0.. with choice index answers[i] (-1 = skip), each
// after stepMs (ms).
ExamRecord takeExam(const ExamSpec& spec, const std::string& student, const std::vector<int>& answers, UnixMs stepMs) {
    ExamAttempt attempt(spec, student, kStart);
    UnixMs now = kStart;
    for (int position = 0; position < attempt.size(); ++position) {
        now += stepMs;
        const int choice = answers[static_cast<std::size_t>(position)];
        if (choice < 0) continue;
        const auto& choices = std::get<ChoiceAnswer>(attempt.questionAt(position).answer).choices;
        const double score = choice == std::get<ChoiceAnswer>(attempt.questionAt(position).answer).correct ? 1.0 : 0.0;
        REQUIRE(attempt.answer(position, choices[static_cast<std::size_t>(choice)], score, now));
    }
    REQUIRE(attempt.submit(now + stepMs));
    return *attempt.record();
}

}  // namespace

TEST_CASE("storage: migration 3 adds the exam tables at the end of the list") {
    const auto list = retainMigrations();
    REQUIRE(list.size() >= 3);
    CHECK(list[2].version == 3);
    CHECK(std::string(list[2].sql).find("CREATE TABLE exam_results") != std::string::npos);
}

TEST_CASE("storage: a submitted exam round-trips as class report rows") {
    ExamFixture fixture;
    const ExamSpec spec = fixture.spec();
    const ExamRecord ana = takeExam(spec, "Ana", {1, 1, 0, -1}, 30'000);
    const ExamRecord ben = takeExam(spec, "Ben", {1, 2, 1, 1}, 12'500);

    CHECK(countExamAttempts(fixture.store->db()) == 0);
    const ExamAttemptId first = saveExamRecord(fixture.store->db(), ana);
    const ExamAttemptId second = saveExamRecord(fixture.store->db(), ben);
    CHECK(second > first);
    CHECK(countExamAttempts(fixture.store->db()) == 2);

    std::vector<ClassResultRow> expected = ana.rows;
    expected.insert(expected.end(), ben.rows.begin(), ben.rows.end());
    const std::vector<ClassResultRow> loaded = loadExamResults(fixture.store->db());
    CHECK(loaded == expected);
    // The CSV from the database equals the CSV from memory, so a report after a restart is the same.
    CHECK(classResultsCsv(loaded) == classResultsCsv(expected));

    // Title, seed bit pattern and submission time are kept on every row.
    sql::Statement select(fixture.store->db(), "SELECT DISTINCT exam_title, exam_seed, submitted_ms FROM exam_results "
                                               "WHERE student = 'Ben'");
    REQUIRE(select.step());
    CHECK(select.columnText(0) == "Week 3 check");
    CHECK(static_cast<std::uint64_t>(select.columnInt(1)) == spec.seed);
    CHECK(select.columnInt(2) == ben.submittedMs);
    CHECK_FALSE(select.step());
}

TEST_CASE("storage: exam results filter by bank") {
    ExamFixture fixture;
    ExamRecord record = takeExam(fixture.spec(), "Ana", {1, 1, 1, 1}, 1000);
    record.rows[3].key.bankId = "other";
    saveExamRecord(fixture.store->db(), record);
    const auto geo = loadExamResults(fixture.store->db(), "geo");
    CHECK(geo.size() == 3);
    for (const ClassResultRow& row : geo) CHECK(row.key.bankId == "geo");
    CHECK(loadExamResults(fixture.store->db(), "other").size() == 1);
    CHECK(loadExamResults(fixture.store->db(), "none").empty());
}

TEST_CASE("storage: a failed exam save stores nothing") {
    ExamFixture fixture;
    fixture.store->db().exec("CREATE TRIGGER fail_third BEFORE INSERT ON exam_results WHEN NEW.position = 2 "
                             "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;");
    CHECK_THROWS_AS(saveExamRecord(fixture.store->db(), takeExam(fixture.spec(), "Ana", {1, 1, 1, 1}, 1000)), sql::StorageError);
    CHECK(countExamAttempts(fixture.store->db()) == 0);
    CHECK(loadExamResults(fixture.store->db()).empty());
}
