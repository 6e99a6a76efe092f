// Home view (see home_view.hpp). Index:
// [SECTION] Counts
// [SECTION] Toolbar: profile, tag filter, Study, Browse and Draft
// [SECTION] Banks and problems
#include "ui/home_view.hpp"

#include <algorithm>

#include <imgui.h>

#include "core/session/study_backend.hpp"
#include "ui/layout.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

//-----------------------------------------------------------------------------
// [SECTION] Counts
//-----------------------------------------------------------------------------

void HomeView::refreshProgress(UiContext& context) {
    const Library& library = *context.library;
    if (context.study == nullptr) {
        m_progress.assign(library.banks.size(), BankProgress{});
        return;
    }
    StudyBackend& backend = *context.study;
    const UnixMs now = backend.clock().nowMs();
    const std::int64_t minute = now / kMsPerMinute;
    if (m_builtFor == &library && m_builtRevision == backend.revision() && m_builtTag == m_tag && m_builtMinute == minute &&
        m_progress.size() == library.banks.size()) {
        return;
    }
    m_progress.clear();
    for (const Bank& bank : library.banks) {
        m_progress.push_back(bankProgress(bank, backend.cards(), now, backend.sessionConfig().rolloverHour, m_tag));
    }
    std::set<std::string> tags;
    for (const Bank& bank : library.banks) {
        for (const Question& question : bank.questions) tags.insert(question.tags.begin(), question.tags.end());
    }
    m_tags.assign(tags.begin(), tags.end());
    m_builtFor = &library;
    m_builtRevision = backend.revision();
    m_builtTag = m_tag;
    m_builtMinute = minute;
}

//-----------------------------------------------------------------------------
// [SECTION] Toolbar: profile, tag filter, Study, Browse and Draft
//-----------------------------------------------------------------------------

void HomeView::startStudy(UiContext& context) {
    StudyRequest request;
    for (const Bank& bank : context.library->banks) {
        if (!m_excluded.count(bank.id)) request.bankIds.push_back(bank.id);
    }
    if (request.bankIds.empty()) return;
    request.tag = m_tag;
    context.studyRequest = request;
    context.studyRequested = true;
    context.showView = "Study";
}

void HomeView::drawToolbar(UiContext& context) {
    if (context.study != nullptr) {
        ImGui::AlignTextToFramePadding();
        ImGui::Text("Profile: %s", context.study->profile().name.c_str());
        ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Tag");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    if (ImGui::BeginCombo("##tag", m_tag.empty() ? "all questions" : m_tag.c_str())) {
        if (ImGui::Selectable("all questions", m_tag.empty())) m_tag.clear();
        for (const std::string& tag : m_tags) {
            if (ImGui::Selectable(tag.c_str(), m_tag == tag)) m_tag = tag;
        }
        ImGui::EndCombo();
    }
    if (context.study == nullptr) return;
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    const bool anyBank = std::any_of(context.library->banks.begin(), context.library->banks.end(),
                                     [this](const Bank& bank) { return !m_excluded.count(bank.id); });
    const char key = typedShortcut();
    if ((ImGui::Button("Study (S)") || key == 's') && anyBank) startStudy(context);
    ImGui::SameLine();
    if (ImGui::Button("Browse (B)") || key == 'b') context.showView = "Browse";
    const char* draftLabel = "Draft from article\u2026 (D)";
    sameLineIfFits(ImGui::CalcTextSize(draftLabel).x + ImGui::GetStyle().FramePadding.x * 2.0f);
    if (ImGui::Button(draftLabel) || key == 'd') context.showView = "Draft";
}

//-----------------------------------------------------------------------------
// [SECTION] Banks and problems
//-----------------------------------------------------------------------------

