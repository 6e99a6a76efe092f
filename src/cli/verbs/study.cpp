// `retain study --terminal [--bank ID]... [--profile NAME] [--new-per-day N] [--reviews-per-day N]
// [--extra-new N] [--review-ahead DAYS]`: today's study session in a terminal, for SSH and scripts, under
// the profile's own study setup (scheduler, retention, limits, thresholds: core/session/study_setup.hpp);
// the two limits override it for this run. --extra-new and --review-ahead are the window's custom study
// (core/session/custom_study.hpp): stored for today, so they last until the day ends. When nothing more is
// due, the last line says when the next question is (local time). Per card: the question (options numbered as shown), one answer line
// ("?" shows the hint), the verdict, feedback, expected answer, the four intervals and the suggested
// rating, then one rating line: 1-4, or empty for the suggestion. "Saved: ..." is printed only after the
// review is committed to disk. End of input ends the session cleanly (exit 0); stdout is flushed after
// every prompt. Exit 2 on misuse (unknown bank), 3 when the data folder cannot be opened.
//
// [SECTION] Options and bank choice
// [SECTION] One card
// [SECTION] The session loop and the verb
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/clock.hpp"
#include "core/session/custom_study.hpp"
#include "core/session/interval_format.hpp"
#include "core/session/next_due_text.hpp"
#include "core/session/question_text.hpp"
#include "core/session/shown_order.hpp"
#include "core/session/study_setup.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"
#include "core/text/control_chars.hpp"

