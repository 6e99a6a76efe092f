// Retain live: the self-paced paper on the student page (loaded after app.js, whose helpers, per-type
// answer controls and HANDLERS it uses). One question at a time with Previous / Next and a list of the
// questions showing which are answered; every answer is saved on the host as it is given and may change
// until the paper is handed in; a review page first (a paper with blanks needs a second tap); then the
// result. Nothing entered is lost: moving on saves what the open question holds but was not sent, typing
// is saved after a pause, and a save the host has not acknowledged is sent again after a reconnect.
// Everything from the server is shown with textContent. Protocol in docs/classroom.md.
//
// Sections: state · the question screen · review and hand-in · result · messages from the host.
"use strict";

// ---- State -------------------------------------------------------------------------------------------

const paper = {
  message: null,      // the last "paper" message
  position: 0,        // the question shown, 0-based
  saved: [],          // per position: the saved answer's text (from the host) or null
  wires: [],          // per position: the wire answer given on this page (to show it again), or undefined
  unacked: [],        // per position: the last wire saved that the host has not acknowledged, or undefined
  inflight: [],       // positions of the saves sent on this connection, oldest first, not yet answered
  shown: -1,          // the position whose controls are in #p-answer, -1 for none
  typing: 0,          // the timer that saves typed text after a pause
  typingMs: 1000,     // that pause (ms): the deadline loses at most this much typing
  deadline: 0,        // local time (ms) the paper ends; 0 = no limit
  timer: 0,
  confirmBlank: false,  // the review's hand-in was tapped once with blanks
};

function answeredCount() {
  return paper.saved.filter((text) => text !== null && text !== undefined).length;
}

// ---- The question screen -----------------------------------------------------------------------------

function paperTimerTick() {
  const box = $("p-timer");
  if (!paper.deadline) { box.textContent = ""; return; }
  const left = Math.max(0, Math.ceil((paper.deadline - Date.now()) / 1000));
  const minutes = Math.floor(left / 60);
  const seconds = String(left % 60).padStart(2, "0");
  box.textContent = left > 0 ? minutes + ":" + seconds + " left" : "Time's up";
  box.classList.toggle("low", left <= 60);
}

function startPaperTimer(remainingMs) {
  clearInterval(paper.timer);
  paper.deadline = remainingMs === null || remainingMs === undefined ? 0 : Date.now() + remainingMs;
  paperTimerTick();
  if (paper.deadline) paper.timer = setInterval(paperTimerTick, 500);
}

function drawNav() {
  const nav = $("p-nav");
  nav.replaceChildren();
  paper.message.questions.forEach((item, position) => {
    const done = paper.saved[position] !== null && paper.saved[position] !== undefined;
    const button = el("button", "navq" + (done ? " answered" : "") + (position === paper.position ? " current" : ""));
    button.type = "button";
    button.dataset.position = String(position);
    button.appendChild(el("span", "", String(position + 1)));
    // A mark as well as the colour: answered ones carry a tick.
    if (done) button.appendChild(el("span", "tick", "✓"));
    button.setAttribute("aria-label", "Question " + (position + 1) + (done ? ", answered" : ", not answered"));
    if (position === paper.position) button.setAttribute("aria-current", "step");
    button.addEventListener("click", () => openQuestion(position));
    nav.appendChild(button);
  });
  $("p-count").textContent = answeredCount() + " of " + paper.message.count + " answered";
}

// Shows on the controls what this page gave for the question: a pressed tile, a typed text.
function markGiven(box, wire) {
  if (!wire) return;
  if (wire.choice !== undefined) {
    const tileNode = box.querySelector('[data-choice="' + wire.choice + '"]');
    if (tileNode) tileNode.setAttribute("aria-pressed", "true");
  } else if (wire.value !== undefined) {
    const tileNode = box.querySelector('[data-choice="' + (wire.value ? 0 : 1) + '"]');
    if (tileNode) tileNode.setAttribute("aria-pressed", "true");
  } else if (wire.text !== undefined) {
    const input = box.querySelector("input[name=answer]");
    if (input) input.value = wire.text;
  } else if (wire.choices !== undefined) {
    for (const i of wire.choices) {
      const tileNode = box.querySelector('[data-choice="' + i + '"]');
      if (tileNode) tileNode.click();
    }
  } else if (wire.gaps !== undefined) {
    box.querySelectorAll("input[name=gap]").forEach((input) => { input.value = wire.gaps[Number(input.dataset.gap)] || ""; });
  }
}

