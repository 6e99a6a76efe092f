// The retention check screen (see retention_check_view.hpp). Index:
// [SECTION] Starting and finishing
// [SECTION] Setup
// [SECTION] Asking
// [SECTION] Report
#include "ui/retention_check_view.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>

#include <imgui.h>

#include "core/stats/review_csv.hpp"
#include "core/session/shown_order.hpp"
#include "core/stats/stats_format.hpp"
#include "core/storage/sqlite_db.hpp"
#include "core/session/study_backend.hpp"
#include "ui/pictures.hpp"
#include "ui/progress_bar.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

// Returns Unix ms as "YYYY-MM-DD HH:MM" in the machine's local time, as the learner's clock shows it.
std::string localMinute(UnixMs ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / kMsPerSecond);
    std::tm local{};
    if (localtime_r(&seconds, &local) == nullptr) return isoUtc(ms);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return text;
}

std::string countOf(int part, int whole) {
    return std::to_string(part) + " of " + std::to_string(whole) + " (" + percentText(shareOf(part, whole)) + ")";
}

}  // namespace

// [SECTION] Starting and finishing

bool RetentionCheckView::start(UiContext& context, int count, std::uint64_t seed, bool countAsReviews) {
    m_error.clear();
    if (context.study == nullptr || context.library == nullptr) {
        m_error = "A check needs the data folder and the banks.";
        return false;
    }
    StudyBackend& study = *context.study;
    std::vector<const Bank*> banks;
    for (const Bank& bank : context.library->banks) {
        if (m_chosenBanks.empty() || m_chosenBanks.count(bank.id)) banks.push_back(&bank);
    }
    if (seed == 0) seed = static_cast<std::uint64_t>(study.clock().nowMs());
    m_notice.clear();
    CheckSample sample;
    try {
        sample = sampleStudiedFirst(banks, study.cards(), count, seed);
    } catch (const sql::StorageError& failure) {
        m_error = std::string("Could not read the card states: ") + failure.what();
        return false;
    }
    if (sample.items.empty()) {
        m_error = "The chosen banks hold no questions.";
        return false;
    }
    m_neverStudied = sample.neverStudied;
    try {
        m_check = std::make_unique<RetentionCheck>(std::move(sample.items), study.cards(), study.scheduler(), study.clock());
    } catch (const sql::StorageError& failure) {
        m_error = std::string("Could not read the card states: ") + failure.what();
        return false;
    }
    m_record = CheckRecord{};
    m_record.profileId = study.profile().id;
    m_record.startedMs = m_check->startedMs();
    m_record.seed = seed;
    m_record.countedAsReviews = countAsReviews;
    for (const Bank* bank : banks) m_record.bankIds.push_back(bank->id);
    m_report.reset();
    m_refusal.clear();
    m_shownIndex = SIZE_MAX;
    m_stage = Stage::Asking;
    // Typing may begin in the frame "Start the check" was clicked: those characters are the first
    // answer's, kept for its field (no widget of the setup takes them).
    m_typedEarly = takeTypedCharacters();
    return true;
}

void RetentionCheckView::finish(UiContext& context) {
    if (!m_check) return;
    m_record.finishedMs = context.study->clock().nowMs();
    m_record.answers = m_check->answers();
    m_report = m_check->report();
    m_history.reset();
    if (m_record.answers.empty()) {
        // Stopped before the first answer: no report of nothing, and nothing stored.
        m_stage = Stage::Setup;
        m_check.reset();
        m_report.reset();
        m_notice = "Nothing was checked: the check was stopped before the first answer, so nothing was stored.";
        return;
    }
    m_stage = Stage::Report;
    try {
        m_record.id = storeCheck(*context.study, m_record);
    } catch (const sql::StorageError& failure) {
        m_error = std::string("The check could not be stored: ") + failure.what();
    }
}

void RetentionCheckView::drawContent(UiContext& context) {
    if (context.study == nullptr) {
        wrappedText("Retention checks need the data folder: " + context.storeMessage);
        return;
    }
    if (!m_error.empty()) wrappedTextColored(wrongColour(), "\u2717 " + m_error);
    if (!m_notice.empty() && m_stage == Stage::Setup) noteText(m_notice);
    switch (m_stage) {
        case Stage::Setup: drawSetup(context); break;
        case Stage::Asking: drawQuestion(context); break;
        case Stage::Report: drawReport(); break;
    }
}

