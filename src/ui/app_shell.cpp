#include "ui/app_shell.hpp"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "core/bank/library_load_task.hpp"
#include "ui/layout.hpp"

namespace retain::ui {

namespace {

constexpr float kNarrowTabPadding = 0.5f;  // share of the frame padding a tight tab bar keeps on each side

// Writes n with a comma between each group of three digits ("12,000").
std::string groupedNumber(std::size_t n) {
    const std::string digits = std::to_string(n);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

// The first start of a big library: the banks' progress, centred, in place of the tabs.
void drawLibraryLoading(const LibraryLoadProgress& progress) {
    const float fraction = progress.bytesTotal > 0
                               ? static_cast<float>(static_cast<double>(progress.bytesDone) / static_cast<double>(progress.bytesTotal))
                               : 0.0f;
    const std::string label = "Loading banks\u2026 " + groupedNumber(progress.questionsLoaded) + " questions \u00B7 " +
                              std::to_string(progress.banksDone) + " of " + std::to_string(progress.banksTotal) + " banks";
    const ImVec2 region = ImGui::GetContentRegionAvail();
    const float width = std::min(region.x, std::max(region.x * 0.6f, ImGui::CalcTextSize(label.c_str()).x));
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (region.x - width) * 0.5f, ImGui::GetCursorPosY() + region.y * 0.4f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextWrapped("%s", label.c_str());
    ImGui::ProgressBar(fraction, ImVec2(width, 0.0f));
    noteLayout("library-loading");  // for the GUI tests: the progress was on screen
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("The first start of a library compiles it; later starts read the compiled copy.");
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace

AppShell::AppShell() : m_views(makeViews()) {}

void AppShell::draw(UiContext& context) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Retain###main", nullptr, flags);
    beginLayoutReport();
    if (context.libraryLoad != nullptr) {
        drawLibraryLoading(context.libraryLoad->progress());
        ImGui::End();
        return;
    }
    const TabFit fit = fitTabs();
    // The tab bar's own look (smaller font, narrower padding when tight), pushed around each tab-bar call
    // only: the views inside keep the full size.
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const auto tabLook = [&fit, padding] {
        ImGui::SetWindowFontScale(fit.fontScale);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(fit.shortTitles ? padding.x * kNarrowTabPadding : padding.x, padding.y));
    };
    const auto contentLook = [] {
        ImGui::PopStyleVar();
        ImGui::SetWindowFontScale(1.0f);
    };
    const ImGuiTabBarFlags barFlags = fit.scroll ? ImGuiTabBarFlags_FittingPolicyScroll : ImGuiTabBarFlags_FittingPolicyResizeDown;
    tabLook();
    const bool bar = ImGui::BeginTabBar("views", barFlags);
    contentLook();
    if (bar) {
        // A view may ask for another tab (Home's Study button); the request lasts one frame.
        std::string requested = std::move(context.showView);
        context.showView.clear();
        // Ctrl+1..Ctrl+9 bring tab 1..9 to the front, Ctrl+comma the settings (as in most desktop apps).
        // The GLFW backend files digit and punctuation keys under their ASCII codes in io.KeysDown.
        if (ImGui::GetIO().KeyCtrl) {
            for (std::size_t i = 0; i < m_views.size() && i < 9; ++i) {
                if (ImGui::IsKeyPressed(static_cast<int>('1' + i), false)) requested = m_views[i]->title();
            }
            if (ImGui::IsKeyPressed(',', false)) requested = "Settings";
        }
        m_screenKeys.resize(m_views.size(), 0);
        for (const auto& view : m_views) {
            const ImGuiTabItemFlags tabFlags = requested == view->title() ? ImGuiTabItemFlags_SetSelected : 0;
            // The id is the title whatever the label, so a narrow bar keeps the selection.
            const std::string label = std::string(fit.shortTitles ? view->shortTitle() : view->title()) + "###" + view->title();
            tabLook();
            const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, tabFlags);
            contentLook();
            if (open) {
                const std::size_t index = static_cast<std::size_t>(&view - m_views.data());
                if (index != m_front) {
                    if (m_front < m_views.size()) m_views[m_front]->onHidden(context);
                    view->onShown(context);
                    m_front = index;
                }
                ImGui::BeginChild("content", ImVec2(0.0f, 0.0f), false);
                // A new screen of the view starts at its top, not at the scroll of the one before.
                // (SetScrollY lands on the next frame: the screen changes inside drawContent.)
                const int key = view->screenKey();
                if (key != m_screenKeys[index]) ImGui::SetScrollY(0.0f);
                view->drawContent(context);
                m_screenKeys[index] = view->screenKey();
                if (m_screenKeys[index] != key) {
                    ImGui::SetScrollY(0.0f);
                    context.screenChanged = true;  // draw the settle frames of the new screen
                }
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        tabLook();
        ImGui::EndTabBar();
        contentLook();
    }
    ImGui::End();
}

AppShell::TabFit AppShell::fitTabs() const {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float available = ImGui::GetContentRegionAvail().x;
    // Text widths at full size; padding and spacing do not scale with the window font scale.
    const auto widths = [this](bool shortTitles) {
        float text = 0.0f;
        for (const auto& view : m_views) text += ImGui::CalcTextSize(shortTitles ? view->shortTitle() : view->title()).x;
        return text;
    };
    const auto fixedFor = [&](float paddingScale) {
        return static_cast<float>(m_views.size()) * (2.0f * style.FramePadding.x * paddingScale + style.ItemInnerSpacing.x) + 2.0f;
    };
    constexpr float kSmallestScale = 0.5f;  // below this the labels are hard to read on a projector
    TabFit fit;
    if (fixedFor(1.0f) + widths(false) <= available) return fit;
    fit.shortTitles = true;
    const float fixed = fixedFor(kNarrowTabPadding);
    const float text = widths(true);
    fit.fontScale = std::clamp((available - fixed) / std::max(text, 1.0f), kSmallestScale, 1.0f);
    fit.scroll = fixed + text * fit.fontScale > available;
    return fit;
}

}  // namespace retain::ui
