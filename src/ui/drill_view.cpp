// Drill: setup, the question with its countdown, the standings after each answer, the podium.
//
// [SECTION] Setup
// [SECTION] The question and its timer
// [SECTION] Standings and podium
#include "ui/drill_view.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/classroom/answer_text.hpp"
#include "core/grading/grader.hpp"
#include "core/session/study_backend.hpp"
#include "ui/pictures.hpp"
#include "ui/layout.hpp"
#include "ui/progress_bar.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

constexpr float kBigScale = 2.0f;      // font scale of the question and the boards on the projector
constexpr int kExtendSeconds = 10;     // what "+10 s" adds to the current player's limit, seconds

// Returns the non-blank lines of text, trimmed.
std::vector<std::string> nonBlankLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos) continue;
        const auto last = line.find_last_not_of(" \t\r");
        lines.push_back(line.substr(first, last - first + 1));
    }
    return lines;
}

// Returns the comma-separated tags of text, trimmed, blanks left out.
std::vector<std::string> tagList(const std::string& text) {
    std::string lines = text;
    std::replace(lines.begin(), lines.end(), ',', '\n');
    return nonBlankLines(lines);
}

}  // namespace

const Clock& DrillView::clock(const UiContext& context) const {
    return context.study ? context.study->clock() : m_systemClock;
}

void DrillView::drawContent(UiContext& context) {
    switch (m_stage) {
    case Stage::Setup: drawSetup(context); break;
    case Stage::Question: drawQuestion(context); break;
    case Stage::Standings: drawStandings(context); break;
    case Stage::Podium: drawPodium(); break;
    }
}

// [SECTION] Setup

void DrillView::drawSetup(UiContext& context) {
    wrappedText("Drill for the projector: players answer in turn on this machine.");
    ImGui::Spacing();
    // Fields never wider than the window leaves beside their labels.
    const auto fieldWidth = [](float fontSizes, const char* label) {
        return std::min(ImGui::GetFontSize() * fontSizes,
                        ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(label).x - ImGui::GetStyle().ItemInnerSpacing.x);
    };
    bankCombo(context.library ? &context.library->banks : nullptr, m_bankIndex, fieldWidth(20.0f, "Bank"));
    ImGui::SetNextItemWidth(fieldWidth(20.0f, "Tags"));
    ImGui::InputTextWithHint("Tags", "all questions (or: tag, tag)", &m_tags);
    ImGui::SetNextItemWidth(fieldWidth(10.0f, "Questions"));
    ImGui::SliderInt("Questions", &m_count, 1, 50);
    ImGui::Checkbox("Timer", &m_timerOn);
    if (m_timerOn) {
        const float sliderWidth = ImGui::GetFontSize() * 10.0f;
        sameLineIfFits(sliderWidth + ImGui::CalcTextSize("seconds per question").x);
        ImGui::SetNextItemWidth(std::min(sliderWidth, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("seconds per question").x));
        ImGui::SliderInt("seconds per question", &m_timerSeconds, kDrillTimerMinSeconds, kDrillTimerMaxSeconds);
    }
    // Short labels that wrap onto new lines rather than run off a narrow window; the chosen mode explained.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Mode:");
    sameLineIfFits(radioButtonWidth("Rounds"));
    if (ImGui::RadioButton("Rounds", m_mode == DrillMode::Rounds)) m_mode = DrillMode::Rounds;
    sameLineIfFits(radioButtonWidth("Turns"));
    if (ImGui::RadioButton("Turns", m_mode == DrillMode::Turns)) m_mode = DrillMode::Turns;
    noteText(m_mode == DrillMode::Rounds ? "Rounds: everyone answers each question." : "Turns: one question each, in turn.");
    ImGui::TextUnformatted("Players, one per line:");
    ImGui::InputTextMultiline("##players", &m_players,
                              ImVec2(std::min(ImGui::GetFontSize() * 20.0f, ImGui::GetContentRegionAvail().x), ImGui::GetTextLineHeight() * 6.0f));
    ImGui::Spacing();
    if (ImGui::Button("Start drill")) start(context);
    noteLayout("drill-start");
    if (!m_error.empty()) wrappedTextColored(wrongColour(), m_error);
}