// [SECTION] Setup

void RetentionCheckView::drawSetup(UiContext& context) {
    wrappedText("A retention check asks a sample of questions whatever their due dates, says nothing until the "
                "end, and then compares what you recalled with what the scheduler predicted.");
    sectionTitle("Banks");
    if (context.library == nullptr || context.library->banks.empty()) {
        ImGui::TextDisabled("No banks loaded.");
        return;
    }
    for (const Bank& bank : context.library->banks) {
        bool chosen = m_chosenBanks.empty() || m_chosenBanks.count(bank.id) > 0;
        const std::string label = (bank.title.empty() ? bank.id : bank.title) + " (" + std::to_string(bank.questions.size()) + ")";
        if (ImGui::Checkbox(label.c_str(), &chosen)) {
            if (m_chosenBanks.empty())
                for (const Bank& each : context.library->banks) m_chosenBanks.insert(each.id);
            if (chosen) m_chosenBanks.insert(bank.id);
            else m_chosenBanks.erase(bank.id);
            if (m_chosenBanks.size() == context.library->banks.size()) m_chosenBanks.clear();
        }
    }
    sectionTitle("Check");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::InputInt("Questions", &m_count)) m_count = std::clamp(m_count, 1, 500);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    ImGui::InputScalar("Seed (0 = new)", ImGuiDataType_U64, &m_seed);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The same seed over the same banks asks the same questions.");
    ImGui::Checkbox("Count my answers as reviews (they then move the schedule)", &m_countAsReviews);
    if (ImGui::Button("Start the check")) start(context, m_count, m_seed, m_countAsReviews);
    noteText("Questions you have studied are asked first; never-studied ones only fill up the count.");
    drawHistory(context);
}

