// Headless tests of the font atlas and the app shell.
#include <doctest/doctest.h>

#include <imgui_internal.h>

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
    REQUIRE(shell.views().size() >= 2);
    CHECK(std::string(shell.views().front()->title()) == "Home");

    ImDrawData* empty = nullptr;
    int emptyVertices = 0;
    {
        retain::Library none;
        retain::ui::UiContext emptyContext = context;
        emptyContext.library = &none;
        empty = imgui.frame([&] { shell.draw(emptyContext); });
        emptyVertices = empty->TotalVtxCount;
    }
    ImDrawData* drawn = imgui.frame([&] { shell.draw(context); });
    REQUIRE(drawn != nullptr);
    // The bank row (title, count) adds geometry beyond the empty library's message.
    CHECK(drawn->TotalVtxCount > emptyVertices);
    ImGuiWindow* main = ImGui::FindWindowByName("Retain###main");
    REQUIRE(main != nullptr);
    CHECK(main->Size.x == doctest::Approx(1280.0f));  // the shell fills the display
}
