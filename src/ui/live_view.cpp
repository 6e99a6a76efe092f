// Live: setup, lobby, question, reveal and podium of the window's live classroom host.
//
// [SECTION] Setup
// [SECTION] Lobby
// [SECTION] Players and kick
// [SECTION] Question
// [SECTION] Reveal and podium
#include "ui/live_view.hpp"

#include <algorithm>
#include <optional>
#include <cstdio>
#include <sstream>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/session/study_backend.hpp"
#include "ui/layout.hpp"
#include "ui/live_projector.hpp"
#include "ui/paper_progress_view.hpp"
#include "ui/pictures.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

// Returns the comma-separated items of text, trimmed, blanks left out.
std::vector<std::string> commaList(const std::string& text) {
    std::vector<std::string> items;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto first = item.find_first_not_of(" \t");
        if (first == std::string::npos) continue;
        items.push_back(item.substr(first, item.find_last_not_of(" \t") - first + 1));
    }
    return items;
}

// Returns "123 456": the PIN in two halves, easier to read from the back of the room.
std::string spacedPin(const std::string& pin) {
    return pin.size() == 6 ? pin.substr(0, 3) + " " + pin.substr(3) : pin;
}

// Draws a button that is disabled (and does nothing) when enabled is false; returns true when clicked.
bool actionButton(const char* label, bool enabled = true) {
    ImGui::BeginDisabled(!enabled);
    const bool clicked = ImGui::Button(label);
    ImGui::EndDisabled();
    return clicked && enabled;
}

// Returns the width of a button labelled label, pixels.
float buttonWidth(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

// Returns how many rows buttons labelled labels take across the content width when each goes beside the
// one before if it fits (as sameLineIfFits places them).
int buttonRows(const std::vector<std::string>& labels) {
    const float available = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    int rows = 1;
    float used = 0.0f;
    for (const std::string& label : labels) {
        const float width = buttonWidth(label);
        if (used > 0.0f && used + gap + width > available) {
            ++rows;
            used = width;
        } else {
            used += (used > 0.0f ? gap : 0.0f) + width;
        }
    }
    return rows;
}

// Opens a child that takes the content region but rows of buttons at its bottom: the question or reveal
// scrolls inside it, and its action buttons stay on screen whatever the font scale (at 200 % on 800x600 a
// long explanation pushed "Next question" below the window). Close with endAboveFooter.
void beginAboveFooter(const char* id, int rows) {
    const float footer = static_cast<float>(rows) * ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild(id, ImVec2(0.0f, -footer), false);
}

// Returns the label of the Players button: "Players (N)", N on the board.
std::string playersLabel(const LiveGame& game) {
    return "Players (" + std::to_string(game.leaderboard().size()) + ")";
}

void endAboveFooter() {
    ImGui::EndChild();
    ImGui::Spacing();
}

}  // namespace

void LiveView::drawContent(UiContext& context) {
    LiveControls* live = context.live;
    if (!live) {
        noteText("The live classroom is not available in this window.");
        return;
    }
    const LiveGame* game = live->game();
    if (!game) return drawSetup(context);
    if (const SelfPacedGame* paper = live->paper(); paper && paper->phase() != SelfPacedPhase::Lobby)
        return drawPaperProgress(context, *live, *paper);
    switch (game->phase()) {
    case LivePhase::Lobby: drawLobby(*live, *game); break;
    case LivePhase::Question: drawQuestion(context, *live, *game); break;
    case LivePhase::Reveal: drawReveal(*live, *game); break;
    case LivePhase::Podium: drawPodium(*live, *game); break;
    }
}

// [SECTION] Setup