function drawSaved() {
  if (paper.unacked[paper.position] !== undefined) { $("p-saved").textContent = "Saving…"; return; }
  const text = paper.saved[paper.position];
  $("p-saved").textContent = text === null || text === undefined ? "Not answered yet" : "Saved: " + (text === "" ? "(empty)" : text);
  $("p-saved").classList.toggle("done", text !== null && text !== undefined);
}

// Saves what the shown question's controls hold when it differs from what this page last gave (typed but
// not sent, ticked, ordered, paired): called before moving on, as Moodle saves a page on navigation.
function saveUnsent() {
  clearTimeout(paper.typing);
  const box = $("p-answer");
  if (paper.shown < 0 || paper.shown !== paper.position || !box.currentAnswer) return;
  const wire = box.currentAnswer();
  if (!wire || JSON.stringify(wire) === JSON.stringify(paper.wires[paper.shown])) return;
  if (wire.text !== undefined && wire.text === paper.saved[paper.shown]) return;
  saveAnswer(wire);
}

function openQuestion(position) {
  saveUnsent();
  const items = paper.message.questions;
  paper.position = Math.max(0, Math.min(position, items.length - 1));
  const item = items[paper.position];
  $("p-number").textContent = "Question " + (paper.position + 1) + " of " + items.length;
  $("p-prompt").textContent = item.question.prompt;
  const questionPicture = picture(item.question.image, "question-picture");
  $("p-picture").replaceChildren(...(questionPicture ? [questionPicture] : []));
  $("p-error").textContent = "";
  const box = $("p-answer");
  box.replaceChildren();
  box.dataset.kind = item.question.kind;
  box.currentAnswer = null;
  paper.shown = paper.position;
  (CONTROLS[item.question.kind] || typedControls)(item.question, box);
  // The live page's "Send" saves here; the paper is handed in from the review page.
  box.querySelectorAll("[data-submit]").forEach((button) => { button.textContent = "Save answer"; });
  markGiven(box, paper.wires[paper.position]);
  drawSaved();
  drawNav();
  $("p-prev").disabled = paper.position === 0;
  $("p-next").textContent = paper.position === items.length - 1 ? "Review ›" : "Next ›";
  send({ type: "open", position: paper.position });
  show("paper");
}

// The per-type controls call answer(); on a paper it lands here and is saved on the host.
function saveAnswer(wire) {
  paper.wires[paper.position] = wire;
  const box = $("p-answer");
  if (wire.choice !== undefined || wire.value !== undefined) {
    box.querySelectorAll("[data-choice]").forEach((node) => node.setAttribute("aria-pressed", "false"));
    markGiven(box, wire);
  }
  sendSave(paper.position, wire);
  drawSaved();
}

// Sends a save and remembers it until the host answers it (saved or error); a closed socket drops it
// silently, so the "paper" after the rejoin sends every unanswered one again (resendUnacked).
function sendSave(position, wire) {
  paper.unacked[position] = wire;
  paper.inflight.push(position);
  send({ type: "save", position: position, answer: wire });
}

// The host answered the oldest save of this position (in order: one reply per save).
function answeredSave(position) {
  const at = paper.inflight.indexOf(position);
  if (at < 0) return;
  paper.inflight.splice(at, 1);
  if (!paper.inflight.includes(position)) paper.unacked[position] = undefined;
}

function resendUnacked() {
  paper.inflight = [];
  paper.unacked.forEach((wire, position) => { if (wire !== undefined) sendSave(position, wire); });
}

// ---- Review and hand-in ------------------------------------------------------------------------------

function drawReview() {
  saveUnsent();
  paper.confirmBlank = false;
  const list = $("r-list");
  list.replaceChildren();
  paper.message.questions.forEach((item, position) => {
    const text = paper.saved[position];
    const blank = text === null || text === undefined;
    const row = el("button", "review-row" + (blank ? " blank" : ""));
    row.type = "button";
    row.dataset.position = String(position);
    row.appendChild(el("span", "num", position + 1 + "."));
    const body = el("span", "review-body");
    body.appendChild(el("span", "review-prompt", item.question.prompt));
    body.appendChild(el("span", "review-answer", blank ? "(blank)" : text));
    row.appendChild(body);
    row.addEventListener("click", () => openQuestion(position));
    list.appendChild(row);
  });
  const blanks = paper.message.count - answeredCount();
  $("r-summary").textContent = blanks === 0 ? "Every question is answered." : blanks + (blanks === 1 ? " question is" : " questions are") + " blank.";
  const hand = $("r-submit");
  hand.textContent = "Hand in my paper";
  hand.classList.remove("warn");
  show("review");
}

