// Browse view (see browse_view.hpp). Index:
// [SECTION] Rows and filters
// [SECTION] Table
// [SECTION] Preview
#include "ui/browse_view.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <set>
#include <variant>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/pictures.hpp"
#include "ui/feedback_panel.hpp"
#include "core/session/study_backend.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

constexpr const char* kStateNames[] = {"any state", "new", "learning", "review", "due today", "suspended"};

// Returns a due time (Unix ms) in local time: "2025-06-16", or with the hour when it is within a day.
std::string dueText(UnixMs dueMs, UnixMs nowMs) {
    if (dueMs <= nowMs) return "now";
    const std::time_t seconds = static_cast<std::time_t>(dueMs / kMsPerSecond);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[32];
    std::strftime(text, sizeof text, dueMs - nowMs < kMsPerDay ? "%Y-%m-%d %H:%M" : "%Y-%m-%d", &local);
    return text;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Rows and filters
//-----------------------------------------------------------------------------

void BrowseView::refresh(UiContext& context) {
    if (context.study == nullptr || context.library == nullptr) return;
    StudyBackend& backend = *context.study;
    const UnixMs now = backend.clock().nowMs();
    const std::int64_t minute = now / kMsPerMinute;
    if (m_builtFor == context.library && m_builtRevision == backend.revision() && m_builtMinute == minute) return;
    m_rows = buildBrowseRows(*context.library, backend.cards(), backend.scheduler(), now);
    std::set<std::string> tags;
    for (const Bank& bank : context.library->banks) {
        for (const Question& question : bank.questions) tags.insert(question.tags.begin(), question.tags.end());
    }
    m_tags.assign(tags.begin(), tags.end());
    m_builtFor = context.library;
    m_builtRevision = backend.revision();
    m_builtMinute = minute;
    m_preview.reset();  // it points into the rows' questions
    if (m_selected >= static_cast<int>(m_rows.size())) m_selected = -1;
    m_filterDirty = true;
}

void BrowseView::drawFilters(UiContext&) {
    const float unit = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(unit * 16.0f);
    if (ImGui::InputTextWithHint("##search", "Search prompts, answers, ids, tags", &m_filter.search)) m_filterDirty = true;
    sameLineIfFits(unit * 9.0f);
    ImGui::SetNextItemWidth(unit * 9.0f);
    if (ImGui::BeginCombo("##tag", m_filter.tag.empty() ? "any tag" : m_filter.tag.c_str())) {
        if (ImGui::Selectable("any tag", m_filter.tag.empty())) m_filter.tag.clear(), m_filterDirty = true;
        for (const std::string& tag : m_tags) {
            if (ImGui::Selectable(tag.c_str(), m_filter.tag == tag)) m_filter.tag = tag, m_filterDirty = true;
        }
        ImGui::EndCombo();
    }
    sameLineIfFits(unit * 7.0f);
    ImGui::SetNextItemWidth(unit * 7.0f);
    if (ImGui::BeginCombo("##type", m_filter.type ? questionTypeLabel(*m_filter.type) : "any type")) {
        if (ImGui::Selectable("any type", !m_filter.type)) m_filter.type.reset(), m_filterDirty = true;
        // Every type core knows: QuestionType follows AnswerSpec's alternatives (core/bank/question.hpp).
        for (std::size_t index = 0; index < std::variant_size_v<AnswerSpec>; ++index) {
            const auto type = static_cast<QuestionType>(index);
            if (ImGui::Selectable(questionTypeLabel(type), m_filter.type == type)) m_filter.type = type, m_filterDirty = true;
        }
        ImGui::EndCombo();
    }
    sameLineIfFits(unit * 7.0f);
    ImGui::SetNextItemWidth(unit * 7.0f);
    int state = static_cast<int>(m_filter.state);
    if (ImGui::Combo("##state", &state, kStateNames, IM_ARRAYSIZE(kStateNames))) {
        m_filter.state = static_cast<BrowseState>(state);
        m_filterDirty = true;
    }
}

void BrowseView::drawContent(UiContext& context) {
    if (context.study == nullptr) {
        wrappedTextColored(wrongColour(), "\u2717 Card states are not available: " + context.storeMessage);
        return;
    }
    refresh(context);
    drawFilters(context);
    if (m_filterDirty) {
        const StudyBackend& backend = *context.study;
        m_visible = filterBrowseRows(m_rows, m_filter, backend.clock().nowMs(), backend.sessionConfig().rolloverHour);
        m_filterDirty = false;
    }
    const std::string shown = std::to_string(m_visible.size()) + " of " + std::to_string(m_rows.size()) + " questions";
    sameLineIfFits(ImGui::CalcTextSize(shown.c_str()).x);
    ImGui::TextDisabled("%s", shown.c_str());
    // The table takes what the preview leaves: at least a few rows, the preview at most ~40 %.
    const float available = ImGui::GetContentRegionAvail().y;
    const float tableHeight = m_selected >= 0 ? std::max(available * 0.52f, ImGui::GetFrameHeight() * 5.0f) : available;
    drawTable(context, tableHeight);
    if (m_selected >= 0) drawPreview(context);
}

//-----------------------------------------------------------------------------
// [SECTION] Table
//-----------------------------------------------------------------------------

void BrowseView::drawTable(UiContext& context, float height) {
    // Every column has a fixed width: the short ones as wide as their longest value, so dates and states
    // are never cut; the question gets what is left but never under ~18 characters, and the table
    // scrolls sideways when the window is narrow (200 % font scale). Long prompts end in "…"; the preview
    // shows them whole.
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("questions", 8, flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    const char* labels[] = {"Type", "State", "Due", "Stability", "Recall", "Lapses"};
    const char* widest[] = {"true/false", "relearning", "2026-12-31 23:59", "1234.5 d", "100 %", "99"};
    const float cellPadding = 2.0f * ImGui::GetStyle().CellPadding.x;
    float widths[6];
    float fixedSum = 0.0f;
    for (int i = 0; i < 6; ++i) {
        widths[i] = std::max(ImGui::CalcTextSize(labels[i]).x, ImGui::CalcTextSize(widest[i]).x);
        fixedSum += widths[i] + cellPadding;
    }
    const float unit = ImGui::GetFontSize();
    const float tagsWidth = unit * 9.0f;
    const float room = ImGui::GetContentRegionAvail().x - fixedSum - tagsWidth - 3.0f * cellPadding - ImGui::GetStyle().ScrollbarSize;
    const float questionWidth = std::max(unit * 11.0f, room);
    ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthFixed, questionWidth);
    for (int i = 0; i < 6; ++i) ImGui::TableSetupColumn(labels[i], ImGuiTableColumnFlags_WidthFixed, widths[i]);
    ImGui::TableSetupColumn("Tags", ImGuiTableColumnFlags_WidthFixed, tagsWidth);
    ImGui::TableHeadersRow();
    const UnixMs now = context.study->clock().nowMs();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_visible.size()));
    while (clipper.Step()) {
        for (int line = clipper.DisplayStart; line < clipper.DisplayEnd; ++line) {
            const int index = m_visible[static_cast<std::size_t>(line)];
            const BrowseRow& row = m_rows[static_cast<std::size_t>(index)];
            const Question& question = *row.question;
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushID(index);
            // One line per row (the clipper needs equal heights); the preview shows the whole prompt.
            const std::string prompt = ellipsized(question.prompt, ImGui::GetColumnWidth());
            if (ImGui::Selectable(prompt.c_str(), m_selected == index, ImGuiSelectableFlags_SpanAllColumns)) {
                m_selected = m_selected == index ? -1 : index;
            }
            if (ImGui::IsItemHovered() && prompt != question.prompt) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
                ImGui::TextUnformatted(question.prompt.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::PopID();
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(questionTypeLabel(question.type()));
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(browseStateName(row, now).c_str());
            const bool studied = row.stored && row.stored->memory.phase != CardPhase::New;
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(studied ? dueText(row.stored->memory.dueMs, now).c_str() : "\u2014");
            ImGui::TableSetColumnIndex(4);
            if (studied) ImGui::Text("%.1f d", row.stored->memory.stability);
            else ImGui::TextUnformatted("\u2014");
            ImGui::TableSetColumnIndex(5);
            if (studied) ImGui::Text("%.0f %%", 100.0 * row.retrievability);
            else ImGui::TextUnformatted("\u2014");
            ImGui::TableSetColumnIndex(6);
            ImGui::Text("%d", row.stored ? row.stored->memory.lapses : 0);
            ImGui::TableSetColumnIndex(7);
            std::string tags;
            for (const std::string& tag : question.tags) tags += (tags.empty() ? "" : ", ") + tag;
            ImGui::TextUnformatted(ellipsized(tags, ImGui::GetColumnWidth()).c_str());
        }
    }
    ImGui::EndTable();
}

