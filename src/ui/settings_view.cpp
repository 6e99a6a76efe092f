#include "ui/settings_view.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/storage/backup.hpp"
#include "core/storage/sqlite_db.hpp"
#include "core/storage/store.hpp"
#include "core/session/study_backend.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

void SettingsView::drawContent(UiContext& context) {
    if (context.settings == nullptr) return;
    AppSettings& settings = *context.settings;
    bool changed = drawAppearance(settings);
    changed |= drawProfile(context, settings);
    if (changed) {
        settings = clampSettings(settings);
        context.settingsChanged = true;
    }
    if (context.study == nullptr) {
        noteText("The study settings belong to the profile; they need the data folder: " + context.storeMessage);
        return;
    }
    StudySettings study = context.study->studySettings();
    if (drawStudy(study, *context.study)) {
        try {
            context.study->saveStudySettings(study);
        } catch (const sql::StorageError& failure) {
            context.storeWarning = std::string("Could not store the study settings: ") + failure.what();
        }
    }
    if (m_fsrs.busy()) {
        // Redraw ten times a second while the simulation or the optimisation runs.
        context.redrawWithinSeconds = context.redrawWithinSeconds > 0.0 ? std::min(context.redrawWithinSeconds, 0.1) : 0.1;
    }
    sectionTitle("Data");
    wrappedText("Database: " + context.study->store().databasePath());
    // Backups are taken at most every 4 hours and on close (docs/storage.md); name the newest there is.
    const std::vector<std::string> backups = listBackups(context.dataDir + "/" + kBackupsFolderName);
    wrappedText(backups.empty() ? std::string("No backup yet (one is taken at most every 4 hours, and on close).")
                                : "Newest backup: " + backups.back() + " (" + std::to_string(backups.size()) + " kept).");
}

bool SettingsView::drawAppearance(AppSettings& settings) {
    sectionTitle("Appearance");
    int theme = settings.theme == Theme::Light ? 1 : 0;
    bool changed = ImGui::RadioButton("Dark", &theme, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton("Light", &theme, 1);
    if (changed) settings.theme = theme == 1 ? Theme::Light : Theme::Dark;

    // Edited as a percentage because that is how people talk about projector text size.
    // Applied when the slider is released, so the font atlas is rebuilt once rather than on every drag step.
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ImGui::SliderInt("Font scale", &m_fontPercent, static_cast<int>(kMinFontScale * 100),
                     static_cast<int>(kMaxFontScale * 100), "%d %%", ImGuiSliderFlags_AlwaysClamp);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        settings.fontScale = m_fontPercent / 100.0;
        changed = true;
    } else if (!ImGui::IsItemActive()) {
        m_fontPercent = static_cast<int>(settings.fontScale * 100.0 + 0.5);
    }
    ImGui::SameLine();
    if (ImGui::Button("100 %")) {
        settings.fontScale = 1.0;
        changed = true;
    }
    noteText("F11 toggles full screen; Ctrl+1\u2026Ctrl+9 switch tabs, Ctrl+comma opens Settings; Ctrl+Q quits.");
    return changed;
}

bool SettingsView::drawProfile(UiContext& context, AppSettings& settings) {
    sectionTitle("Profile");
    if (m_profileName.empty()) m_profileName = settings.profile;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    bool changed = false;
    if (ImGui::InputText("Profile", &m_profileName, ImGuiInputTextFlags_EnterReturnsTrue) && !m_profileName.empty() &&
        m_profileName != settings.profile) {
        settings.profile = m_profileName;
        changed = true;
        if (context.study != nullptr) {
            try {
                context.study->switchProfile(settings.profile);
            } catch (const sql::StorageError& failure) {
                context.storeWarning = std::string("Could not switch profile: ") + failure.what();
            }
        }
    }
    if (!ImGui::IsItemActive()) m_profileName = settings.profile;
    noteText("Enter switches profile; a new name starts a new learner. Everything below belongs to the profile.");
    return changed;
}

