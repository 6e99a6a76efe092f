// Helpers for view tests: keys mapped as the GLFW backend maps them, typed characters and key taps
// driven through ImGui's io, questions built in code, and a study backend over a temporary data folder.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include <imgui.h>

#include "../core/storage/storage_test_support.hpp"
#include "core/bank/question.hpp"
#include "core/clock.hpp"
#include "core/session/shown_order.hpp"
#include "core/storage/store.hpp"
#include "headless_imgui.hpp"
#include "core/session/study_backend.hpp"

namespace retain::ui::testing {

// GLFW key codes, as the GLFW backend puts them in io.KeysDown.
constexpr int kKeyEnter = 257, kKeyTab = 258, kKeyBackspace = 259, kKeyDown = 264, kKeyUp = 265, kKeyZ = 90,
              kKeyKeypadEnter = 335, kKeySpace = 32;

// Fills io.KeyMap the way imgui_impl_glfw does, for the keys the study screens read.
inline void mapKeysLikeGlfw() {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Enter] = kKeyEnter;
    io.KeyMap[ImGuiKey_KeyPadEnter] = kKeyKeypadEnter;
    io.KeyMap[ImGuiKey_Tab] = kKeyTab;
    io.KeyMap[ImGuiKey_Backspace] = kKeyBackspace;
    io.KeyMap[ImGuiKey_UpArrow] = kKeyUp;
    io.KeyMap[ImGuiKey_DownArrow] = kKeyDown;
    io.KeyMap[ImGuiKey_Space] = kKeySpace;
    io.KeyMap[ImGuiKey_Z] = kKeyZ;
}

// Drives frames of one draw function with input in between.
class Driver {
public:
    Driver(HeadlessImGui& imgui, std::function<void()> draw) : m_imgui(imgui), m_draw(std::move(draw)) { mapKeysLikeGlfw(); }
    // Runs count frames with no new input.
    void frames(int count = 1) {
        for (int i = 0; i < count; ++i) m_imgui.frame(m_draw);
    }
    // Types text (as the char callback would) and runs one frame.
    void type(const std::string& text) {
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
        frames(1);
    }
    // Holds key (with modifiers) down for one frame, then releases it for one frame.
    void tap(int key, bool ctrl = false, bool alt = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeyAlt = alt;
        io.KeysDown[key] = true;
        frames(1);
        io.KeysDown[key] = false;
        io.KeyCtrl = false;
        io.KeyAlt = false;
        frames(1);
    }

    // Holds key down for count frames (1/60 s each: long enough for ImGui's key repeat), then releases it
    // for one frame.
    void hold(int key, int count) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[key] = true;
        frames(count);
        io.KeysDown[key] = false;
        frames(1);
    }

private:
    HeadlessImGui& m_imgui;
    std::function<void()> m_draw;
};

// Calls draw inside a window that fills the display (as the app's main window does).
inline void inFullWindow(const std::function<void()>& draw) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
    draw();
    ImGui::End();
}

// Returns the first seed whose shown order of question is not the identity for list (so the mapping
// back to the question's own order is exercised), or 0 when none of the first thousand is.
inline std::uint64_t shuffledSeed(const Question& question, std::vector<int> ShownOrder::*list) {
    for (std::uint64_t seed = 1; seed < 1000; ++seed) {
        // Held by value: GCC 12 does not extend a temporary's lifetime through `.*`, so a reference
        // into makeShownOrder's result would dangle.
        const ShownOrder shown = makeShownOrder(question, seed);
        const std::vector<int>& order = shown.*list;
        if (!std::is_sorted(order.begin(), order.end())) return seed;
    }
    return 0;
}

// A question of the given id and prompt with answer spec.
inline Question makeQuestion(const std::string& id, const std::string& prompt, AnswerSpec answer,
                             std::vector<std::string> tags = {}) {
    Question question;
    question.id = id;
    question.prompt = prompt;
    question.explanation = "Because the article says so.";
    question.answer = std::move(answer);
    question.tags = std::move(tags);
    question.source.paragraph = 3;
    question.source.evidence = "evidence phrase";
    return question;
}

// A study backend over a fresh data folder and a fixed clock, on the profile "default".
struct BackendFixture {
    storage_test::TempDir dir;
    FixedClock clock{1'749'988'800'000};  // 2025-06-15 12:00 UTC
    std::unique_ptr<StudyBackend> backend;

    BackendFixture() {
        StoreOpenResult opened = Store::open(dir.path(), clock);
        if (!opened.store) throw std::runtime_error(opened.message);
        backend = std::make_unique<StudyBackend>(std::move(opened.store), clock, "default");
    }
};

}  // namespace retain::ui::testing