function handIn() {
  const blanks = paper.message.count - answeredCount();
  if (blanks > 0 && !paper.confirmBlank) {
    // As on the exam's review page: a paper with blanks needs a second, deliberate tap.
    paper.confirmBlank = true;
    const hand = $("r-submit");
    hand.textContent = blanks + " blank — tap again to hand in anyway";
    hand.classList.add("warn");
    return;
  }
  $("r-submit").disabled = true;
  send({ type: "submit" });
}

// ---- Result ------------------------------------------------------------------------------------------

function drawResult(m) {
  clearInterval(paper.timer);
  clearTimeout(paper.typing);
  paper.shown = -1;
  answerSink = null;
  const scoreText = Number.isInteger(m.score) ? String(m.score) : m.score.toFixed(1);
  $("x-score").textContent = scoreText + " / " + m.count;
  $("x-summary").textContent = (m.automatic ? "Time was up: your paper was handed in. " : "Handed in. ") +
    m.correct + " of " + m.count + " fully right.";
  const list = $("x-list");
  list.replaceChildren();
  for (const item of m.items) {
    const row = el("li", "result-row");
    row.dataset.result = item.correct ? "correct" : "wrong";
    row.appendChild(el("span", "mark", item.correct ? "✓" : item.verdict === "partly_correct" ? "◐" : "✗"));
    const body = el("div", "review-body");
    body.appendChild(el("span", "review-prompt", item.position + 1 + ". " + item.prompt));
    body.appendChild(el("span", "review-answer", "Your answer: " + (item.answered ? item.answer : "(blank)")));
    if (!item.correct) body.appendChild(el("span", "review-right", "Right answer: " + item.right_answer));
    row.appendChild(body);
    list.appendChild(row);
  }
  show("paper-result");
}

// ---- Messages from the host --------------------------------------------------------------------------

const liveError = HANDLERS.error;
const SAVE_REFUSALS = ["not_started", "submitted", "time_up", "bad_position", "bad_answer"];

// The same paper (a rejoin) or a new one: its questions in the same order.
function paperKey(m) {
  return JSON.stringify(m.questions.map((item) => [item.position, item.question.kind, item.question.prompt]));
}

Object.assign(HANDLERS, {
  paper(m) {
    const same = paper.message !== null && paperKey(paper.message) === paperKey(m);
    if (same && !m.submitted) {
      // A rejoin: what the shown controls hold and every save lost with the old socket go again.
      resendUnacked();
      saveUnsent();
    } else {
      paper.wires = [];
      paper.unacked = [];
      paper.inflight = [];
      paper.shown = -1;
    }
    paper.message = m;
    paper.saved = m.questions.map((item) => item.saved);
    answerSink = saveAnswer;
    $("p-title").textContent = m.title || "Paper";
    // A paper has a score at the end, not points as it goes.
    $("me").textContent = $("me").textContent.replace(/ · -?\d+ pts$/, "");
    $("r-submit").disabled = false;
    startPaperTimer(m.remaining_ms);
    openQuestion(Math.min(paper.position, m.questions.length - 1));
  },
  saved(m) {
    if (!paper.message) return;
    answeredSave(m.position);
    paper.saved[m.position] = m.answer;
    if (m.position === paper.position) drawSaved();
    drawNav();
    // A save made on the way to the review page lands after it was drawn.
    if (!$("screen-review").hidden) drawReview();
  },
  paper_result(m) { drawResult(m); },
  error(m) {
    const screen = document.querySelector(".screen:not([hidden])");
    if (paper.message && SAVE_REFUSALS.includes(m.code) && paper.inflight.length) answeredSave(paper.inflight[0]);
    if (screen && (screen.id === "screen-paper" || screen.id === "screen-review")) {
      (screen.id === "screen-paper" ? $("p-error") : $("r-error")).textContent = m.message;
      if (screen.id === "screen-paper") drawSaved();
      $("r-submit").disabled = false;
      return;
    }
    liveError(m);
  },
});

document.addEventListener("DOMContentLoaded", () => {
  $("p-prev").addEventListener("click", () => openQuestion(paper.position - 1));
  $("p-next").addEventListener("click", () => {
    if (paper.position === paper.message.questions.length - 1) drawReview();
    else openQuestion(paper.position + 1);
  });
  $("p-review").addEventListener("click", drawReview);
  $("r-back").addEventListener("click", () => openQuestion(paper.position));
  $("r-submit").addEventListener("click", handIn);
  // Typed text (an answer, a gap) is saved once the student pauses.
  $("p-answer").addEventListener("input", () => {
    clearTimeout(paper.typing);
    paper.typing = setTimeout(saveUnsent, paper.typingMs);
  });
  window.addEventListener("pagehide", saveUnsent);
});