bool SettingsView::drawStudy(StudySettings& study, StudyBackend& backend) {
    sectionTitle("Study");
    const float fieldWidth = ImGui::GetFontSize() * 12.0f;
    bool changed = false;

    int scheduler = static_cast<int>(study.scheduler);
    const char* schedulers[] = {"FSRS-6", "SM-2", "Leitner boxes"};
    ImGui::SetNextItemWidth(fieldWidth);
    if (ImGui::Combo("Scheduler", &scheduler, schedulers, IM_ARRAYSIZE(schedulers))) {
        study.scheduler = static_cast<SchedulerKind>(scheduler);
        changed = true;
    }

    ImGui::SetNextItemWidth(fieldWidth);
    ImGui::SliderInt("Desired retention", &m_retentionPercent, static_cast<int>(kMinDesiredRetention * 100 + 0.5),
                     static_cast<int>(kMaxDesiredRetention * 100 + 0.5), "%d %%", ImGuiSliderFlags_AlwaysClamp);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        study.desiredRetention = m_retentionPercent / 100.0;
        changed = true;
    } else if (!ImGui::IsItemActive()) {
        m_retentionPercent = static_cast<int>(study.desiredRetention * 100.0 + 0.5);
    }
    if (study.scheduler != SchedulerKind::Fsrs) {
        noteText("Desired retention applies to FSRS only.");
    } else {
        // Beside the slider: what each retention would cost and give over the next year.
        ImGui::SameLine();
        m_fsrs.drawRetentionChart(backend, ImGui::IsItemActive() ? m_retentionPercent / 100.0 : study.desiredRetention);
    }

    ImGui::SetNextItemWidth(fieldWidth);
    int newPerDay = study.newPerDay;
    if (ImGui::InputInt("New questions per day", &newPerDay, 5, 20)) {
        study.newPerDay = std::clamp(newPerDay, 0, kMaxNewPerDay);
        changed = true;
    }
    ImGui::SetNextItemWidth(fieldWidth);
    int reviewsPerDay = study.reviewsPerDay;
    if (ImGui::InputInt("Reviews per day", &reviewsPerDay, 10, 100)) {
        study.reviewsPerDay = std::clamp(reviewsPerDay, 0, kMaxReviewsPerDay);
        changed = true;
    }
    noteText("Over the limit, the most overdue reviews come first; the rest wait for tomorrow.");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("New questions come");
    ImGui::SameLine();
    if (ImGui::RadioButton("in random order", study.newOrder == NewCardOrder::Random)) {
        study.newOrder = NewCardOrder::Random;
        changed = true;
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("in bank order", study.newOrder == NewCardOrder::Bank)) {
        study.newOrder = NewCardOrder::Bank;
        changed = true;
    }
    noteText("Random: shuffled once a day, the same order after a restart. Questions that answer each other "
             "(siblings) are never shown back to back.");

    sectionTitle("Timer");
    ImGui::SetNextItemWidth(fieldWidth);
    float hard = static_cast<float>(study.hardAfterSeconds);
    if (ImGui::SliderFloat("Hard after", &hard, 1.0f, 120.0f, "%.0f s")) {
        study.hardAfterSeconds = hard;
        changed = true;
    }
    noteText("A right answer slower than this suggests Hard.");
    ImGui::SetNextItemWidth(fieldWidth);
    float easy = static_cast<float>(study.easyWithinSeconds);
    if (ImGui::SliderFloat("Easy within", &easy, 0.0f, 60.0f, "%.0f s")) {
        study.easyWithinSeconds = easy;
        changed = true;
    }
    noteText("A right answer at least this quick suggests Easy.");
    changed |= ImGui::Checkbox("Show the seconds spent on each question", &study.showTimer);
    changed |= ImGui::Checkbox("Flashcard mode: show the answer and rate yourself", &study.flashcardMode);
    if (study.scheduler == SchedulerKind::Fsrs) changed |= m_fsrs.drawOptimise(backend, study);
    return changed;
}

}  // namespace retain::ui
