// A headless Dear ImGui context for view tests: no window and no GPU. The display size is set, the
// font atlas is built (so glyph coverage is real) and frames run NewFrame → draw → Render.
#pragma once

#include <functional>

#include <imgui.h>

#include "ui/fonts.hpp"

namespace retain::ui::testing {

class HeadlessImGui {
public:
    // Creates the context with a display of width x height pixels and Retain's font at pixelSize.
    explicit HeadlessImGui(float width = 1280.0f, float height = 800.0f, float pixelSize = kBaseFontPixels) {
        m_context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        m_fontFound = buildFontAtlas(*io.Fonts, pixelSize);
        unsigned char* pixels = nullptr;
        int atlasWidth = 0, atlasHeight = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &atlasWidth, &atlasHeight);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    }
    ~HeadlessImGui() { ImGui::DestroyContext(m_context); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    // Runs one frame: draw() is called between NewFrame and Render. Returns the frame's draw data.
    ImDrawData* frame(const std::function<void()>& draw) {
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        return ImGui::GetDrawData();
    }
    // True when the TTF was found (false means ImGui's fallback font is in use).
    bool fontFound() const { return m_fontFound; }

private:
    ImGuiContext* m_context = nullptr;
    bool m_fontFound = false;
};

}  // namespace retain::ui::testing
