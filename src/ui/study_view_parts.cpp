// Study view: the rating bar, the flashcard front, the notice line, the end-of-session summary and custom
// study (see study_view.hpp).
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "core/session/interval_format.hpp"
#include "core/session/next_due_text.hpp"
#include "ui/layout.hpp"
#include "ui/study_view.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

constexpr Rating kRatings[] = {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};

const char* ratingWord(Rating rating) {
    switch (rating) {
        case Rating::Again: return "Again";
        case Rating::Hard: return "Hard";
        case Rating::Good: return "Good";
        case Rating::Easy: return "Easy";
    }
    return "?";
}

// Returns "3  Good · 1d": the key, the rating and the interval it would give; "3 Good 1d" in a compact
// layout, where the four buttons share a narrow line.
std::string ratingLabel(Rating rating, const NextStates& states) {
    const std::string key = std::to_string(static_cast<int>(rating));
    const std::string interval = formatInterval(states.of(rating).intervalDays);
    if (compactLayout()) return key + " " + ratingWord(rating) + " " + interval;
    return key + "   " + ratingWord(rating) + " \u00B7 " + interval;
}

// Returns milliseconds as "m:ss".
std::string minutesSeconds(std::int64_t ms) {
    const std::int64_t seconds = ms / kMsPerSecond;
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(seconds / 60), static_cast<long long>(seconds % 60));
    return text;
}

// Returns the line above the rating buttons.
std::string ratingHint(Rating suggested) {
    return std::string("Suggested: ") + ratingWord(suggested) + " (Space or Enter) \u00B7 1\u20134 pick \u00B7 Ctrl+Z undoes";
}

float buttonWidth() { return (ImGui::GetContentRegionAvail().x - 3.0f * ImGui::GetStyle().ItemSpacing.x) / 4.0f; }

}  // namespace

const NextStates* StudyView::shownStates() const {
    if (m_stage == Stage::Revealed && m_revealedStates) return &*m_revealedStates;
    if (m_stage == Stage::Feedback && m_run.session && m_run.session->pending()) return &m_run.session->pending()->states;
    return nullptr;
}

Rating StudyView::suggestedRating() const {
    if (m_stage == Stage::Feedback && m_run.session && m_run.session->pending()) return m_run.session->pending()->grade.suggested;
    return Rating::Good;  // self-rated: Good is what "I knew it" means
}

float StudyView::ratingBarHeight() const {
    const NextStates* states = shownStates();
    const ImGuiStyle& style = ImGui::GetStyle();
    float tallest = ImGui::GetTextLineHeight();
    if (states != nullptr) {
        const float wrap = buttonWidth() - 2.0f * style.FramePadding.x;
        for (Rating rating : kRatings) tallest = std::max(tallest, ImGui::CalcTextSize(ratingLabel(rating, *states).c_str(), nullptr, false, wrap).y);
    }
    // A compact layout leaves the hint out (the suggested button carries its arrow) to keep the feedback's room.
    const float hint = compactLayout() ? 0.0f
                                       : ImGui::CalcTextSize(ratingHint(suggestedRating()).c_str(), nullptr, false,
                                                             ImGui::GetContentRegionAvail().x).y + style.ItemSpacing.y;
    // separator, hint, buttons, each followed by item spacing
    return tallest + 2.0f * style.FramePadding.y + hint + 2.0f * style.ItemSpacing.y + 1.0f;
}

void StudyView::drawRatingBar(const StudyCard&) {
    const NextStates* states = shownStates();
    if (states == nullptr) return;
    const Rating suggested = suggestedRating();
    ImGui::Separator();
    if (!compactLayout()) noteText(ratingHint(suggested));
    const float width = buttonWidth();
    for (Rating rating : kRatings) {
        if (rating != Rating::Again) ImGui::SameLine();
        const std::string id = std::string("rate-") + ratingWord(rating);
        std::string label = ratingLabel(rating, *states);
        if (rating == suggested) label += "  \u2190";
        if (wrappedButton(id.c_str(), label, rating == suggested ? ButtonLook::Selected : ButtonLook::Plain, width)) {
            ask(Action::Rate, rating);
        }
        if (compactLayout() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ratingHint(suggested).c_str());
        noteLayout(id.c_str());
    }
}

