// `retain exam --bank ID --student NAME --count N --seed S [--minutes M] [--title T]`: one student takes a
// check in the terminal. The paper is the exam's fixed question set (chosen with the seed) in the
// student's own order, options shuffled (src/core/classroom/exam.hpp). Each question is printed with its
// options numbered as shown and one answer line is read from stdin (empty = no answer); nothing is said
// about right or wrong until the end. After the last question comes the review page (every answer or
// "(blank)"; a number goes back to that question, "submit" hands in, twice when some are blank; Enter
// alone never submits). Then the attempt is stored (exam_results) and the score printed. End of input, or
// the time limit, submits what was answered. Exit 2 on misuse (unknown bank, no
// questions), 3 when the data folder cannot be opened.
//
// [SECTION] Options and input
// [SECTION] Taking the exam
// [SECTION] The verb
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/classroom/answer_text.hpp"
#include "core/classroom/exam.hpp"
#include "core/classroom/exam_review.hpp"
#include "core/clock.hpp"
#include "core/grading/grader.hpp"
#include "core/session/question_text.hpp"
#include "core/classroom/exam_repository.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"
#include "core/text/control_chars.hpp"

namespace retain::cli {

namespace {

// [SECTION] Options and input

struct ExamOptions {
    std::string bankId;
    std::string student;
    int count = 10;              // questions on the paper
    std::uint64_t seed = 1;      // the exam seed: the same for the whole class
    int minutes = 0;             // time limit, minutes; 0 = none
    std::string title;           // default "<bank> exam, seed <S>"
};

// Returns "12:05" for a time in ms (rounded up to the second, so 0:00 means really none left).
std::string clockText(std::int64_t ms) {
    const std::int64_t seconds = (ms + 999) / 1000;
    const std::int64_t rest = seconds % 60;
    return std::to_string(seconds / 60) + ":" + (rest < 10 ? "0" : "") + std::to_string(rest);
}

// Returns score with at most two decimals ("3", "2.5", "2.33").
std::string examScoreText(double score) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", score);
    std::string text = buffer;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

// [SECTION] Taking the exam

// How asking one question ended.
enum class AskOutcome { Done, EndOfInput, TimeUp };

// Asks the question at position; an empty line leaves it as it was (blank, or the answer given before).
AskOutcome askQuestion(ExamAttempt& attempt, int position, const Clock& clock) {
    const UnixMs now = clock.nowMs();
    if (!attempt.accepting(now)) {
        sayToTerminal("\nTime is up.\n");
        return AskOutcome::TimeUp;
    }
    std::string header = "\nQuestion " + std::to_string(position + 1) + " of " + std::to_string(attempt.size());
    if (const auto left = attempt.remainingMs(now)) header += "  (time left " + clockText(*left) + ")";
    sayToTerminal(header + "\n");
    attempt.show(position, now);
    const Question& question = attempt.questionAt(position);
    const ShownOrder& order = attempt.paper().items[static_cast<std::size_t>(position)].options;
    sayToTerminal(questionText(question, order));
    if (const auto given = attempt.answerAt(position)) sayToTerminal("Your answer so far: " + *given + " (Enter keeps it)\n");
    const UnixMs shownMs = now;
    for (;;) {
        sayToTerminal("Answer> ");
        std::string line;
        if (!readTerminalLine(line)) return AskOutcome::EndOfInput;
        if (line.empty()) return AskOutcome::Done;  // nothing changes; a blank question scores 0
        const UnixMs answeredMs = clock.nowMs();
        const LearnerAnswer answer = parseShownAnswer(question, order, line);
        const GradeResult grade = gradeAnswer(question, answer, static_cast<double>(answeredMs - shownMs) / 1000.0);
        // Unreadable input is asked again (that says nothing about right or wrong); the score stays hidden.
        if (grade.verdict == Verdict::Refused) {
            sayToTerminal(grade.feedback + " Try again, or press Enter to leave it.\n");
            continue;
        }
        if (!attempt.answer(position, answerInBankTerms(question, answer), grade.score, answeredMs)) {
            sayToTerminal("\nTime is up: this answer came too late.\n");
            return AskOutcome::TimeUp;
        }
        return AskOutcome::Done;
    }
}

// Prints the review page: every question in the student's order with the answer given or "(blank)".
void printReview(const ExamAttempt& attempt) {
    sayToTerminal("\nReview your answers (" + std::to_string(attempt.answeredCount()) + " of " + std::to_string(attempt.size()) +
        " answered):\n");
    for (const ExamReviewLine& line : examReview(attempt)) {
        sayToTerminal("  " + std::to_string(line.position + 1) + ". " + line.prompt + "\n       " + line.answer + "\n");
    }
}

// Asks every question of attempt in shown order, then shows the review page until the student submits;
// stops early at end of input or when time is up (what was answered is then handed in).
void takeExam(ExamAttempt& attempt, const Clock& clock) {
    for (int position = 0; position < attempt.size(); ++position) {
        const AskOutcome outcome = askQuestion(attempt, position, clock);
        if (outcome == AskOutcome::TimeUp) return;
        if (outcome == AskOutcome::EndOfInput) {
            sayToTerminal("\nEnd of input: submitting the answers given so far.\n");
            return;
        }
    }
    bool blankConfirmPending = false;
    printReview(attempt);
    for (;;) {
        if (!attempt.accepting(clock.nowMs())) {
            sayToTerminal("\nTime is up.\n");
            return;
        }
        sayToTerminal("Review> ");
        std::string line;
        if (!readTerminalLine(line)) {
            sayToTerminal("\nEnd of input: submitting the answers given so far.\n");
            return;
        }
        const ReviewCommand command = parseReviewCommand(line, attempt, blankConfirmPending);
        blankConfirmPending = command.action == ReviewAction::ConfirmBlank;
        switch (command.action) {
        case ReviewAction::Submit: return;
        case ReviewAction::ConfirmBlank: sayToTerminal(command.message + "\n"); break;
        case ReviewAction::ShowAgain:
            printReview(attempt);
            sayToTerminal(command.message + "\n");
            break;
        case ReviewAction::GoTo: {
            const AskOutcome outcome = askQuestion(attempt, command.position, clock);
            if (outcome == AskOutcome::TimeUp) return;
            if (outcome == AskOutcome::EndOfInput) {
                sayToTerminal("\nEnd of input: submitting the answers given so far.\n");
                return;
            }
            printReview(attempt);
            break;
        }
        }
    }
}

// Prints the result after submission: one line per question in the student's order, then the total.
void printResult(const ExamAttempt& attempt, const ExamRecord& record) {
    sayToTerminal("\nSubmitted. Results for " + record.student + ":\n");
    for (int position = 0; position < attempt.size(); ++position) {
        const int index = attempt.paper().items[static_cast<std::size_t>(position)].questionIndex;
        const ClassResultRow& row = record.rows[static_cast<std::size_t>(index)];
        sayToTerminal("  " + std::to_string(position + 1) + ". " + row.key.text() + "  score " + examScoreText(row.score) + "  answer: " +
            (row.answer.empty() ? "(none)" : row.answer) + "\n");
    }
    const double total = attempt.totalScore().value_or(0.0);
    const int percent = attempt.size() > 0 ? static_cast<int>(total * 100.0 / attempt.size() + 0.5) : 0;
    sayToTerminal("Score: " + examScoreText(total) + " / " + std::to_string(attempt.size()) + " (" + std::to_string(percent) + "%)\n");
}

ExitCode runExam(const ExamOptions& options, const GlobalOptions& global) {
    const Library library = loadLibrary(resolveBanksDir(global), resolveBankCacheDir(global));
    const Bank* bank = nullptr;
    for (const Bank& candidate : library.banks) {
        if (candidate.id == options.bankId) bank = &candidate;
    }
    if (!bank) {
        std::fprintf(stderr, "retain exam: no bank with id '%s'\n", options.bankId.c_str());
        return ExitCode::Misuse;
    }
    if (options.student.find_first_not_of(" \t") == std::string::npos) {
        std::fprintf(stderr, "retain exam: --student must name the student\n");
        return ExitCode::Misuse;
    }
    QuestionPick pick;
    pick.banks = {bank};
    pick.count = options.count;
    pick.seed = options.seed;
    const std::string title = options.title.empty() ? bank->id + " exam, seed " + std::to_string(options.seed) : options.title;
    const ExamSpec spec = makeExam(title, pick, options.minutes * 60);
    if (spec.questions.empty()) {
        std::fprintf(stderr, "retain exam: bank '%s' has no questions\n", bank->id.c_str());
        return ExitCode::Misuse;
    }

    SystemClock clock;
    StoreOpenResult opened = Store::open(resolveDataDir(global), clock);
    if (!opened.store) {
        std::fprintf(stderr, "retain exam: %s\n", opened.message.c_str());
        return ExitCode::Failure;
    }
    if (!opened.warning.empty()) std::fprintf(stderr, "retain exam: warning: %s\n", opened.warning.c_str());
    // The interval backup now; the close backup, and any warning of either, at the end of this scope.
    VerbBackups backups("exam", *opened.store, clock);
    try {
        ensureProfile(opened.store->db(), options.student, SchedulerKind::Fsrs, clock.nowMs());
        ExamAttempt attempt(spec, options.student, clock.nowMs());
        std::string intro = title + " for " + options.student + ": " + std::to_string(attempt.size()) + " questions";
        intro += options.minutes > 0 ? ", " + std::to_string(options.minutes) + " minutes." : ", no time limit.";
        sayToTerminal(intro + " Type the answer (numbers as shown) and press Enter; Enter alone leaves a question out. You can "
            "review your answers before you submit.\n");
        takeExam(attempt, clock);
        attempt.submit(clock.nowMs());
        const ExamRecord record = *attempt.record();
        saveExamRecord(opened.store->db(), record);
        printResult(attempt, record);
    } catch (const sql::StorageError& error) {
        std::fprintf(stderr, "retain exam: database error: %s\n", error.what());
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

}  // namespace

// [SECTION] The verb

void addExamVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<ExamOptions>();
    CLI::App* exam = root.add_subcommand("exam", "Take an exam in the terminal; results are stored for the class report");
    exam->add_option("--bank", options->bankId, "Bank id")->required();
    exam->add_option("--student", options->student, "Student (profile) name, created when missing")->required();
    exam->add_option("--count", options->count, "Questions on the paper (default 10)")->check(CLI::Range(1, 1000));
    exam->add_option("--seed", options->seed, "Exam seed: the same for the whole class (default 1)");
    exam->add_option("--minutes", options->minutes, "Time limit in minutes (default none)")->check(CLI::Range(0, 1440));
    exam->add_option("--title", options->title, "Exam title (default '<bank> exam, seed <S>')");
    exam->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runExam(*options, context.global);
    });
}

}  // namespace retain::cli