void LiveView::drawSetup(UiContext& context) {
    wrappedText("Live classroom: every student answers from their own phone or laptop on this network. "
                "They open the address shown in the lobby (or scan its QR code) and type a name.");
    ImGui::Spacing();
    const float field = ImGui::GetFontSize() * 14.0f;
    bankCombo(context.library ? &context.library->banks : nullptr, m_bankIndex, field);
    ImGui::SetNextItemWidth(field);
    ImGui::InputTextWithHint("Tags", "all questions (or: tag, tag)", &m_tags);
    ImGui::SetNextItemWidth(field);
    ImGui::InputInt("Questions", &m_count);
    m_count = std::clamp(m_count, 1, 100);
    // The mode sits on the Questions row and a paper's time limit in the timer's row: a live game's setup
    // keeps its rows where they were.
    drawPaperModeChoice(m_selfPaced, m_timeLimitMinutes, field);
    if (!m_selfPaced) {
        ImGui::SetNextItemWidth(field);
        ImGui::InputInt("Seconds per question", &m_seconds, 5);
        m_seconds = std::clamp(m_seconds, kLiveQuestionMinSeconds, kLiveQuestionMaxSeconds);
        ImGui::Checkbox("Team mode (team score = average of its players)", &m_teamMode);
    }
    if (m_teamMode && !m_selfPaced) {
        ImGui::SetNextItemWidth(field);
        ImGui::InputTextWithHint("Teams", "Red, Blue", &m_teams);
    }
    drawClassChoice(context, field);
    ImGui::SetNextItemWidth(field);
    ImGui::InputInt("Most players", &m_cap, 10);
    m_cap = std::clamp(m_cap, 1, 1000);
    ImGui::SetNextItemWidth(field);
    ImGui::InputInt("Port", &m_port, 0);
    noteLayout("live-port");
    m_port = std::clamp(m_port, 0, 65535);
    noteText("Port 0 picks any free one. The firewall must let it in; a school's guest Wi-Fi often keeps phones "
             "from reaching this machine (use the wired network or a phone hotspot).");
    ImGui::Checkbox("This machine only (a try-out: 127.0.0.1)", &m_thisMachineOnly);
    noteLayout("live-local");
    ImGui::Spacing();
    if (ImGui::Button("Open the lobby")) open(context);
    noteLayout("live-open");
    if (!m_error.empty()) wrappedTextColored(wrongColour(), m_error);
    if (!context.live->resultStatus().empty()) noteText("Last game: " + context.live->resultStatus());
}

void LiveView::drawClassChoice(UiContext& context, float width) {
    const bool hasStudy = context.study != nullptr;
    if (!hasStudy) m_className.clear();
    ImGui::SetNextItemWidth(width);
    ImGui::BeginDisabled(!hasStudy);
    const std::string shown = m_className.empty() ? "None (nicknames)" : m_className;
    const bool opened = ImGui::BeginCombo("Class list", shown.c_str());
    noteLayout("live-class");
    if (opened) {
        // Read when the list opens, so a class imported a moment ago (below, or in the Class report) is there.
        if (!m_classesLoaded || ImGui::IsWindowAppearing()) {
            m_classesLoaded = true;
            try {
                m_classes = classLists(*context.study);
            } catch (const std::exception& failure) {
                m_error = failure.what();
                m_classes.clear();
            }
        }
        if (ImGui::Selectable("None: students type a nickname", m_className.empty())) m_className.clear();
        for (std::size_t i = 0; i < m_classes.size(); ++i) {
            const ClassListSummary& summary = m_classes[i];
            const std::string label = summary.name + " (" + std::to_string(summary.students) + " students)##class" + std::to_string(i);
            if (ImGui::Selectable(label.c_str(), summary.name == m_className)) m_className = summary.name;
            noteLayout(("live-class-" + std::to_string(i)).c_str());
        }
        ImGui::EndCombo();
    }
    ImGui::EndDisabled();
    if (!m_className.empty()) noteText("Students pick their name from " + m_className + "'s list; other names cannot join.");
    // Importing a list from here: the same panel as the Class report's.
    m_classPanel.draw(context, context.live ? context.live->nowMs() : 0);
}