void StudyView::drawFlashcardFront(const Question&) {
    // The type's view shows what belongs to the question (e.g. its options); only the answer stays hidden.
    if (const AnswerView* view = m_input.view()) view->drawFlashcardFront();
    ImGui::Spacing();
}

// The questions missed in this session, each with its right answer (as Anki's and Quizlet's end screens
// let a learner look back at what went wrong).
void StudyView::drawMissed(const SessionTally& tally) {
    const std::vector<TallyEntry> missed = tally.missed();
    if (missed.empty()) return;
    ImGui::Spacing();
    ImGui::Text("Missed (%d)", static_cast<int>(missed.size()));
    if (!ImGui::BeginTable("missed", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Right answer", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    for (const TallyEntry& entry : missed) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        wrappedText(entry.prompt);
        ImGui::TableSetColumnIndex(1);
        wrappedTextColored(rightColour(), entry.expected);
    }
    ImGui::EndTable();
}

void StudyView::drawSummary(UiContext& context) {
    StudySession& session = *m_run.session;
    const SessionTally& tally = session.tally();
    const int answered = tally.answered();
    ImGui::SetWindowFontScale(1.3f);
    ImGui::TextUnformatted(answered > 0 ? "\u2713 Session complete" : "Nothing is due now");
    ImGui::SetWindowFontScale(1.0f);
    if (answered > 0) {
        const int correct = tally.correct();
        const UnixMs now = m_backend->clock().nowMs();
        ImGui::Text("Answered %d \u00B7 accuracy %.0f %% \u00B7 fully right %d (%.0f %%) \u00B7 mean score %.0f %%", answered,
                    100.0 * tally.passed() / answered, correct, 100.0 * correct / answered, 100.0 * tally.meanScore());
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Accuracy: answers rated Hard, Good or Easy, as Stats counts it.\n"
                              "Fully right: answers the grader gave full credit (a partly right one rated Hard passes, "
                              "but is not fully right).");
        }
        ImGui::Text("Time answering %s \u00B7 in this session %s", minutesSeconds(tally.answeringMs()).c_str(),
                    minutesSeconds(now - m_startedMs).c_str());
        const auto tags = tally.byTag();
        if (!tags.empty() && ImGui::BeginTable("by-tag", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("Tag", ImGuiTableColumnFlags_WidthStretch, 3.0f);
            ImGui::TableSetupColumn("Answered", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("Right", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("Accuracy", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableHeadersRow();
            for (const auto& [tag, accuracy] : tags) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                wrappedText(tag);
                ImGui::TableSetColumnIndex(1);
                ImGui::Text("%d", accuracy.answered);
                ImGui::TableSetColumnIndex(2);
                ImGui::Text("%d", accuracy.correct);
                ImGui::TableSetColumnIndex(3);
                ImGui::Text("%.0f %%", 100.0 * accuracy.correct / accuracy.answered);
            }
            ImGui::EndTable();
        }
        drawMissed(tally);
    }
    ImGui::Spacing();
    // A learning step may come due while the summary is up: offer it.
    if (session.current() != nullptr || session.next() != nullptr) {
        wrappedText("More questions are due now.");
        if (ImGui::Button("Continue (Enter)")) ask(Action::Continue);
    } else if (const auto due = session.nextLearningDueMs()) {
        const UnixMs wait = *due - m_backend->clock().nowMs();
        wrappedText("The next learning step is due in " + formatInterval(static_cast<double>(wait) / kMsPerDay) +
                    "; it will appear here.");
        context.redrawWithinSeconds = std::clamp(static_cast<double>(wait) / 1000.0, 1.0, 30.0);
    } else {
        drawCustomStudy(context);
    }
    ImGui::Spacing();
    if (ImGui::Button("Back to Home")) context.showView = "Home";
    ImGui::SameLine();
    if (ImGui::Button("Study again")) start(context, StudyRequest(m_request));
}

void StudyView::drawNotice() {
    if (m_notice.empty() || !m_run.session) return;
    const std::optional<UndoKind> undoable = m_run.session->undoable();
    const bool hidden = m_notice.starts_with("Suspended: ") || m_notice.starts_with("Buried until tomorrow: ");
    // One line: a long prompt ends in "…" (it was on screen a moment ago).
    const char* undoLabel = "Undo (Ctrl+Z)";
    const float undoWidth = hidden && undoable ? ImGui::CalcTextSize(undoLabel).x + 3.0f * ImGui::GetStyle().FramePadding.x : 0.0f;
    ImGui::PushStyleColor(ImGuiCol_Text, partialColour());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ellipsized(m_notice, ImGui::GetContentRegionAvail().x - undoWidth - ImGui::GetStyle().ItemSpacing.x).c_str());
    ImGui::PopStyleColor();
    if (undoWidth > 0.0f) {
        ImGui::SameLine();
        if (ImGui::SmallButton(undoLabel)) ask(Action::Undo);
    }
}

// When nothing more is due today: when the next question comes by itself, and Anki's custom study (more
// new questions today, review ahead), which extends today only.
void StudyView::drawCustomStudy(UiContext& context) {
    StudySession& session = *m_run.session;
    const UnixMs now = m_backend->clock().nowMs();
    if (const auto due = session.nextDueMs()) {
        wrappedText("The next question is due " + nextDueText(*due, now, localUtcOffsetSeconds(*due)) + ".");
        context.redrawWithinSeconds = 30.0;  // "in 3 h 20 min" moves with the clock
    }
    const HeldCounts held = session.held();
    if (held.newCards > 0 || held.reviews > 0) {
        std::string limits = "Today's limits are reached:";
        if (held.newCards > 0) limits += " " + std::to_string(held.newCards) + " new " + (held.newCards == 1 ? "question waits" : "questions wait");
        if (held.newCards > 0 && held.reviews > 0) limits += ",";
        if (held.reviews > 0) limits += " " + std::to_string(held.reviews) + (held.reviews == 1 ? " review waits" : " reviews wait");
        noteText(limits + " (the limits are in Settings).");
    }
    if (held.newCards == 0 && held.later == 0) return;
    ImGui::Spacing();
    sectionTitle("Custom study");
    // Room for four digits and InputInt's two step buttons.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float field = ImGui::CalcTextSize("9999").x + 2.0f * style.FramePadding.x + 2.0f * (ImGui::GetFrameHeight() + style.ItemInnerSpacing.x);
    ImGui::PushID("custom-study");
    // Each piece goes on the line while it fits, so the rows wrap at 200 % on a small window.
    const auto text = [](const std::string& words, bool first) {
        if (!first) sameLineIfFits(ImGui::CalcTextSize(words.c_str()).x);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(words.c_str());
    };
    const auto number = [field](const char* id, int& value, int step, int low, int high) {
        sameLineIfFits(field);
        ImGui::SetNextItemWidth(field);
        ImGui::InputInt(id, &value, 1, step);
        value = std::clamp(value, low, high);
    };
    const auto button = [&style](const char* label, bool enabled) {
        sameLineIfFits(ImGui::CalcTextSize(label).x + 2.0f * style.FramePadding.x);
        ImGui::BeginDisabled(!enabled);
        const bool clicked = ImGui::Button(label);
        ImGui::EndDisabled();
        return clicked;
    };
    if (held.newCards > 0) {
        text("Study", true);
        number("##more-new", m_moreNew, 10, 1, 9999);
        text("more new questions today (" + std::to_string(held.newCards) + " wait)", false);
        if (button("Study more", true)) {
            m_asked = CustomStudy{m_moreNew, 0};
            ask(Action::StudyMore);
        }
    }
    if (held.later > 0) {
        text("Review ahead: questions due in the next", true);
        number("##ahead-days", m_aheadDays, 7, 1, 365);
        const int count = session.reviewAheadCount(m_aheadDays);
        text(std::string(m_aheadDays == 1 ? "day" : "days") + " (" + std::to_string(count) + ")", false);
        if (button("Review ahead", count > 0)) {
            m_asked = CustomStudy{0, m_aheadDays};
            ask(Action::StudyMore);
        }
    }
    noteText("Custom study adds to today only; tomorrow starts from the usual limits.");
    ImGui::PopID();
}

}  // namespace retain::ui