void HomeView::drawContent(UiContext& context) {
    if (!context.storeMessage.empty()) {
        wrappedTextColored(wrongColour(), "\u2717 " + context.storeMessage);
        wrappedText("You can browse the banks, but nothing can be studied or saved until this is resolved.");
        ImGui::Separator();
    }
    if (!context.storeWarning.empty()) {
        wrappedTextColored(partialColour(), "! " + context.storeWarning);
        noteLayout("home_store_warning");  // for the GUI tests: a warning that arrived while the window was open
    }
    if (context.library == nullptr) {
        ImGui::TextUnformatted("No library loaded.");
        return;
    }
    refreshProgress(context);
    drawToolbar(context);
    ImGui::Spacing();
    wrappedText("Question banks in " + context.banksDir);
    drawBanks(context);
    ImGui::Spacing();
    drawProblems(*context.library);
}

void HomeView::drawBanks(UiContext& context) {
    const Library& library = *context.library;
    if (library.banks.empty()) {
        ImGui::TextWrapped("No banks found. Put .yaml banks in the banks folder (see questions/README.md).");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("banks", 6, flags)) return;
    ImGui::TableSetupColumn("Bank", ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Questions", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("New", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Learned", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < library.banks.size(); ++i) {
        const Bank& bank = library.banks[i];
        const BankProgress& progress = m_progress[i];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(static_cast<int>(i));
        bool included = !m_excluded.count(bank.id);
        if (ImGui::Checkbox("##study", &included)) {
            if (included) m_excluded.erase(bank.id);
            else m_excluded.insert(bank.id);
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Include this bank when you press Study");
        ImGui::PopID();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", bank.title.empty() ? bank.id.c_str() : bank.title.c_str());
        if (!bank.description.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", bank.description.c_str());
            ImGui::PopStyleColor();
        }
        // Drafted questions are not studied until reviewed: the row says so and opens the review.
        const auto drafts = std::count_if(bank.questions.begin(), bank.questions.end(), [](const Question& q) { return q.draft; });
        if (drafts > 0) {
            ImGui::PushID(static_cast<int>(i));
            const std::string label = "Review " + std::to_string(drafts) + (drafts == 1 ? " draft" : " drafts");
            if (ImGui::SmallButton(label.c_str())) {
                context.reviewBankRequest = bank.path;
                context.showView = "Draft";
            }
            ImGui::PopID();
        }
        ImGui::TableSetColumnIndex(1);
        if (!bank.source.title.empty()) {
            ImGui::TextWrapped("%s", bank.source.title.c_str());
            // Author, publisher and date, the ones the bank names (a drafted bank has no publisher).
            std::string byline;
            for (const std::string* part : {&bank.source.author, &bank.source.publisher, &bank.source.date}) {
                if (!part->empty()) byline += (byline.empty() ? "" : ", ") + *part;
            }
            ImGui::TextWrapped("%s", byline.c_str());
        }
        ImGui::TableSetColumnIndex(2);
        ImGui::Text("%d", m_tag.empty() ? static_cast<int>(bank.questions.size()) : progress.total);
        if (context.study == nullptr) continue;
        ImGui::TableSetColumnIndex(3);
        ImGui::Text("%d", progress.due);
        ImGui::TableSetColumnIndex(4);
        ImGui::Text("%d", progress.newCount);
        ImGui::TableSetColumnIndex(5);
        ImGui::Text("%d", progress.learned);
    }
    ImGui::EndTable();
}

void HomeView::drawProblems(const Library& library) {
    const std::string header = "Problems (" + std::to_string(library.problems.size()) + ")###problems";
    const ImGuiTreeNodeFlags flags = library.problems.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen;
    if (!ImGui::CollapsingHeader(header.c_str(), flags)) return;
    if (library.problems.empty()) {
        ImGui::TextUnformatted("No problems: every bank passed the linter.");
        return;
    }
    for (const Problem& problem : library.problems) {
        const bool isError = problem.severity == Severity::Error;
        ImGui::PushStyleColor(ImGuiCol_Text, isError ? wrongColour() : partialColour());
        ImGui::TextWrapped("%s", problem.format().c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace retain::ui
