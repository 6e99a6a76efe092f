// The live host's projector pieces (see live_projector.hpp).
//
// [SECTION] Text and scale
// [SECTION] QR code
// [SECTION] Choice tiles
// [SECTION] Reveal bars
// [SECTION] Standings and podium
#include "ui/live_projector.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "ui/fonts.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

// The phones' tile colours (assets/web/style.css .tile.c0 … .c7), as RGB.
constexpr unsigned kTileColours[] = {0xc0172b, 0x1160c0, 0xa87b00, 0x1e7b1e, 0x7b2cbf, 0x0b7285, 0x9c4221, 0x495057};
constexpr int kTileColourCount = 8;

ImU32 tileColour(int index) {
    const unsigned rgb = kTileColours[index % kTileColourCount];
    return IM_COL32((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 255);
}

// Draws the phones' shape for option index (triangle, diamond, circle, square, then again) in a box of
// side pixels at topLeft, in white.
void drawShape(ImDrawList* draw, ImVec2 topLeft, float side, int index) {
    const ImU32 white = IM_COL32(255, 255, 255, 255);
    const ImVec2 centre(topLeft.x + side / 2, topLeft.y + side / 2);
    const float r = side / 2;
    switch (index % 4) {
    case 0: draw->AddTriangleFilled(ImVec2(centre.x, topLeft.y), ImVec2(topLeft.x + side, topLeft.y + side), ImVec2(topLeft.x, topLeft.y + side), white); break;
    case 1: draw->AddQuadFilled(ImVec2(centre.x, topLeft.y), ImVec2(topLeft.x + side, centre.y), ImVec2(centre.x, topLeft.y + side), ImVec2(topLeft.x, centre.y), white); break;
    case 2: draw->AddCircleFilled(centre, r, white, 24); break;
    default: draw->AddRectFilled(ImVec2(topLeft.x + r * 0.15f, topLeft.y + r * 0.15f), ImVec2(topLeft.x + side - r * 0.15f, topLeft.y + side - r * 0.15f), white); break;
    }
}

std::string optionLetter(int index) { return std::string(1, static_cast<char>('A' + index % 26)); }

}  // namespace

// [SECTION] Text and scale

ProjectorText::ProjectorText(float scale) {
    ImFont* big = scale > 1.2f ? projectorFont() : nullptr;
    if (big) {
        // The UI font's size now, before the projector font replaces it.
        const float uiFont = ImGui::GetFontSize();
        ImGui::PushFont(big);
        m_pushed = true;
        ImGui::SetWindowFontScale(uiFont * scale / ImGui::GetFontSize());
    } else {
        ImGui::SetWindowFontScale(scale);
    }
}

ProjectorText::~ProjectorText() {
    ImGui::SetWindowFontScale(1.0f);
    if (m_pushed) ImGui::PopFont();
}

float projectorScale() {
    const float width = ImGui::GetContentRegionAvail().x;
    const float fontSize = ImGui::GetFontSize();
    // A line of projector text holds about 28 em across the window.
    return std::clamp(width / (fontSize * 28.0f), 1.0f, 2.5f);
}

void bigText(const std::string& text, float scale) {
    ProjectorText big(scale);
    wrappedText(text);
}

// [SECTION] QR code

void drawQrCode(const QrMatrix& qr, float sidePixels) {
    if (qr.symbolSize == 0) return;
    const int side = qr.side();
    const float module = std::max(1.0f, std::floor(sidePixels / static_cast<float>(side)));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 origin2(std::floor(origin.x), std::floor(origin.y));
    const float total = module * static_cast<float>(side);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Light background with the quiet zone, whatever the theme: scanners want dark on light.
    draw->AddRectFilled(origin2, ImVec2(origin2.x + total, origin2.y + total), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            if (qr.dark(x, y)) {
                const ImVec2 a(origin2.x + module * static_cast<float>(x), origin2.y + module * static_cast<float>(y));
                draw->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32(0, 0, 0, 255));
            }
    ImGui::Dummy(ImVec2(total, total));
}

// [SECTION] Choice tiles