//-----------------------------------------------------------------------------
// [SECTION] Preview
//-----------------------------------------------------------------------------

void BrowseView::drawPreview(UiContext& context) {
    const BrowseRow& row = m_rows[static_cast<std::size_t>(m_selected)];
    ImGui::BeginChild("preview", ImVec2(0.0f, 0.0f), true);
    const Question& question = *row.question;
    ImGui::TextDisabled("%s \u00B7 %s \u00B7 %s", row.bank->id.c_str(), question.id.c_str(), questionTypeLabel(question.type()));
    wrappedText(question.prompt);
    drawQuestionImage(question.image, context.pictures, ImGui::GetContentRegionAvail().x, kPicturePreviewHeightInLines * ImGui::GetFontSize());
    if (!m_preview || &m_preview->question() != &question) m_preview = makeAnswerView(question, ShownOrder{});
    m_preview->drawPreview();
    drawRevealedAnswer(question, *row.bank);
    if (row.stored) {
        const CardMemory& memory = row.stored->memory;
        ImGui::Spacing();
        ImGui::TextDisabled("Card");
        char line[256];
        std::snprintf(line, sizeof line,
                      "%s \u00B7 reviews %d \u00B7 lapses %d \u00B7 difficulty %.1f \u00B7 stability %.1f d \u00B7 recall now %.0f %%",
                      browseStateName(row, context.study->clock().nowMs()).c_str(), memory.reps, memory.lapses,
                      memory.difficulty, memory.stability, 100.0 * row.retrievability);
        wrappedText(line);
    }
    ImGui::EndChild();
}

}  // namespace retain::ui