void RetentionCheckView::drawHistory(UiContext& context) {
    if (!m_history) {
        try {
            m_history = checkHistory(*context.study);
        } catch (const sql::StorageError& failure) {
            m_history.emplace();
            m_error = std::string("Could not read past checks: ") + failure.what();
        }
    }
    if (m_history->empty()) return;
    sectionTitle("Past checks");
    if (!ImGui::BeginTable("history", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("Started");
    ImGui::TableSetupColumn("Recalled");
    ImGui::TableSetupColumn("Predicted");
    ImGui::TableSetupColumn("Counted as reviews");
    ImGui::TableHeadersRow();
    for (auto it = m_history->rbegin(); it != m_history->rend(); ++it) {
        const CheckReport summary = buildCheckReport(it->answers);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(localMinute(it->startedMs).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(countOf(summary.recalled, summary.questions).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(percentText(summary.meanPredicted).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(it->countedAsReviews ? "yes" : "no");
    }
    ImGui::EndTable();
}

// [SECTION] Asking

void RetentionCheckView::present() {
    const CheckItem* item = m_check->current();
    m_shownIndex = m_check->answeredCount();
    const ShownOrder order = makeShownOrder(*item->question, shownOrderSeed(item->key.text(), 0));
    m_input.reset(*item->question, order);
    m_input.carryTyped(m_typedEarly);
    m_typedEarly.clear();
    m_check->markShown();
    m_firstFrame = true;
    m_refusal.clear();
}

void RetentionCheckView::drawQuestion(UiContext& context) {
    const CheckItem* item = m_check->current();
    if (item == nullptr) {
        finish(context);
        return;
    }
    if (m_shownIndex != m_check->answeredCount()) present();
    ImGui::Text("Question %zu of %zu", m_check->answeredCount() + 1, m_check->size());
    ImGui::SameLine();
    ImGui::TextDisabled("(no feedback until the end)");
    if (m_neverStudied > 0) {
        const std::size_t studied = m_check->size() - static_cast<std::size_t>(m_neverStudied);
        noteText("Only " + std::to_string(studied) + " of these questions had been studied; the last " +
                 std::to_string(m_neverStudied) + " were never studied and predict nothing.");
    }
    ImGui::ProgressBar(static_cast<float>(m_check->answeredCount()) / static_cast<float>(m_check->size()), ImVec2(-1.0f, 0.0f), "");
    ImGui::Spacing();
    wrappedText(item->question->prompt);
    drawQuestionImage(item->question->image, context.pictures, ImGui::GetContentRegionAvail().x, kPictureHeightInLines * ImGui::GetFontSize());
    ImGui::Spacing();
    const bool submitted = m_input.draw(!m_firstFrame, context.pictures);
    m_firstFrame = false;
    if (!m_refusal.empty()) wrappedTextColored(partialColour(), "? " + m_refusal);
    ImGui::Spacing();
    const bool skipped = ImGui::Button("I don't know");
    ImGui::SameLine();
    const bool stopped = ImGui::Button("Stop and see the report");
    if (submitted && !m_input.empty()) {
        if (!m_check->answer(m_input.answer()))  // timed by the check from markShown()
            m_refusal = "That answer could not be read; please write it another way.";
    } else if (skipped) {
        m_check->skip();
    }
    if (stopped || m_check->finished()) finish(context);
}

// [SECTION] Report

void RetentionCheckView::drawReport() {
    const CheckReport& r = *m_report;
    ImGui::Text("Recalled %s.  Mean score %s.", countOf(r.recalled, r.questions).c_str(), percentText(r.meanScore).c_str());
    if (r.predictedQuestions > 0) {
        const int predictedRecalled = static_cast<int>(std::lround(r.predictedActual * r.predictedQuestions));
        ImGui::Text("The scheduler predicted %s recall for the %d questions studied before; you recalled %s.",
                    percentText(r.meanPredicted).c_str(), r.predictedQuestions,
                    countOf(predictedRecalled, r.predictedQuestions).c_str());
    } else {
        ImGui::TextDisabled("None of these questions had been studied, so the scheduler had no prediction.");
    }
    ImGui::TextDisabled("%s  Seed %llu.", m_record.countedAsReviews ? "Counted as reviews." : "Not counted as reviews.",
                        static_cast<unsigned long long>(m_record.seed));
    if (ImGui::Button("New check")) {
        m_stage = Stage::Setup;
        m_check.reset();
        m_error.clear();
    }
    if (!ImGui::BeginChild("report")) {
        ImGui::EndChild();
        return;
    }
    if (ImGui::BeginTable("report-columns", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        sectionTitle("Score per tag");
        if (ImGui::BeginTable("tags", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("Tag", ImGuiTableColumnFlags_WidthFixed);
            ImGui::TableSetupColumn("Recalled", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("Mean score", ImGuiTableColumnFlags_WidthFixed);
            ImGui::TableHeadersRow();
            for (const TagScore& tag : r.tags) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();  // level with the progress bar beside it
                ImGui::TextUnformatted(tag.tag.c_str());
                ImGui::TableNextColumn();
                const std::string text = std::to_string(tag.recalled) + "/" + std::to_string(tag.questions);
                labelledProgressBar(static_cast<float>(shareOf(tag.recalled, tag.questions)), text);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(percentText(tag.meanScore).c_str());
            }
            ImGui::EndTable();
        }
        ImGui::TableNextColumn();
        sectionTitle("Predicted against actual recall");
        if (ImGui::BeginTable("calibration", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame)) {
            ImGui::TableSetupColumn("Predicted");
            ImGui::TableSetupColumn("Questions");
            ImGui::TableSetupColumn("Mean predicted");
            ImGui::TableSetupColumn("Recalled");
            ImGui::TableHeadersRow();
            for (const CalibrationBin& bin : r.calibration) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::Text("%.0f-%.0f%%", bin.from * 100.0, bin.to * 100.0);
                ImGui::TableNextColumn();
                ImGui::Text("%d", bin.questions);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(percentText(bin.meanPredicted).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(percentText(bin.recalledShare).c_str());
            }
            ImGui::EndTable();
        }
        ImGui::TextDisabled("Questions never studied have no prediction and are left out here.");
        ImGui::EndTable();
    }
    sectionTitle("Facts forgotten (" + std::to_string(r.forgotten.size()) + ")");
    if (r.forgotten.empty()) ImGui::TextDisabled("None: every question was recalled.");
    for (const CheckAnswer& answer : r.forgotten) {
        ImGui::PushID(answer.key.text().c_str());
        wrappedText(answer.prompt);
        ImGui::Indent();
        wrappedTextColored(wrongColour(), "\u2717 Your answer: " + (answer.response.empty() ? std::string("(none)") : answer.response));
        wrappedTextColored(rightColour(), "\u2713 Expected: " + answer.expected);
        ImGui::Unindent();
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace retain::ui