namespace retain::cli {

namespace {

// [SECTION] Options and bank choice

struct StudyOptions {
    bool terminal = false;
    std::vector<std::string> bankIds;   // empty = every bank of the library
    std::string profile = "default";
    StudyOverrides overrides;           // --new-per-day, --reviews-per-day, --new-order: this run only; else the profile's
    std::string newOrderName;           // --new-order as given ("random" | "bank"); "" = the profile's
    CustomStudy more;                   // --extra-new, --review-ahead: today's custom study (stored for the day)
};

// Writes text to the terminal; a control character from a bank or an answer is shown, never obeyed.
// Returns the end-of-session summary: score, time answering, accuracy per tag; "" when nothing was rated.
std::string summaryText(const SessionTally& tally) {
    const int answered = tally.answered();
    if (answered == 0) return "";
    const auto percent = [](double fraction) { return std::to_string(static_cast<int>(std::lround(100.0 * fraction))) + " %"; };
    const std::int64_t seconds = tally.answeringMs() / 1000;
    // Accuracy counts ratings Hard, Good and Easy, as `retain stats` does; "right" is full credit.
    std::string text = "Score: " + std::to_string(tally.correct()) + " of " + std::to_string(answered) + " right (" +
                       percent(static_cast<double>(tally.correct()) / answered) + "), accuracy " +
                       percent(static_cast<double>(tally.passed()) / answered) + " (rated Hard, Good or Easy), mean score " +
                       percent(tally.meanScore()) + ", " + std::to_string(seconds / 60) + " min " +
                       std::to_string(seconds % 60) + " s answering.\n";
    const auto tags = tally.byTag();
    if (!tags.empty()) {
        text += "By tag:";
        for (const auto& [tag, accuracy] : tags) {
            text += " " + tag + " " + std::to_string(accuracy.correct) + "/" + std::to_string(accuracy.answered) + ";";
        }
        text.back() = '\n';
    }
    return text;
}

// Reads one line from stdin without its line end; false at end of input.
// Fills chosen with the banks named by ids (all banks when ids is empty); false with a message otherwise.
bool chooseBanks(const Library& library, const std::vector<std::string>& ids, std::vector<const Bank*>& chosen) {
    for (const Bank& bank : library.banks) {
        if (ids.empty()) chosen.push_back(&bank);
    }
    for (const std::string& id : ids) {
        const Bank* found = nullptr;
        for (const Bank& bank : library.banks) {
            if (bank.id == id) found = &bank;
        }
        if (!found) {
            std::string known;
            for (const Bank& bank : library.banks) known += (known.empty() ? "" : ", ") + bank.id;
            std::fprintf(stderr, "retain study: no bank with id '%s' (banks: %s)\n", id.c_str(), known.empty() ? "none" : known.c_str());
            return false;
        }
        chosen.push_back(found);
    }
    return true;
}

// [SECTION] One card

// Returns "Again 1m · Hard 6m · Good 1d · Easy 3d".
std::string intervalLine(const NextStates& states) {
    std::string line;
    for (Rating rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
        std::string name = ratingName(rating);
        name[0] = static_cast<char>(name[0] - 'a' + 'A');
        if (!line.empty()) line += " \u00b7 ";
        line += std::to_string(static_cast<int>(rating)) + " " + name + " " + formatInterval(states.of(rating).intervalDays);
    }
    return line;
}

// Reads a rating line: "" = suggested, 1-4, or a rating's name. nullopt when unreadable.
std::optional<Rating> readRating(const std::string& line, Rating suggested) {
    if (line.empty()) return suggested;
    for (Rating rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
        if (line == std::to_string(static_cast<int>(rating)) || line == ratingName(rating)) return rating;
    }
    return std::nullopt;
}

enum class CardEnd { Rated, EndOfInput };

// Shows the current card, reads its answer and rating, and rates it (stored on disk before "Saved").
CardEnd studyCard(StudySession& session, const StudyCard& card) {
    const QueueCounts counts = session.counts();
    sayToTerminal("\n[new " + std::to_string(counts.newCount) + " \u00b7 learning " + std::to_string(counts.learning) + " \u00b7 review " +
        std::to_string(counts.review) + " \u00b7 done " + std::to_string(counts.done) + "]  " + card.key.text() + "\n");
    const ShownOrder order = makeShownOrder(*card.question, shownOrderSeed(card.key.text(), card.memory.reps));
    sayToTerminal(questionText(*card.question, order));
    session.markShown();  // the answer's time counts from here
    bool usedHint = false;
    std::string line;
    for (;;) {
        sayToTerminal("Answer> ");
        if (!readTerminalLine(line)) return CardEnd::EndOfInput;
        if (line == "?" && !card.question->hint.empty()) {
            usedHint = true;
            sayToTerminal("Hint: " + card.question->hint + "\n");
            continue;
        }
        LearnerAnswer answer = parseShownAnswer(*card.question, order, line);
        answer.usedHint = usedHint;
        const PendingAnswer& pending = session.grade(answer);
        // An answer the grader could not read is asked again; an empty line means "I don't know".
        if (pending.grade.verdict == Verdict::Refused && !line.empty()) {
            sayToTerminal(pending.grade.feedback + " Try again.\n");
            continue;
        }
        break;
    }
    const PendingAnswer& pending = *session.pending();
    const GradeResult& grade = pending.grade;
    sayToTerminal(std::string("Verdict: ") + (line.empty() ? "no answer" : verdictName(grade.verdict)) + "\n");
    if (!grade.feedback.empty() && !line.empty()) sayToTerminal(grade.feedback + "\n");
    sayToTerminal("Expected: " + grade.expected + "\n");
    if (!card.question->explanation.empty()) sayToTerminal(card.question->explanation + "\n");
    sayToTerminal(intervalLine(pending.states) + "\n");
    const Rating suggested = grade.suggested;
    for (;;) {
        sayToTerminal(std::string("Rate 1-4 [Enter = ") + std::to_string(static_cast<int>(suggested)) + " " + ratingName(suggested) + "]> ");
        if (!readTerminalLine(line)) return CardEnd::EndOfInput;
        if (const auto rating = readRating(line, suggested)) {
            const RatedAnswer rated = session.rate(*rating);
            // The session re-reads the card before storing: another window may have changed it meanwhile.
            if (rated.recheck == CardRecheck::Dropped) {
                sayToTerminal("Not saved: this question was suspended or buried elsewhere meanwhile.\n");
                return CardEnd::Rated;
            }
            if (rated.recheck == CardRecheck::Refreshed) sayToTerminal("Changed elsewhere meanwhile: rated from its stored state.\n");
            sayToTerminal(std::string("Saved: ") + ratingName(rated.rating) + ", next in " + formatInterval(rated.outcome.intervalDays) + ".\n");
            return CardEnd::Rated;
        }
        sayToTerminal("Type 1 (again), 2 (hard), 3 (good), 4 (easy), or press Enter.\n");
    }
}

// [SECTION] The session loop and the verb

// Asks the due cards until none is left or stdin ends; returns the verb's exit code.
ExitCode studyLoop(Store& store, const StudyOptions& options, const std::vector<const Bank*>& banks, const Clock& clock) {
    try {
        const Profile profile = ensureProfile(store.db(), options.profile, StudySettings{}.scheduler, clock.nowMs());
        const StudySetup setup = makeStudySetup(profile, "terminal", options.overrides);
        StudySession session(store.db(), setup.profile, banks, *setup.scheduler, clock, setup.sessionConfig);
        if (options.more.extraNew > 0 || options.more.reviewAheadDays > 0) {
            const int added = session.studyMore(options.more);
            sayToTerminal("Custom study for today: " + std::to_string(added) + (added == 1 ? " question" : " questions") + " added.\n");
        }
        while (const StudyCard* card = session.next()) {
            if (studyCard(session, *card) == CardEnd::EndOfInput) {
                sayToTerminal("\nEnd of input: " + std::to_string(session.counts().done) + " answers saved.\n");
                sayToTerminal(summaryText(session.tally()));
                return ExitCode::Ok;
            }
        }
        std::string done = "\nNothing more is due now (" + std::to_string(session.counts().done) + " answers saved).";
        if (const auto due = session.nextDueMs()) {
            done += " The next question is due " + nextDueText(*due, clock.nowMs(), localUtcOffsetSeconds(*due)) + ".";
        }
        const HeldCounts held = session.held();
        if (held.newCards > 0) done += " " + std::to_string(held.newCards) + " new held back by today's limit (--extra-new N studies more).";
        if (held.later > 0 && held.newCards == 0) done += " --review-ahead DAYS reviews questions due in the next days.";
        sayToTerminal(done + "\n");
        sayToTerminal(summaryText(session.tally()));
    } catch (const sql::StorageError& error) {
        std::fprintf(stderr, "retain study: database error: %s\n", error.what());
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

ExitCode runStudy(const StudyOptions& options, const GlobalOptions& global) {
    if (!options.terminal) {
        std::fprintf(stderr, "retain study: add --terminal to study here; run 'retain' without a verb for the window\n");
        return ExitCode::Misuse;
    }
    const Library library = loadLibrary(resolveBanksDir(global), resolveBankCacheDir(global));
    std::vector<const Bank*> banks;
    if (!chooseBanks(library, options.bankIds, banks)) return ExitCode::Misuse;

    SystemClock clock;
    const std::string dataDir = resolveDataDir(global);
    StoreOpenResult opened = Store::open(dataDir, clock);
    if (!opened.store) {
        std::fprintf(stderr, "retain study: %s\n", opened.message.c_str());
        return ExitCode::Failure;
    }
    if (!opened.warning.empty()) std::fprintf(stderr, "retain study: warning: %s\n", opened.warning.c_str());
    // The interval backup copies on its own thread while the first question is asked; the close
    // backup (when answers were saved) is taken before the folder is released.
    VerbBackups backups("study", *opened.store, clock);
    return studyLoop(*opened.store, options, banks, clock);
}

}  // namespace

void addStudyVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<StudyOptions>();
    CLI::App* study = root.add_subcommand("study", "Study today's questions in the terminal (--terminal)");
    study->add_flag("--terminal", options->terminal, "Study here, reading answers from stdin");
    study->add_option("--bank", options->bankIds, "Study only this bank (repeatable); default every bank");
    study->add_option("--profile", options->profile, "Learner profile, created when missing (default: default)");
    study->add_option("--new-per-day", options->overrides.newPerDay, "New questions per day, this run only (default: the profile's)")
        ->check(CLI::Range(0, kMaxNewPerDay));
    study->add_option("--reviews-per-day", options->overrides.reviewsPerDay, "Review questions per day, this run only (default: the profile's)")
        ->check(CLI::Range(0, kMaxReviewsPerDay));
    study->add_option("--extra-new", options->more.extraNew, "Custom study: N more new questions today (kept until the day ends)")
        ->check(CLI::Range(0, kMaxNewPerDay));
    study->add_option("--review-ahead", options->more.reviewAheadDays, "Custom study: also review the questions due in the next DAYS days, today")
        ->check(CLI::Range(0, 365));
    study->add_option("--new-order", options->newOrderName, "New questions in random or bank order, this run only (default: the profile's)")
        ->check(CLI::IsMember({"random", "bank"}));
    study->callback([options, &context] {
        context.verbRan = true;
        if (!options->newOrderName.empty()) options->overrides.newOrder = parseNewCardOrder(options->newOrderName);
        context.exitCode = runStudy(*options, context.global);
    });
}

}  // namespace retain::cli