bool LiveView::open(UiContext& context) {
    m_error.clear();
    LiveStartRequest request;
    if (context.library && m_bankIndex > 0 && m_bankIndex <= static_cast<int>(context.library->banks.size()))
        request.bankIds.push_back(context.library->banks[static_cast<std::size_t>(m_bankIndex - 1)].id);
    request.tags = commaList(m_tags);
    request.count = m_count;
    request.questionSeconds = m_seconds;
    if (m_teamMode && !m_selfPaced) request.teams = commaList(m_teams);
    request.selfPaced = m_selfPaced;
    request.timeLimitSeconds = m_timeLimitMinutes * 60;
    if (m_teamMode && !m_selfPaced && request.teams.size() < 2) {
        m_error = "Team mode needs at least two team names, separated by commas.";
        return false;
    }
    if (!m_className.empty() && context.study) {
        try {
            request.classList = classListNames(*context.study, m_className);
        } catch (const std::exception& failure) {
            m_error = failure.what();
            return false;
        }
        if (request.classList.empty()) {
            m_error = "Class " + m_className + " has no names any more: import it again or pick another.";
            return false;
        }
        request.className = m_className;
    }
    request.playerCap = m_cap;
    request.port = m_port;
    request.thisMachineOnly = m_thisMachineOnly;
    if (!context.live || !context.live->open(request, m_error)) return false;
    context.screenChanged = true;
    return true;
}

// [SECTION] Lobby

void LiveView::drawLobby(LiveControls& live, const LiveGame& game) {
    const float scale = projectorScale();
    const float full = ImGui::GetContentRegionAvail().x;
    const float fontSize = ImGui::GetFontSize();
    // The QR code beside the text on a wide screen, under it on a narrow one.
    const float qrSide = std::min(full * 0.4f, std::max(ImGui::GetContentRegionAvail().y * 0.6f, fontSize * 10.0f));
    const bool beside = full > qrSide + fontSize * 22.0f;
    ImGui::BeginGroup();
    if (beside) ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + full - qrSide - fontSize);
    bigText("Join on your phone:", scale);
    bigText(live.joinUrl(), scale);
    ImGui::Spacing();
    bigText("Game PIN", scale);
    bigText(spacedPin(game.pin()), scale * 2.0f);
    if (beside) ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    if (beside) ImGui::SameLine(full - qrSide);
    drawQrCode(live.joinQr(), qrSide);

    const int players = static_cast<int>(std::count_if(game.players().begin(), game.players().end(), [](const LivePlayer& p) { return !p.kicked; }));
    ImGui::Spacing();
    const std::string start = std::string(live.paper() ? "Hand out the papers (" : "Start the game (") + std::to_string(players) +
                              (players == 1 ? " player)" : " players)");
    // Enter starts, as on the buttons' labels: the teacher's hands may be on a presenter's keyboard.
    if (actionButton((start + "  [Enter]").c_str(), players > 0) || (players > 0 && enterPressed())) live.act(LiveHostAction::Start);
    noteLayout("live-start");
    ImGui::SameLine();
    if (actionButton(game.locked() ? "Unlock the lobby" : "Lock the lobby")) live.act(game.locked() ? LiveHostAction::Unlock : LiveHostAction::Lock);
    ImGui::SameLine();
    if (actionButton("Cancel the game")) live.close();
    if (game.locked()) noteText("The lobby is locked: nobody new can join (a player whose phone dropped can still come back).");

    sectionTitle(std::to_string(players) + (players == 1 ? " player" : " players") + " (click a name to kick)");
    std::optional<ProjectorText> names(std::in_place, scale);
    for (const LivePlayer& player : game.players()) {
        if (player.kicked) continue;
        std::string label = player.name;
        if (player.team >= 0) label += " \u00B7 " + game.settings().teams[static_cast<std::size_t>(player.team)];
        if (!player.connected) label += " (away)";
        label += "##player" + std::to_string(player.id);
        sameLineIfFits(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::Button(label.c_str())) {
            m_kickCandidate = player.id;
            ImGui::OpenPopup("kick");
        }
    }
    names.reset();
    drawKickPopup(live, game);
}

// [SECTION] Players and kick