bool DrillView::start(UiContext& context) {
    m_error.clear();
    std::vector<DrillPlayer> players;
    for (const std::string& name : nonBlankLines(m_players)) players.push_back(DrillPlayer{name, {}});
    if (std::string problem = DrillGame::checkPlayers(players); !problem.empty()) {
        m_error = problem;
        return false;
    }
    QuestionPick pick;
    if (context.library) {
        for (std::size_t i = 0; i < context.library->banks.size(); ++i) {
            if (m_bankIndex == 0 || m_bankIndex == static_cast<int>(i) + 1) pick.banks.push_back(&context.library->banks[i]);
        }
    }
    pick.tags = tagList(m_tags);
    pick.count = m_count;
    // A new drill each time: the seed is the start time (Unix ms).
    pick.seed = static_cast<std::uint64_t>(clock(context).nowMs());
    std::vector<ClassroomQuestion> questions = pickQuestions(pick);
    if (questions.empty()) {
        m_error = "No question matches this bank and these tags.";
        return false;
    }
    DrillSettings settings;
    settings.mode = m_mode;
    settings.timerSeconds = m_timerOn ? m_timerSeconds : 0;
    m_game = std::make_unique<DrillGame>(std::move(players), std::move(questions), settings);
    m_verdicts.clear();
    presentTurn(context);
    m_input.carryTyped(takeTypedCharacters());  // typing may begin in the frame Start was clicked
    return true;
}

// [SECTION] The question and its timer

// Shows the current turn's question and starts its clock, or the podium when the game is over.
void DrillView::presentTurn(UiContext& context) {
    m_error.clear();
    m_keysEnabled = false;
    const auto turn = m_game->current();
    if (!turn) {
        m_stage = Stage::Podium;
        return;
    }
    const ClassroomQuestion& item = m_game->questions()[static_cast<std::size_t>(turn->questionIndex)];
    m_input.reset(*item.question, makeShownOrder(*item.question, mixSeed(0, item.key.text() + "#" + std::to_string(m_game->turnsDone()))));
    m_game->startTurn(clock(context).nowMs());
    m_stage = Stage::Question;
}

void DrillView::drawTimer(UiContext& context) {
    const auto turn = m_game->current();
    const std::int64_t limit = m_game->limitMs(turn->playerIndex);
    const auto left = m_game->remainingMs(clock(context).nowMs());
    if (left && limit > 0) {
        const float share = static_cast<float>(*left) / static_cast<float>(limit);
        char label[32];
        std::snprintf(label, sizeof label, "%lld s", static_cast<long long>((*left + 999) / 1000));
        const ImVec4 colour = share > 0.5f ? rightColour() : share > 0.2f ? partialColour() : wrongColour();
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour);
        ImGui::SetWindowFontScale(bigTextScale(kBigScale));
        labelledProgressBar(share, label, ImVec2(-1.0f, ImGui::GetFrameHeight() * 1.2f));
        ImGui::SetWindowFontScale(1.0f);
        ImGui::PopStyleColor();
        // The loop only redraws on events: ask for frames while the countdown runs.
        context.redrawWithinSeconds = 0.1;
    } else {
        noteText("No time limit for " + m_game->players()[static_cast<std::size_t>(turn->playerIndex)].name + ".");
    }
    DrillAccommodation accommodation = m_game->players()[static_cast<std::size_t>(turn->playerIndex)].accommodation;
    if (m_game->settings().timerSeconds > 0 && !accommodation.noLimit) {
        // The buttons take the keyboard when clicked: it goes back to the answer field, the player types on.
        if (ImGui::Button("+10 s")) {
            accommodation.extraSeconds += kExtendSeconds;
            m_game->setAccommodation(turn->playerIndex, accommodation);
            m_input.focusField();
        }
        ImGui::SameLine();
        if (ImGui::Button("Timer off for this player")) {
            accommodation.noLimit = true;
            m_game->setAccommodation(turn->playerIndex, accommodation);
            m_input.focusField();
        }
        ImGui::SameLine();
    }
    if (ImGui::Button("Skip")) recordTurn(m_game->noAnswer(clock(context).nowMs()), "Skipped");
}

// Keeps the verdict of the turn just recorded for when its question's answers may be shown, then
// shows the standings.
void DrillView::recordTurn(const DrillAnswer& answer, std::string verdict) {
    m_last = answer;
    m_verdicts.resize(static_cast<std::size_t>(m_game->turnsDone()));
    m_verdicts.back() = std::move(verdict);
    m_stage = Stage::Standings;
    m_keysEnabled = false;
}

