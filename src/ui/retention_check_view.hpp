// Retention check: N questions sampled across the chosen banks (seeded, stratified by tag), whatever
// their due dates, asked one after another with no feedback; then the report: score per tag, the facts
// forgotten with their expected answers, and the scheduler's predicted recall against the actual score
// with a calibration table. The check is stored; the learner chooses whether its answers also count as
// reviews. Sampling, grading and the report come from core/stats (docs/statistics.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/stats/check_service.hpp"
#include "core/stats/retention_check.hpp"
#include "ui/answer_input.hpp"
#include "ui/view.hpp"

namespace retain::ui {

class RetentionCheckView final : public View {
public:
    enum class Stage { Setup, Asking, Report };

    const char* title() const override { return "Check"; }
    void drawContent(UiContext& context) override;
    // Another tab in front: the question's answer time stops, and counts on when the check is back.
    void onHidden(UiContext&) override {
        if (m_check) m_check->pauseAnswerTime();
    }
    void onShown(UiContext&) override {
        if (m_check) m_check->resumeAnswerTime();
    }

    // Starts a check of count questions from the chosen banks (every bank when none is chosen) with seed.
    // Returns false, with error() set, when there is nothing to ask or the database cannot be read.
    bool start(UiContext& context, int count, std::uint64_t seed, bool countAsReviews);
    // Finishes the check now: stores it and shows the report (also called after the last answer). With no
    // answer given, stores nothing and goes back to the setup, saying nothing was checked.
    void finish(UiContext& context);

    Stage stage() const { return m_stage; }
    const RetentionCheck* check() const { return m_check.get(); }
    const std::optional<CheckReport>& report() const { return m_report; }
    const AnswerInput& input() const { return m_input; }
    AnswerInput& input() { return m_input; }
    const std::string& error() const { return m_error; }
    // Returns the note the setup shows about the last check ("Nothing was checked ..."), or "".
    const std::string& notice() const { return m_notice; }

private:
    void drawSetup(UiContext& context);
    void drawQuestion(UiContext& context);
    void drawReport();
    void drawHistory(UiContext& context);
    void present();

    Stage m_stage = Stage::Setup;
    std::set<std::string> m_chosenBanks;  // bank ids ticked in the setup; empty = every bank
    int m_count = 20;                     // questions to sample
    std::uint64_t m_seed = 0;             // 0 = pick from the clock at start
    bool m_countAsReviews = false;
    std::vector<unsigned int> m_typedEarly;  // characters typed in the frame the check started, code points
    std::unique_ptr<RetentionCheck> m_check;
    CheckRecord m_record;                 // what will be stored
    std::optional<CheckReport> m_report;
    AnswerInput m_input;
    std::size_t m_shownIndex = SIZE_MAX;  // the item the widgets were prepared for
    bool m_firstFrame = true;             // the question appeared this frame: its keys belong to the last screen
    std::string m_refusal;                // the grader could not read the answer (not a verdict)
    std::string m_error;
    std::string m_notice;                 // what the last check left, shown in the setup ("Nothing was checked")
    int m_neverStudied = 0;               // questions of the check never studied (the fill after the studied ones)
    std::optional<std::vector<CheckRecord>> m_history;  // stored checks, read once per visit of the setup
};

}  // namespace retain::ui