void drawChoiceTiles(const std::vector<std::string>& options, float scale) {
    if (options.empty()) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = style.ItemSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - gap) / 2.0f;
    ProjectorText big(scale);
    const float fontSize = ImGui::GetFontSize();
    const float pad = fontSize * 0.4f;
    const float shape = fontSize;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < options.size(); i += 2) {
        // Both tiles of a row are as tall as the taller text.
        float textHeight = 0.0f;
        const std::size_t end = std::min(options.size(), i + 2);
        const float textWidth = width - 2 * pad - shape - fontSize * 1.6f;
        for (std::size_t j = i; j < end; ++j)
            textHeight = std::max(textHeight, ImGui::CalcTextSize(options[j].c_str(), nullptr, false, textWidth).y);
        const float height = std::max(textHeight, shape) + 2 * pad;
        const ImVec2 rowStart = ImGui::GetCursorScreenPos();
        for (std::size_t j = i; j < end; ++j) {
            const int index = static_cast<int>(j);
            const ImVec2 a(rowStart.x + static_cast<float>(j - i) * (width + gap), rowStart.y);
            draw->AddRectFilled(a, ImVec2(a.x + width, a.y + height), tileColour(index), style.FrameRounding * 2);
            drawShape(draw, ImVec2(a.x + pad, a.y + pad), shape, index);
            const std::string letter = optionLetter(index);
            draw->AddText(ImVec2(a.x + pad + shape + fontSize * 0.4f, a.y + pad), IM_COL32(255, 255, 255, 255), letter.c_str());
            draw->AddText(ImGui::GetFont(), fontSize, ImVec2(a.x + pad + shape + fontSize * 1.6f, a.y + pad), IM_COL32(255, 255, 255, 255),
                          options[j].c_str(), nullptr, textWidth);
        }
        ImGui::Dummy(ImVec2(2 * width + gap, height));
    }
}

// [SECTION] Reveal bars

void drawRevealBars(const LiveReveal& reveal, float scale) {
    ProjectorText big(scale);
    const float fontSize = ImGui::GetFontSize();
    const float full = ImGui::GetContentRegionAvail().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    struct Bar {
        std::string label;
        int count;
        bool right;
        ImU32 colour;
    };
    std::vector<Bar> bars;
    for (std::size_t i = 0; i < reveal.choices.size(); ++i) {
        const auto& choice = reveal.choices[i];
        const int index = static_cast<int>(i);
        bars.push_back({optionLetter(index) + "  " + choice.text, choice.count, choice.right, tileColour(index)});
    }
    for (const auto& typed : reveal.typed)
        bars.push_back({typed.text.empty() ? "(blank)" : typed.text, typed.count, typed.correct,
                        typed.correct ? ImGui::GetColorU32(rightColour()) : IM_COL32(120, 128, 140, 255)});
    int most = 1;
    float widest = 0.0f;
    for (const Bar& bar : bars) {
        most = std::max(most, bar.count);
        widest = std::max(widest, ImGui::CalcTextSize(("\u2713 " + bar.label).c_str()).x);
    }
    // Labels beside their bars when they fit in 45 % of the width; else each label on its own line above.
    const float labelWidth = full * 0.45f;
    const bool stacked = widest > labelWidth - fontSize * 0.5f;
    const float barStartX = stacked ? fontSize * 1.2f : labelWidth;
    const float barRoom = full - barStartX - fontSize * 3.0f;
    for (const Bar& bar : bars) {
        const std::string shown = (bar.right ? "\u2713 " : "    ") + bar.label;
        const ImVec4 textColour = bar.right ? rightColour() : ImGui::GetStyleColorVec4(ImGuiCol_Text);
        if (stacked) wrappedTextColored(textColour, shown);
        const ImVec2 start = ImGui::GetCursorScreenPos();
        if (!stacked) draw->AddText(start, ImGui::GetColorU32(textColour), shown.c_str());
        const float length = std::max(fontSize * 0.2f, barRoom * static_cast<float>(bar.count) / static_cast<float>(most));
        const ImVec2 barStart(start.x + barStartX, start.y + fontSize * 0.1f);
        draw->AddRectFilled(barStart, ImVec2(barStart.x + length, barStart.y + fontSize * 0.9f), bar.colour, 3.0f);
        if (bar.right)
            draw->AddRect(ImVec2(barStart.x - 2, barStart.y - 2), ImVec2(barStart.x + length + 2, barStart.y + fontSize * 0.9f + 2),
                          ImGui::GetColorU32(rightColour()), 3.0f, 0, 2.0f);
        const std::string number = std::to_string(bar.count);
        draw->AddText(ImVec2(barStart.x + length + fontSize * 0.4f, start.y), ImGui::GetColorU32(ImGuiCol_Text), number.c_str());
        ImGui::Dummy(ImVec2(full, fontSize * (stacked ? 1.5f : 1.25f)));
    }
    if (reveal.otherAnswers > 0) noteText("and " + std::to_string(reveal.otherAnswers) + " other answers");
}