void DrillView::drawQuestion(UiContext& context) {
    const auto turn = m_game->current();
    const UnixMs now = clock(context).nowMs();
    if (m_game->timeUp(now)) {
        recordTurn(m_game->noAnswer(now), "Time is up");
        // No input woke this frame: draw the standings now and let the loop settle them.
        context.screenChanged = true;
        drawStandings(context);
        return;
    }
    const ClassroomQuestion& item = m_game->questions()[static_cast<std::size_t>(turn->questionIndex)];
    const std::string& player = m_game->players()[static_cast<std::size_t>(turn->playerIndex)].name;
    ImGui::Text("Question %d of %d  \u00b7  turn %d of %d", turn->questionIndex + 1, static_cast<int>(m_game->questions().size()),
                m_game->turnsDone() + 1, m_game->turnCount());
    noteLayout("drill-header");
    drawTimer(context);
    if (m_stage != Stage::Question) return;
    ImGui::Separator();
    ImGui::SetWindowFontScale(bigTextScale(kBigScale));
    wrappedTextColored(ImGui::GetStyleColorVec4(ImGuiCol_CheckMark), player + ", your turn");
    wrappedText(item.question->prompt);
    noteLayout("drill-prompt");
    drawQuestionImage(item.question->image, context.pictures, ImGui::GetContentRegionAvail().x, kPictureHeightInLines * ImGui::GetFontSize());
    ImGui::Spacing();
    const ImVec2 answerTop = ImGui::GetCursorScreenPos();
    const bool submitted = m_input.draw(m_keysEnabled, context.pictures);
    // The first row of the answer controls (a field, or the first buttons), for the layout report.
    noteLayoutRect("drill-answer", answerTop, ImVec2(answerTop.x + ImGui::GetContentRegionAvail().x, answerTop.y + ImGui::GetFrameHeight()));
    ImGui::SetWindowFontScale(1.0f);
    if (!m_error.empty()) wrappedTextColored(partialColour(), m_error);
    m_keysEnabled = true;
    if (!submitted || m_input.empty()) return;  // an empty Enter is no answer: "Skip" gives up the turn
    const UnixMs answeredMs = clock(context).nowMs();
    const LearnerAnswer answer = m_input.answer();
    const double seconds = static_cast<double>(answeredMs - now) / 1000.0;
    const GradeResult grade = gradeAnswer(*item.question, answer, std::max(0.0, seconds));
    if (grade.verdict == Verdict::Refused) {
        m_error = grade.feedback;  // unreadable input: the player tries again, the clock keeps running
        return;
    }
    recordTurn(m_game->submit(answerInBankTerms(*item.question, answer), grade.score, answeredMs),
               grade.correct ? "\u2713 Correct" : grade.score > 0.0 ? "\u25d1 Partly right" : "\u2717 Wrong");
}

// [SECTION] Standings and podium

void DrillView::drawLeaderboard(int highlightPlayer) {
    const std::vector<DrillStanding> board = m_game->leaderboard();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("leaderboard", 5, flags)) return;
    // Fixed columns sized in ems, so the numbers keep clear of each other at every font scale.
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em * 1.5f);
    ImGui::TableSetupColumn("Player", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Points", ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn("Correct", ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn("Streak", ImGuiTableColumnFlags_WidthFixed, em * 4.0f);
    ImGui::TableHeadersRow();
    for (const DrillStanding& line : board) {
        ImGui::TableNextRow();
        if (line.playerIndex == highlightPlayer) {
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_HeaderActive));
        }
        ImGui::TableNextColumn();
        ImGui::Text("%d", line.rank);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(line.name.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", line.points);
        ImGui::TableNextColumn();
        ImGui::Text("%d / %d", line.correct, line.turns);
        ImGui::TableNextColumn();
        if (line.streak >= 2) {
            ImGui::Text("\u00d7%d", line.streak);
        } else {
            ImGui::TextUnformatted("-");
        }
    }
    ImGui::EndTable();
}

