// Browse view (see browse_view.hpp). Index:
// [SECTION] Rows and filters
// [SECTION] Choosing and acting
// [SECTION] Table
// [SECTION] Preview
#include "ui/browse_view.hpp"

#include <algorithm>
#include <cmath>
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
    // Rows keep their places while the library stays; a new library starts with nothing chosen.
    const int count = static_cast<int>(m_rows.size());
    if (m_selected >= count) m_selected = -1;
    std::erase_if(m_chosen, [count](int index) { return index >= count; });
    if (m_anchor >= count) m_anchor = -1;
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
    if (m_filterDirty) applyFilterAndSort(context);
    const std::string shown = std::to_string(m_visible.size()) + " of " + std::to_string(m_rows.size()) + " questions";
    sameLineIfFits(ImGui::CalcTextSize(shown.c_str()).x);
    ImGui::TextDisabled("%s", shown.c_str());
    drawActions(context);
    // The table takes what the preview leaves: at least a few rows, the preview at most ~40 %.
    const float available = ImGui::GetContentRegionAvail().y;
    if (m_selected >= 0 && m_chosen.count(m_selected) == 0) m_selected = m_chosen.empty() ? -1 : *m_chosen.begin();
    const float tableHeight = m_selected >= 0 ? std::max(available * 0.52f, ImGui::GetFrameHeight() * 5.0f) : available;
    drawTable(context, tableHeight);
    if (m_selected >= 0) drawPreview(context);
}

void BrowseView::applyFilterAndSort(UiContext& context) {
    const StudyBackend& backend = *context.study;
    const UnixMs now = backend.clock().nowMs();
    m_visible = filterBrowseRows(m_rows, m_filter, now, backend.sessionConfig().rolloverHour);
    if (m_sort) sortBrowseRows(m_rows, m_visible, m_sort->column, m_sort->direction, now);
    m_filterDirty = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Choosing and acting
//-----------------------------------------------------------------------------

void BrowseView::clickRow(int index) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyShift && m_anchor >= 0) {
        // A range in the order shown, from the anchor to this row.
        const auto from = std::find(m_visible.begin(), m_visible.end(), m_anchor);
        const auto to = std::find(m_visible.begin(), m_visible.end(), index);
        if (from != m_visible.end() && to != m_visible.end()) {
            if (!io.KeyCtrl) m_chosen.clear();
            m_chosen.insert(std::min(from, to), std::max(from, to) + 1);
            m_selected = index;
            return;
        }
    }
    if (io.KeyCtrl) {
        if (m_chosen.erase(index) == 0) m_chosen.insert(index), m_selected = index;
        else if (m_selected == index) m_selected = m_chosen.empty() ? -1 : *m_chosen.begin();
    } else if (m_chosen.size() == 1 && m_chosen.count(index) > 0) {
        m_chosen.clear();  // a second click on the only chosen row lets go of it
        m_selected = -1;
    } else {
        m_chosen = {index};
        m_selected = index;
    }
    m_anchor = index;
}

void BrowseView::act(UiContext& context, CardAction action) {
    if (context.study == nullptr || m_chosen.empty()) return;
    std::vector<CardKey> keys;
    keys.reserve(m_chosen.size());
    for (const int index : m_chosen) {
        const BrowseRow& row = m_rows[static_cast<std::size_t>(index)];
        keys.push_back(CardKey{row.bank->id, row.question->id});
    }
    static constexpr const char* kDone[] = {"Suspended", "Unsuspended", "Buried until tomorrow", "Unburied", "Forgot"};
    const std::size_t word = static_cast<std::size_t>(action);
    const auto count = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " question" : " questions"); };
    try {
        const int changed = applyCardAction(*context.study, keys, action);
        m_noticeFailed = false;
        m_notice = changed > 0 ? std::string(kDone[word]) + " " + count(static_cast<std::size_t>(changed)) : "Nothing to change";
        if (static_cast<std::size_t>(changed) < keys.size()) {
            m_notice += " (" + count(keys.size() - static_cast<std::size_t>(changed)) + " already so)";
        }
        m_notice += ".";
    } catch (const sql::StorageError& failure) {
        m_noticeFailed = true;
        m_notice = std::string("\u2717 Nothing was changed: ") + failure.what();
    }
}

