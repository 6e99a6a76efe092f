// The self-paced paper state machine (see self_paced_game.hpp and docs/classroom.md).
//
// [SECTION] Names
// [SECTION] Players and the lobby
// [SECTION] Papers: open, save, submit, deadlines
// [SECTION] Progress, results, records
#include "core/classroom/self_paced_game.hpp"

#include <algorithm>

#include "core/classroom/answer_text.hpp"

namespace retain {

// [SECTION] Names

const char* selfPacedPhaseName(SelfPacedPhase phase) {
    switch (phase) {
    case SelfPacedPhase::Lobby: return "lobby";
    case SelfPacedPhase::Running: return "running";
    case SelfPacedPhase::Over: return "over";
    }
    return "lobby";
}

const char* paperRefusalCode(PaperRefusal refusal) {
    switch (refusal) {
    case PaperRefusal::None: return "ok";
    case PaperRefusal::NotStarted: return "not_started";
    case PaperRefusal::NoPaper: return "no_paper";
    case PaperRefusal::Submitted: return "submitted";
    case PaperRefusal::TimeUp: return "time_up";
    case PaperRefusal::BadPosition: return "bad_position";
    case PaperRefusal::BadAnswer: return "bad_answer";
    case PaperRefusal::GameOver: return "game_over";
    }
    return "bad_answer";
}

std::string paperRefusalMessage(PaperRefusal refusal) {
    switch (refusal) {
    case PaperRefusal::None: return "";
    case PaperRefusal::NotStarted: return "The teacher has not handed out the papers yet.";
    case PaperRefusal::NoPaper: return "You have no paper in this game; please join again.";
    case PaperRefusal::Submitted: return "Your paper is already handed in; answers can no longer change.";
    case PaperRefusal::TimeUp: return "Time is up: your paper was handed in with the answers saved so far.";
    case PaperRefusal::BadPosition: return "There is no such question on your paper.";
    case PaperRefusal::BadAnswer: return "That answer could not be read.";
    case PaperRefusal::GameOver: return "This paper is over.";
    }
    return "";
}

const char* selfPacedEventName(SelfPacedEventType type) {
    switch (type) {
    case SelfPacedEventType::PaperStarted: return "paper_started";
    case SelfPacedEventType::AnswerSaved: return "answer_saved";
    case SelfPacedEventType::PaperSubmitted: return "paper_submitted";
    case SelfPacedEventType::GameOver: return "game_over";
    }
    return "answer_saved";
}

// [SECTION] Players and the lobby

namespace {

SelfPacedSettings clamped(SelfPacedSettings settings) {
    settings.timeLimitSeconds = std::clamp(settings.timeLimitSeconds, 0, kSelfPacedMaxTimeLimitSeconds);
    return settings;
}

}  // namespace

SelfPacedGame::SelfPacedGame(std::vector<ClassroomQuestion> questions, SelfPacedSettings settings, LiveRandom random)
    : m_settings(clamped(std::move(settings))), m_lobby(questions, m_settings.lobby, std::move(random)) {
    m_spec.title = m_settings.title;
    m_spec.questions = std::move(questions);
    m_spec.seed = m_settings.seed;
    m_spec.timeLimitSeconds = m_settings.timeLimitSeconds;
}

void SelfPacedGame::emit(SelfPacedEventType type, int playerId, int position, bool automatic, UnixMs nowMs) {
    m_events.push_back(SelfPacedEvent{type, playerId, position, automatic, nowMs});
}

std::vector<SelfPacedEvent> SelfPacedGame::takeEvents() {
    std::vector<SelfPacedEvent> events;
    events.swap(m_events);
    return events;
}

bool SelfPacedGame::kicked(int playerId) const {
    const auto& players = m_lobby.players();
    return playerId < 0 || playerId >= static_cast<int>(players.size()) || players[static_cast<std::size_t>(playerId)].kicked;
}

SelfPacedGame::Paper* SelfPacedGame::paperFor(int playerId) {
    if (kicked(playerId) || playerId >= static_cast<int>(m_papers.size())) return nullptr;
    Paper& paper = m_papers[static_cast<std::size_t>(playerId)];
    return paper.attempt ? &paper : nullptr;
}

const ExamAttempt* SelfPacedGame::paperOf(int playerId) const {
    if (kicked(playerId) || playerId >= static_cast<int>(m_papers.size())) return nullptr;
    return m_papers[static_cast<std::size_t>(playerId)].attempt.get();
}

LiveGame::JoinResult SelfPacedGame::join(std::string_view pin, std::string_view name, int team, UnixMs nowMs) {
    if (m_phase == SelfPacedPhase::Over) {
        LiveGame::JoinResult refused;
        // A wrong PIN stays a wrong PIN (the host throttles those), whatever the phase.
        refused.refusal = pin == m_lobby.pin() ? LiveRefusal::GameOver : LiveRefusal::WrongPin;
        return refused;
    }
    LiveGame::JoinResult joined = m_lobby.join(pin, name, team, nowMs);
    if (joined.refusal == LiveRefusal::None) attach(joined.playerId, nowMs);
    return joined;
}

LiveGame::JoinResult SelfPacedGame::rejoin(std::string_view token, UnixMs nowMs) {
    LiveGame::JoinResult joined = m_lobby.rejoin(token, nowMs);
    if (joined.refusal == LiveRefusal::None) attach(joined.playerId, nowMs);
    return joined;
}

void SelfPacedGame::attach(int playerId, UnixMs nowMs) {
    if (m_phase != SelfPacedPhase::Running || kicked(playerId)) return;
    if (m_papers.size() <= static_cast<std::size_t>(playerId)) m_papers.resize(static_cast<std::size_t>(playerId) + 1);
    Paper& paper = m_papers[static_cast<std::size_t>(playerId)];
    if (paper.attempt) return;
    const std::string& name = m_lobby.players()[static_cast<std::size_t>(playerId)].name;
    // The paper is the exam's: its orders come from the exam seed and the name, so a rejoin (or the same
    // name in a re-run of the same game) gets the same paper.
    paper.attempt = std::make_unique<ExamAttempt>(m_spec, name, nowMs);
    paper.verdicts.assign(static_cast<std::size_t>(paper.attempt->size()), Verdict::Wrong);
    emit(SelfPacedEventType::PaperStarted, playerId, -1, false, nowMs);
}

bool SelfPacedGame::kick(int playerId, UnixMs nowMs) {
    if (!m_lobby.kick(playerId, nowMs)) return false;
    endIfAllIn(nowMs);
    return true;
}

bool SelfPacedGame::start(UnixMs nowMs) {
    if (m_phase != SelfPacedPhase::Lobby) return false;
    m_phase = SelfPacedPhase::Running;
    for (const LivePlayer& player : m_lobby.players()) attach(player.id, nowMs);
    return true;
}

// [SECTION] Papers: open, save, submit, deadlines

PaperRefusal SelfPacedGame::accepting(int playerId, UnixMs nowMs) {
    if (m_phase == SelfPacedPhase::Lobby) return PaperRefusal::NotStarted;
    if (m_phase == SelfPacedPhase::Over) return PaperRefusal::GameOver;
    Paper* paper = paperFor(playerId);
    if (paper == nullptr) return PaperRefusal::NoPaper;
    if (paper->attempt->submitted()) return PaperRefusal::Submitted;
    if (paper->attempt->timeUp(nowMs)) {
        // The deadline passed before tick ran: hand in now, exactly as tick would have.
        handIn(playerId, true, nowMs);
        endIfAllIn(nowMs);
        return PaperRefusal::TimeUp;
    }
    return PaperRefusal::None;
}

PaperRefusal SelfPacedGame::open(int playerId, int position, UnixMs nowMs) {
    if (const PaperRefusal refusal = accepting(playerId, nowMs); refusal != PaperRefusal::None) return refusal;
    return paperFor(playerId)->attempt->show(position, nowMs) ? PaperRefusal::None : PaperRefusal::BadPosition;
}

PaperRefusal SelfPacedGame::save(int playerId, int position, const LearnerAnswer& answer, UnixMs nowMs) {
    if (const PaperRefusal refusal = accepting(playerId, nowMs); refusal != PaperRefusal::None) return refusal;
    Paper& paper = *paperFor(playerId);
    if (position < 0 || position >= paper.attempt->size()) return PaperRefusal::BadPosition;
    const Question& question = paper.attempt->questionAt(position);
    // No time is passed to the grader: a paper has no speed points, and the attempt keeps the time.
    const GradeResult grade = gradeAnswer(question, answer, -1.0);
    if (grade.verdict == Verdict::Refused) return PaperRefusal::BadAnswer;
    // accepting() checked what answer() checks; should they ever differ, the phone must not hear "saved".
    if (!paper.attempt->answer(position, answerInBankTerms(question, answer), grade.score, nowMs)) return PaperRefusal::TimeUp;
    paper.verdicts[static_cast<std::size_t>(position)] = grade.verdict;
    emit(SelfPacedEventType::AnswerSaved, playerId, position, false, nowMs);
    return PaperRefusal::None;
}

void SelfPacedGame::handIn(int playerId, bool automatic, UnixMs nowMs) {
    Paper* paper = paperFor(playerId);
    if (paper == nullptr || !paper->attempt->submit(nowMs)) return;
    emit(SelfPacedEventType::PaperSubmitted, playerId, -1, automatic, nowMs);
}

PaperRefusal SelfPacedGame::submit(int playerId, UnixMs nowMs) {
    if (const PaperRefusal refusal = accepting(playerId, nowMs); refusal != PaperRefusal::None) return refusal;
    handIn(playerId, false, nowMs);
    endIfAllIn(nowMs);
    return PaperRefusal::None;
}

void SelfPacedGame::endIfAllIn(UnixMs nowMs) {
    if (m_phase != SelfPacedPhase::Running) return;
    int out = 0;
    int in = 0;
    for (const LivePlayer& player : m_lobby.players()) {
        if (player.kicked) continue;
        const ExamAttempt* paper = paperOf(player.id);
        if (paper != nullptr && paper->submitted()) ++in;
        else ++out;
    }
    if (in == 0 || out > 0) return;
    m_phase = SelfPacedPhase::Over;
    emit(SelfPacedEventType::GameOver, -1, -1, false, nowMs);
}

void SelfPacedGame::end(UnixMs nowMs) {
    if (m_phase == SelfPacedPhase::Over) return;
    for (const LivePlayer& player : m_lobby.players()) handIn(player.id, true, nowMs);
    m_phase = SelfPacedPhase::Over;
    emit(SelfPacedEventType::GameOver, -1, -1, false, nowMs);
}

void SelfPacedGame::tick(UnixMs nowMs) {
    if (m_phase != SelfPacedPhase::Running) return;
    for (const LivePlayer& player : m_lobby.players()) {
        const ExamAttempt* paper = paperOf(player.id);
        if (paper != nullptr && !paper->submitted() && paper->timeUp(nowMs)) handIn(player.id, true, nowMs);
    }
    endIfAllIn(nowMs);
}

std::optional<UnixMs> SelfPacedGame::nextDeadlineMs() const {
    if (m_phase != SelfPacedPhase::Running) return std::nullopt;
    std::optional<UnixMs> earliest;
    for (const LivePlayer& player : m_lobby.players()) {
        const ExamAttempt* paper = paperOf(player.id);
        if (paper == nullptr || paper->submitted()) continue;
        if (const auto deadline = paper->deadlineMs(); deadline && (!earliest || *deadline < *earliest)) earliest = deadline;
    }
    return earliest;
}

// [SECTION] Progress, results, records

std::vector<PaperProgress> SelfPacedGame::progress(UnixMs nowMs) const {
    std::vector<PaperProgress> lines;
    for (const LivePlayer& player : m_lobby.players()) {
        if (player.kicked) continue;
        PaperProgress line;
        line.playerId = player.id;
        line.name = player.name;
        line.connected = player.connected;
        line.total = static_cast<int>(m_spec.questions.size());
        if (const ExamAttempt* paper = paperOf(player.id)) {
            line.hasPaper = true;
            line.answered = paper->answeredCount();
            line.submitted = paper->submitted();
            if (!line.submitted) line.remainingMs = paper->remainingMs(nowMs);
            line.score = paper->totalScore();
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

std::optional<PaperResult> SelfPacedGame::resultOf(int playerId) const {
    const ExamAttempt* paper = paperOf(playerId);
    if (paper == nullptr || !paper->submitted()) return std::nullopt;
    const std::vector<Verdict>& verdicts = m_papers[static_cast<std::size_t>(playerId)].verdicts;
    const ExamRecord record = *paper->record();
    PaperResult result;
    for (int position = 0; position < paper->size(); ++position) {
        const ClassResultRow& row = record.rows[static_cast<std::size_t>(paper->paper().items[static_cast<std::size_t>(position)].questionIndex)];
        PaperItemResult item;
        item.position = position;
        item.prompt = paper->questionAt(position).prompt;
        item.answered = paper->answerAt(position).has_value();
        item.answer = row.answer;
        item.score = row.score;
        item.verdict = item.answered ? verdicts[static_cast<std::size_t>(position)] : Verdict::Wrong;
        item.rightAnswer = expectedAnswerText(paper->questionAt(position));
        result.score += item.score;
        if (item.score >= 1.0) ++result.correct;
        result.items.push_back(std::move(item));
    }
    return result;
}

std::vector<ExamRecord> SelfPacedGame::records() const {
    std::vector<ExamRecord> records;
    for (const LivePlayer& player : m_lobby.players()) {
        const ExamAttempt* paper = paperOf(player.id);
        if (paper != nullptr && paper->submitted()) records.push_back(*paper->record());
    }
    return records;
}

}  // namespace retain