// [SECTION] Standings and podium

void drawStandings(const char* id, const std::vector<LiveStanding>& standings, const std::vector<std::string>& teams, float scale) {
    if (standings.empty()) return;
    ProjectorText big(scale);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable(id, 4, flags)) {
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.6f);
        ImGui::TableSetupColumn("Player", ImGuiTableColumnFlags_WidthStretch, 4.0f);
        ImGui::TableSetupColumn("Points", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("Streak", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableHeadersRow();
        for (const LiveStanding& line : standings) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", line.rank);
            ImGui::TableNextColumn();
            std::string name = line.name;
            if (line.team >= 0 && line.team < static_cast<int>(teams.size())) name += "  (" + teams[static_cast<std::size_t>(line.team)] + ")";
            ImGui::TextUnformatted(ellipsized(name, ImGui::GetContentRegionAvail().x).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", line.points);
            ImGui::TableNextColumn();
            if (line.streak >= 2) ImGui::Text("%d in a row", line.streak);
            else ImGui::TextDisabled("\u2013");
        }
        ImGui::EndTable();
    }
}

void drawTeamBoard(const std::vector<LiveTeamStanding>& teams, float scale) {
    if (teams.empty()) return;
    sectionTitle("Teams (average points of their players)");
    ProjectorText big(scale);
    if (ImGui::BeginTable("teams", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.6f);
        ImGui::TableSetupColumn("Team", ImGuiTableColumnFlags_WidthStretch, 4.0f);
        ImGui::TableSetupColumn("Players", ImGuiTableColumnFlags_WidthStretch, 1.8f);
        ImGui::TableSetupColumn("Points", ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableHeadersRow();
        for (const LiveTeamStanding& team : teams) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", team.rank);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(team.name.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", team.members);
            ImGui::TableNextColumn();
            ImGui::Text("%.0f", team.points);
        }
        ImGui::EndTable();
    }
}

void drawPodiumSteps(const std::vector<LiveStanding>& board, float scale) {
    if (board.empty()) return;
    ProjectorText big(scale);
    const float fontSize = ImGui::GetFontSize();
    const float full = ImGui::GetContentRegionAvail().x;
    const float stepWidth = std::min(full / 3.0f - fontSize * 0.5f, fontSize * 12.0f);
    const float left = (full - 3 * stepWidth) / 2.0f;
    const float tallest = fontSize * 5.0f;
    const float labels = fontSize * 2.6f;  // name and points above each step
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Places 2, 1, 3 from left to right; heights 70 %, 100 %, 50 % of the tallest.
    const int place[3] = {1, 0, 2};
    const float height[3] = {0.7f, 1.0f, 0.5f};
    const ImU32 colour[3] = {IM_COL32(160, 166, 176, 255), IM_COL32(212, 175, 55, 255), IM_COL32(176, 112, 64, 255)};
    for (int column = 0; column < 3; ++column) {
        const int rank = place[column];
        if (rank >= static_cast<int>(board.size())) continue;
        const LiveStanding& line = board[static_cast<std::size_t>(rank)];
        const float x = origin.x + left + static_cast<float>(column) * stepWidth;
        const float top = origin.y + labels + tallest * (1.0f - height[column]);
        const float bottom = origin.y + labels + tallest;
        draw->AddRectFilled(ImVec2(x + 4, top), ImVec2(x + stepWidth - 4, bottom), colour[column], 4.0f);
        const std::string number = std::to_string(rank + 1);
        const ImVec2 numberSize = ImGui::CalcTextSize(number.c_str());
        draw->AddText(ImVec2(x + (stepWidth - numberSize.x) / 2, top + fontSize * 0.3f), IM_COL32(20, 20, 20, 255), number.c_str());
        const std::string name = ellipsized(line.name, stepWidth - 8);
        const std::string points = std::to_string(line.points) + " points";
        const ImVec2 nameSize = ImGui::CalcTextSize(name.c_str());
        const ImVec2 pointsSize = ImGui::CalcTextSize(points.c_str());
        draw->AddText(ImVec2(x + (stepWidth - nameSize.x) / 2, top - fontSize * 2.4f), ImGui::GetColorU32(ImGuiCol_Text), name.c_str());
        draw->AddText(ImVec2(x + (stepWidth - pointsSize.x) / 2, top - fontSize * 1.25f), ImGui::GetColorU32(ImGuiCol_TextDisabled), points.c_str());
    }
    ImGui::Dummy(ImVec2(full, labels + tallest + fontSize * 0.5f));
}

}  // namespace retain::ui