// In rounds, the verdicts and the answer wait until every player has answered the question: the
// projector must not tell the next player the answer (DrillGame::revealableAnswers).
void DrillView::drawStandings(UiContext& context) {
    ImGui::SetWindowFontScale(bigTextScale(kBigScale));
    const std::vector<DrillAnswer> shown = m_game->revealableAnswers();
    const auto next = m_game->current();
    if (shown.empty() && m_last && next) {
        const std::string& player = m_game->players()[static_cast<std::size_t>(m_last->turn.playerIndex)].name;
        const std::string& nextPlayer = m_game->players()[static_cast<std::size_t>(next->playerIndex)].name;
        wrappedText(player + ": answer recorded.");
        wrappedText(nextPlayer + " answers the same question next; the answers are shown when everyone has answered.");
    }
    // The revealable turns are the last ones played, so their verdicts are the last of m_verdicts.
    const std::size_t firstVerdict = m_verdicts.size() >= shown.size() ? m_verdicts.size() - shown.size() : 0;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const DrillAnswer& turn = shown[i];
        const std::string& player = m_game->players()[static_cast<std::size_t>(turn.turn.playerIndex)].name;
        const ImVec4 colour = turn.fraction >= 1.0 ? rightColour() : turn.fraction > 0.0 ? partialColour() : wrongColour();
        const std::size_t index = firstVerdict + i;
        std::string line = player + ": " + (index < m_verdicts.size() ? m_verdicts[index] : std::string()) + ", +" +
                           std::to_string(turn.points.total()) + " points";
        if (turn.points.streakBonus > 0) line += " (streak bonus " + std::to_string(turn.points.streakBonus) + ")";
        wrappedTextColored(colour, line);
    }
    if (!shown.empty()) {
        const ClassroomQuestion& item = m_game->questions()[static_cast<std::size_t>(shown.front().turn.questionIndex)];
        wrappedText("The answer: " + expectedAnswerText(*item.question));
        ImGui::Spacing();
        ImGui::TextUnformatted("Leaderboard");
        drawLeaderboard(m_last ? m_last->turn.playerIndex : -1);
    }
    ImGui::Spacing();
    const bool last = m_game->finished();
    const char* label = last ? "Show the podium (Enter)" : shown.empty() ? "Next player (Enter)" : "Next question (Enter)";
    const bool nextPressed = ImGui::Button(label) || (m_keysEnabled && enterPressed());
    ImGui::SetWindowFontScale(1.0f);
    m_keysEnabled = true;
    if (nextPressed) presentTurn(context);
}

void DrillView::drawPodium() {
    const std::vector<DrillStanding> podium = m_game->podium();
    ImGui::SetWindowFontScale(bigTextScale(kBigScale));
    ImGui::TextUnformatted("Podium");
    // Second, first, third from left to right, the winner's block the tallest.
    const int places[] = {1, 0, 2};
    const float heights[] = {3.0f, 2.2f, 1.5f};  // block heights in line heights, by place
    const float width = ImGui::GetContentRegionAvail().x / 3.0f - ImGui::GetStyle().ItemSpacing.x;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float baseY = ImGui::GetCursorPosY() + line * 5.5f;
    const float startX = ImGui::GetCursorPosX();
    for (int column = 0; column < 3; ++column) {
        const int place = places[column];
        if (place >= static_cast<int>(podium.size())) continue;
        const DrillStanding& standing = podium[static_cast<std::size_t>(place)];
        const float x = startX + static_cast<float>(column) * (width + ImGui::GetStyle().ItemSpacing.x);
        const float blockTop = baseY - heights[place] * line;
        ImGui::SetCursorPos(ImVec2(x, blockTop - line * 2.0f));
        ImGui::TextUnformatted(ellipsized(standing.name, width).c_str());
        ImGui::SetCursorPos(ImVec2(x, blockTop - line));
        ImGui::Text("%d points", standing.points);
        ImGui::SetCursorPos(ImVec2(x, blockTop));
        const ImVec4 colours[] = {ImVec4(0.85f, 0.68f, 0.15f, 1.0f), ImVec4(0.62f, 0.64f, 0.68f, 1.0f), ImVec4(0.70f, 0.45f, 0.25f, 1.0f)};
        ImGui::PushStyleColor(ImGuiCol_Button, colours[place]);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours[place]);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours[place]);
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.1f, 0.1f, 0.1f, 1.0f));
        ImGui::Button(("##place" + std::to_string(place)).c_str(), ImVec2(width, heights[place] * line));
        ImGui::SetCursorPos(ImVec2(x + width * 0.5f - ImGui::CalcTextSize("1").x, blockTop + line * 0.3f));
        ImGui::Text("%d", place + 1);
        ImGui::PopStyleColor(4);
    }
    ImGui::SetCursorPos(ImVec2(startX, baseY + line * 0.5f));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::Spacing();
    drawLeaderboard(-1);
    ImGui::Spacing();
    if (ImGui::Button("New drill")) {
        m_game.reset();
        m_last.reset();
        m_verdicts.clear();
        m_stage = Stage::Setup;
    }
}

}  // namespace retain::ui
