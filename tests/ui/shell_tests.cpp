// Headless tests of the font atlas and the app shell.
#include <doctest/doctest.h>

#include <imgui_internal.h>

#include <string>
#include <vector>

#include "headless_imgui.hpp"
#include "ui/app_shell.hpp"

using retain::ui::testing::HeadlessImGui;

TEST_CASE("the UI font covers the typography banks use") {
    HeadlessImGui imgui;
    REQUIRE(imgui.fontFound());
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    // “ ” ‘ ’ – — … € → ✓ ✗ and a Latin Extended-A letter; the default ImGui font has none of these.
    for (ImWchar c : {0x201C, 0x201D, 0x2018, 0x2019, 0x2013, 0x2014, 0x2026, 0x20AC, 0x2192, 0x2713, 0x2717, 0x0161, 0x0416}) {
        CAPTURE(c);
        CHECK(font->FindGlyphNoFallback(c) != nullptr);
    }
}

TEST_CASE("the shell draws one tab per registered view and the home view lists banks") {
    HeadlessImGui imgui;
    retain::Library library;
    retain::Bank bank;
    bank.id = "demo";
    bank.title = "Demo bank with “quotes” – and dashes";
    bank.questions.resize(3);
    library.banks.push_back(bank);
    retain::AppSettings settings;
    retain::ui::UiContext context;
    context.library = &library;
    context.settings = &settings;

    retain::ui::AppShell shell;
    // The registry's list, in tab order (view_registry.cpp).
    const std::vector<std::string> expectedTitles = {"Home", "Study", "Browse", "Stats", "Check", "Drill", "Live",
                                                     "Class report", "Draft", "Settings"};
    std::vector<std::string> titles;
    for (const auto& view : shell.views()) titles.push_back(view->title());
    CHECK(titles == expectedTitles);

    // Same text, more banks: each bank adds a table row, so the frame must carry more geometry.
    auto verticesFor = [&](const retain::Library& shown) {
        retain::ui::UiContext frameContext = context;
        frameContext.library = &shown;
        ImDrawData* data = nullptr;
        // Tab bars pick their visible tab during the first frames; let the layout settle.
        for (int i = 0; i < 3; ++i) data = imgui.frame([&] { shell.draw(frameContext); });
        return data->TotalVtxCount;
    };
    retain::Library fiveBanks = library;
    for (int i = 0; i < 4; ++i) fiveBanks.banks.push_back(bank);
    const int oneBankVertices = verticesFor(library);
    CHECK(verticesFor(fiveBanks) > oneBankVertices + 4 * 100);
    ImGuiWindow* main = ImGui::FindWindowByName("Retain###main");
    REQUIRE(main != nullptr);
    // One tab per view, labelled with its title (the visible part, before "###id"), in the registry's order.
    ImGuiTabBar* tabBar = GImGui->TabBars.GetByKey(main->GetID("views"));
    REQUIRE(tabBar != nullptr);
    std::vector<std::string> tabs;
    for (const ImGuiTabItem& tab : tabBar->Tabs) {
        const std::string name = tabBar->GetTabName(&tab);
        tabs.push_back(name.substr(0, name.find("###")));
    }
    CHECK(tabs == expectedTitles);
    CHECK(main->Size.x == doctest::Approx(1280.0f));  // the shell fills the display
}