void BrowseView::drawActions(UiContext& context) {
    const bool typing = ImGui::GetIO().WantTextInput;
    if (!typing && ImGui::GetIO().KeyCtrl && keyPressed(ImGuiKey_A)) {
        m_chosen.clear();
        m_chosen.insert(m_visible.begin(), m_visible.end());
        if (m_selected < 0 && !m_visible.empty()) m_selected = m_visible.front();
    }
    if (m_chosen.empty()) {
        if (!m_notice.empty()) noteText(m_notice);
        else noteText("Click a header to sort. Click, Ctrl+click, Shift+click or Ctrl+A to choose questions to suspend, bury or forget.");
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d chosen:", static_cast<int>(m_chosen.size()));
    struct Choice {
        const char* label;
        CardAction action;
    };
    static constexpr Choice kChoices[] = {{"Suspend", CardAction::Suspend},
                                          {"Unsuspend", CardAction::Unsuspend},
                                          {"Bury", CardAction::Bury},
                                          {"Unbury", CardAction::Unbury}};
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto buttonWidth = [&style](const char* label) { return ImGui::CalcTextSize(label).x + 2.0f * style.FramePadding.x; };
    for (const Choice& choice : kChoices) {
        sameLineIfFits(buttonWidth(choice.label));
        if (ImGui::Button(choice.label)) act(context, choice.action);
        if (choice.action == CardAction::Bury && ImGui::IsItemHovered()) ImGui::SetTooltip("Hidden from study until the next day starts");
    }
    sameLineIfFits(buttonWidth("Forget\u2026"));
    if (ImGui::Button("Forget\u2026")) ImGui::OpenPopup("Forget questions");
    sameLineIfFits(buttonWidth("None"));
    if (ImGui::Button("None")) m_chosen.clear();
    if (ImGui::BeginPopupModal("Forget questions", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::Text("Forget %d chosen question%s?", static_cast<int>(m_chosen.size()), m_chosen.size() == 1 ? "" : "s");
        ImGui::TextUnformatted("They start over as new questions. Their reviews stay in the log and in the statistics.");
        ImGui::PopTextWrapPos();
        if (ImGui::Button("Forget")) {
            act(context, CardAction::Forget);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || keyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (!m_notice.empty()) {
        if (m_noticeFailed) wrappedTextColored(wrongColour(), m_notice);
        else noteText(m_notice);
    }
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
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate;
    if (!ImGui::BeginTable("questions", 8, flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    const char* labels[] = {"Type", "State", "Due", "Stability", "Recall", "Lapses"};
    const char* widest[] = {"true/false", "relearning", "2026-12-31 23:59", "1234.5 d", "100 %", "99"};
    const float cellPadding = 2.0f * ImGui::GetStyle().CellPadding.x;
    // A sortable header keeps room for its arrow (as ImGui's TableHeader does), so labels are never cut.
    const float arrow = std::floor(ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x) + ImGui::GetStyle().ItemInnerSpacing.x;
    float widths[6];
    float fixedSum = 0.0f;
    for (int i = 0; i < 6; ++i) {
        widths[i] = std::max(ImGui::CalcTextSize(labels[i]).x + arrow, ImGui::CalcTextSize(widest[i]).x);
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
    // A header click: sort by its column (the columns are set up in BrowseColumn's order).
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs != nullptr && specs->SpecsDirty) {
        if (specs->SpecsCount == 0) {
            m_sort.reset();
        } else {
            const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
            m_sort = Sort{static_cast<BrowseColumn>(spec.ColumnIndex),
                          spec.SortDirection == ImGuiSortDirection_Descending ? SortDirection::Descending : SortDirection::Ascending};
        }
        specs->SpecsDirty = false;
        applyFilterAndSort(context);
    }
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
            if (ImGui::Selectable(prompt.c_str(), m_chosen.count(index) > 0, ImGuiSelectableFlags_SpanAllColumns)) clickRow(index);
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
    drawRevealedAnswer(question, *row.bank, context.pictures);
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