void LiveView::drawKickPopup(LiveControls& live, const LiveGame& game) {
    if (!ImGui::BeginPopup("kick")) return;
    const auto& list = game.players();
    if (m_kickCandidate >= 0 && m_kickCandidate < static_cast<int>(list.size())) {
        ImGui::Text("Kick %s out of the game?", list[static_cast<std::size_t>(m_kickCandidate)].name.c_str());
        if (game.phase() != LivePhase::Lobby) noteText("Their phone is told; their points and answers no longer count.");
        if (ImGui::Button("Kick")) {
            live.act(LiveHostAction::Kick, m_kickCandidate);
            ImGui::CloseCurrentPopup();
        }
        noteLayout("live-kick-confirm");
        ImGui::SameLine();
    }
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void LiveView::drawPlayersButton(LiveControls& live, const LiveGame& game) {
    if (actionButton(playersLabel(game).c_str())) ImGui::OpenPopup("players");
    noteLayout("live-players");
    if (!ImGui::BeginPopup("players")) return;
    const bool open = game.phase() == LivePhase::Question;
    bool askKick = false;
    for (const LivePlayer& player : game.players()) {
        if (player.kicked) continue;
        ImGui::PushID(player.id);
        if (ImGui::SmallButton("Kick")) {
            m_kickCandidate = player.id;
            askKick = true;
        }
        noteLayout(("live-kick-" + std::to_string(player.id)).c_str());
        ImGui::SameLine();
        std::string state = std::to_string(player.points) + " pts";
        if (open) state += game.answerOf(player.id, game.questionIndex()) ? ", answered" : ", not yet";
        if (!player.connected) state += ", away";
        // TextUnformatted: a name is shown whole, never read as a format or an ImGui id.
        ImGui::TextUnformatted(player.name.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", state.c_str());
        ImGui::PopID();
    }
    // The confirmation opens inside this popup (ImGui's popup stack), after the loop: a kick pumps the
    // game, and a join in that pump may grow the players vector the loop walks.
    if (askKick) ImGui::OpenPopup("kick");
    drawKickPopup(live, game);
    ImGui::EndPopup();
}

// [SECTION] Question

void LiveView::drawQuestion(UiContext& context, LiveControls& live, const LiveGame& game) {
    const float scale = compactLayout() ? 1.0f : projectorScale();  // a big font for the window: room first
    const UnixMs now = live.nowMs();
    const int index = game.questionIndex();
    const ClassroomQuestion& item = game.questions()[static_cast<std::size_t>(index)];
    const std::int64_t left = game.remainingMs(now).value_or(0);
    const int players = static_cast<int>(game.leaderboard().size());
    // The countdown shows whole seconds, rounded up: redraw when the next one begins (the app wakes for the
    // deadline itself).
    if (!game.paused()) context.redrawWithinSeconds = static_cast<double>(left % 1000 + 1) / 1000.0;

    char header[160];
    std::snprintf(header, sizeof header, "Question %d of %d   \u00B7   %lld s%s   \u00B7   %d of %d answered", index + 1,
                  static_cast<int>(game.questions().size()), static_cast<long long>((left + 999) / 1000),
                  game.paused() ? " (paused)" : "", game.answeredCount(), players);
    const std::vector<std::string> buttons{game.paused() ? "Resume" : "Pause", "+10 s", "Close the question", "End the game", playersLabel(game)};
    beginAboveFooter("question", buttonRows(buttons));
    bigText(header, scale * 0.8f);
    const float share = game.limitMs() > 0 ? static_cast<float>(left) / static_cast<float>(game.limitMs()) : 0.0f;
    ImGui::ProgressBar(share, ImVec2(-1.0f, ImGui::GetFontSize() * 0.5f), "");
    ImGui::Spacing();
    bigText(item.question->prompt, scale * 1.2f);
    // The projected question shows its picture as the phones do (option pictures stay on the phones).
    drawQuestionImage(item.question->image, context.pictures, ImGui::GetContentRegionAvail().x, kPictureHeightInLines * ImGui::GetFontSize());
    ImGui::Spacing();
    const std::vector<std::string> options = game.shownOptions(index);
    if (options.empty()) noteText("Students type their answer on their phones.");
    drawChoiceTiles(options, scale);
    endAboveFooter();

    if (actionButton(buttons[0].c_str())) live.act(game.paused() ? LiveHostAction::Resume : LiveHostAction::Pause);
    sameLineIfFits(buttonWidth(buttons[1]));
    if (actionButton(buttons[1].c_str())) live.act(LiveHostAction::AddTenSeconds);
    sameLineIfFits(buttonWidth(buttons[2]));
    if (actionButton(buttons[2].c_str())) live.act(LiveHostAction::Skip);
    sameLineIfFits(buttonWidth(buttons[3]));
    if (actionButton(buttons[3].c_str())) live.act(LiveHostAction::End);
    sameLineIfFits(buttonWidth(buttons[4]));
    drawPlayersButton(live, game);
}

// [SECTION] Reveal and podium

void LiveView::drawReveal(LiveControls& live, const LiveGame& game) {
    // In a compact layout (a big font for the window) projector type would leave room for nothing else.
    const float scale = compactLayout() ? 1.0f : projectorScale();
    const int index = game.questionIndex();
    const LiveReveal reveal = game.reveal(index);
    const bool last = index + 1 >= static_cast<int>(game.questions().size());
    const std::vector<std::string> buttons{last ? "Show the podium  [Enter]" : "Next question  [Enter]", "End the game", playersLabel(game)};
    beginAboveFooter("reveal-body", buttonRows(buttons));
    char header[120];
    std::snprintf(header, sizeof header, "Question %d of %d   \u00B7   %d of %d answered, %d right", index + 1,
                  static_cast<int>(game.questions().size()), reveal.answered, reveal.players, reveal.correct);
    bigText(header, scale * 0.8f);
    // The question and its answers on the left, the standings on the right, when the window is wide.
    const bool twoColumns = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 50.0f;
    const bool table = twoColumns && ImGui::BeginTable("reveal", 2, ImGuiTableFlags_SizingStretchProp);
    if (table) {
        ImGui::TableSetupColumn("answers", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("standings", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableNextColumn();
    }
    const float columnScale = table ? scale * 0.8f : scale;
    bigText(game.questions()[static_cast<std::size_t>(index)].question->prompt, columnScale);
    {
        ProjectorText big(columnScale);
        wrappedTextColored(rightColour(), "\u2713 " + reveal.rightAnswer);
    }
    ImGui::Spacing();
    drawRevealBars(reveal, columnScale * 0.8f);
    if (!reveal.explanation.empty()) wrappedText(reveal.explanation);
    if (!reveal.citation.empty()) noteText(reveal.citation);
    if (table) ImGui::TableNextColumn();
    sectionTitle("Top " + std::to_string(kLiveTopCount));
    drawStandings("top", reveal.top, game.settings().teams, columnScale * 0.8f);
    drawTeamBoard(game.teamBoard(), columnScale * 0.8f);
    if (table) ImGui::EndTable();
    endAboveFooter();

    if (actionButton(buttons[0].c_str()) || enterPressed()) live.act(LiveHostAction::Next);
    noteLayout("live-next");
    sameLineIfFits(buttonWidth(buttons[1]));
    if (actionButton(buttons[1].c_str())) live.act(LiveHostAction::End);
    sameLineIfFits(buttonWidth(buttons[2]));
    drawPlayersButton(live, game);
}

void LiveView::drawPodium(LiveControls& live, const LiveGame& game) {
    const float scale = projectorScale();
    const std::vector<LiveStanding> board = game.leaderboard();
    bigText(board.empty() ? "Game over" : "Game over: well played!", scale * 1.2f);
    ImGui::Spacing();
    drawPodiumSteps(board, scale);
    drawTeamBoard(game.teamBoard(), scale * 0.8f);
    if (!live.resultStatus().empty()) noteText(live.resultStatus());
    if (actionButton("New game")) live.close();
    sectionTitle("Everyone");
    drawStandings("everyone", board, game.settings().teams, 1.0f);
}

}  // namespace retain::ui
