// Retain live: the student page. Plain JavaScript, nothing from the internet. Every text from the server
// (names, prompts, choices) is shown with textContent, never as HTML. The protocol is in docs/classroom.md.
//
// Sections: state and connection · screens · answer controls per question type · messages from the host.
"use strict";

// ---- State and connection ----------------------------------------------------------------------------

const TOKEN_KEY = "retain.live.token";
const PIN_KEY = "retain.live.pin";
const SHAPES = ["▲", "◆", "●", "■", "★", "⬟", "✚", "⬢"];
const LETTERS = "ABCDEFGH";

let socket = null;
let retryMs = 1000;          // reconnect delay, doubled up to 5 s
let joining = false;         // a join was sent and not answered yet
let current = null;          // the open question message
let deadline = 0;            // local time (ms) the open question ends
let timerHandle = 0;
let answerSink = null;       // paper.js: where the answer controls' answers go on a self-paced paper

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = String(text);
  return node;
}

// A picture the host serves for the open question ({url, alt, only}), or nothing: the alt text stands in
// until it loads and when it cannot.
function picture(image, className) {
  if (!image || typeof image.url !== "string") return null;
  const img = el("img", className);
  img.src = image.url;
  img.alt = image.alt || "";
  return img;
}

function send(message) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

function connect() {
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  socket = new WebSocket(scheme + location.host + "/ws");
  socket.onopen = () => {
    retryMs = 1000;
    $("status").textContent = "";
    const token = localStorage.getItem(TOKEN_KEY);
    if (token) send({ type: "rejoin", token: token });
    else if (joining) sendJoin();
    else requestRoster();
  };
  socket.onmessage = (event) => {
    let message;
    try { message = JSON.parse(event.data); } catch (e) { return; }
    const handler = HANDLERS[message.type];
    if (handler) handler(message);
  };
  socket.onclose = () => {
    $("status").textContent = "Reconnecting…";
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 5000);
  };
}

function pinValue() {
  return document.querySelector("input[name=pin]").value.trim();
}

function sendJoin() {
  joining = true;
  send({ type: "join", pin: pinValue(), name: document.querySelector("input[name=name]").value });
}

// Asks the host for the class list once the PIN is complete; the reply (HANDLERS.roster) shows the names
// as buttons, or keeps the nickname field when the game has no class list.
function requestRoster() {
  if (/^\d{6}$/.test(pinValue()) && !localStorage.getItem(TOKEN_KEY)) send({ type: "roster", pin: pinValue() });
}

function showRoster(names) {
  const box = $("roster-names");
  box.replaceChildren();
  for (const entry of names) {
    const button = el("button", "name-choice" + (entry.taken ? " taken" : ""), entry.name);
    button.type = "button";
    button.dataset.name = entry.name;
    if (entry.taken) {
      button.disabled = true;
      button.title = "Already joined";
      button.appendChild(el("span", "taken-mark", "taken"));
    }
    button.addEventListener("click", () => {
      $("join-error").textContent = "";
      document.querySelector("input[name=name]").value = entry.name;
      sendJoin();
    });
    box.appendChild(button);
  }
  $("roster").hidden = names.length === 0;
  $("name-field").hidden = names.length > 0;
}

// ---- Screens -----------------------------------------------------------------------------------------

function show(name) {
  for (const screen of document.querySelectorAll(".screen")) screen.hidden = screen.id !== "screen-" + name;
}

function stopTimer() {
  clearInterval(timerHandle);
  timerHandle = 0;
}

function startTimer(remainingMs, paused) {
  stopTimer();
  const timer = $("q-timer");
  if (paused) {
    timer.textContent = "Paused";
    return;
  }
  deadline = Date.now() + remainingMs;
  const tick = () => {
    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    timer.textContent = left + " s";
    timer.classList.toggle("low", left <= 5);
    if (left === 0) stopTimer();
  };
  tick();
  timerHandle = setInterval(tick, 250);
}

// ---- Answer controls per question type --------------------------------------------------------------

function submitButton(label, onClick) {
  const button = el("button", "primary", label);
  button.type = "button";
  button.dataset.submit = "1";
  button.addEventListener("click", onClick);
  return button;
}

// A control with a Send button also leaves on its box what Send would send now, or null while it holds no
// answer (nothing typed or ticked), so the paper can save what was entered but not sent when the student
// moves on. Returns Send's click handler, which sends read() as it always did.
function readable(box, read, holdsAnswer) {
  box.currentAnswer = () => (holdsAnswer() ? read() : null);
  return () => answer(read());
}

function answer(wire) {
  if (answerSink) return answerSink(wire);
  $("q-error").textContent = "";
  send({ type: "answer", question: current.index, answer: wire });
}

function tile(index, text, onClick, image) {
  const button = el("button", "tile c" + (index % 8));
  button.type = "button";
  button.dataset.choice = String(index);
  button.appendChild(el("span", "shape", SHAPES[index % 8])).setAttribute("aria-hidden", "true");
  button.appendChild(el("span", "letter", LETTERS[index % 8]));
  const img = picture(image, "option-picture");
  if (img) button.appendChild(img);
  if (!img || !image.only) button.appendChild(el("span", "text", text));
  button.addEventListener("click", onClick);
  return button;
}

function choiceControls(q, box) {
  const tiles = el("div", "tiles");
  const images = q.choice_images || [];
  q.choices.forEach((text, i) => tiles.appendChild(tile(i, text, () => answer({ choice: i }), images[i])));
  box.appendChild(tiles);
}

function multiControls(q, box) {
  const tiles = el("div", "tiles");
  const chosen = new Set();
  const images = q.choice_images || [];
  q.choices.forEach((text, i) => {
    const button = tile(i, text, () => {
      if (chosen.has(i)) chosen.delete(i); else chosen.add(i);
      button.setAttribute("aria-pressed", chosen.has(i) ? "true" : "false");
    }, images[i]);
    button.setAttribute("aria-pressed", "false");
    tiles.appendChild(button);
  });
  box.appendChild(el("p", "hint", "Tap every right answer, then Send."));
  box.appendChild(tiles);
  const read = () => ({ choices: Array.from(chosen).sort((a, b) => a - b) });
  box.appendChild(submitButton("Send", readable(box, read, () => chosen.size > 0)));
}

function trueFalseControls(q, box) {
  const tiles = el("div", "tiles");
  tiles.appendChild(tile(0, "True", () => answer({ value: true })));
  tiles.appendChild(tile(1, "False", () => answer({ value: false })));
  box.appendChild(tiles);
}

function typedControls(q, box) {
  const input = el("input");
  input.name = "answer";
  input.autocomplete = "off";
  if (q.kind === "numeric") {
    input.inputMode = "decimal";
    input.placeholder = q.unit ? "Number (" + q.unit + ")" : "Number";
  } else if (q.kind === "date") {
    input.placeholder = q.precision === "year" ? "Year, e.g. 2018" : q.precision === "month" ? "e.g. May 2018" : "e.g. 2018-05-26";
  } else {
    input.placeholder = "Your answer";
  }
  const holds = () => input.value.trim() !== "";
  const send = readable(box, () => ({ text: input.value }), holds);
  const go = () => { if (holds()) send(); };
  input.addEventListener("keydown", (e) => { if (e.key === "Enter") go(); });
  box.appendChild(input);
  box.appendChild(submitButton("Send", go));
  input.focus();
}

function orderingControls(q, box) {
  const order = [];
  const placed = el("div", "picklist");
  const pool = el("div", "picklist");
  const send = submitButton("Send", readable(box, () => ({ order: order.slice() }), () => order.length === q.items.length));
  const redraw = () => {
    placed.replaceChildren();
    pool.replaceChildren();
    order.forEach((item, position) => {
      const button = el("button", "pick placed");
      button.type = "button";
      button.dataset.item = String(item);
      button.appendChild(el("span", "num", position + 1 + "."));
      button.appendChild(el("span", "", q.items[item]));
      button.addEventListener("click", () => { order.splice(position, 1); redraw(); });
      placed.appendChild(button);
    });
    q.items.forEach((text, item) => {
      if (order.includes(item)) return;
      const button = el("button", "pick", text);
      button.type = "button";
      button.dataset.choice = String(item);
      button.addEventListener("click", () => { order.push(item); redraw(); });
      pool.appendChild(button);
    });
    send.disabled = order.length !== q.items.length;
  };
  box.appendChild(el("p", "hint", "Tap the items in the right order (tap a placed one to take it back)."));
  box.appendChild(placed);
  box.appendChild(pool);
  box.appendChild(send);
  redraw();
}

// A matching item's text, its picture, or both (a picture-only item shows its picture alone).
function pickLabel(button, text, image) {
  const img = picture(image, "option-picture");
  if (img) button.appendChild(img);
  if (!img || !image.only) button.appendChild(el("span", "", text));
}

function matchingControls(q, box) {
  const pairs = new Map();  // left index -> shown right index
  let selectedLeft = -1;
  const columns = el("div", "columns");
  const lefts = el("div", "picklist");
  const rights = el("div", "picklist");
  const redraw = () => {
    lefts.replaceChildren();
    rights.replaceChildren();
    q.left.forEach((text, l) => {
      const button = el("button", "pick" + (pairs.has(l) ? " placed" : "") + (l === selectedLeft ? " selected" : ""));
      button.type = "button";
      button.dataset.left = String(l);
      button.appendChild(el("span", "num", l + 1 + "."));
      pickLabel(button, text, (q.left_images || [])[l]);
      if (pairs.has(l)) button.appendChild(el("span", "", " → " + LETTERS[pairs.get(l) % 8]));
      button.addEventListener("click", () => {
        if (pairs.has(l)) pairs.delete(l); else selectedLeft = l;
        redraw();
      });
      lefts.appendChild(button);
    });
    const used = new Set(pairs.values());
    q.right.forEach((text, r) => {
      const button = el("button", "pick" + (used.has(r) ? " placed" : ""));
      button.type = "button";
      button.dataset.right = String(r);
      button.appendChild(el("span", "num", LETTERS[r % 8]));
      pickLabel(button, text, (q.right_images || [])[r]);
      button.addEventListener("click", () => {
        if (selectedLeft < 0 || used.has(r)) return;
        pairs.set(selectedLeft, r);
        selectedLeft = -1;
        redraw();
      });
      rights.appendChild(button);
    });
  };
  box.appendChild(el("p", "hint", "Tap an item on the left, then its match on the right."));
  columns.appendChild(lefts);
  columns.appendChild(rights);
  box.appendChild(columns);
  box.appendChild(submitButton("Send", readable(box, () => ({ pairs: Array.from(pairs.entries()) }), () => pairs.size > 0)));
  redraw();
}

function clozeControls(q, box) {
  const text = el("p", "cloze");
  const inputs = [];
  const parts = String(q.text).split(/\{\{(\d+)\}\}/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      text.appendChild(document.createTextNode(part));
      return;
    }
    const input = el("input");
    input.name = "gap";
    input.dataset.gap = part;
    input.autocomplete = "off";
    input.setAttribute("aria-label", "Gap " + (Number(part) + 1));
    inputs[Number(part)] = input;
    text.appendChild(input);
  });
  box.appendChild(text);
  const gaps = () => Array.from({ length: q.gaps }, (_, i) => (inputs[i] ? inputs[i].value : ""));
  box.appendChild(submitButton("Send", readable(box, () => ({ gaps: gaps() }), () => gaps().some((gap) => gap.trim() !== ""))));
}

const CONTROLS = {
  choice: choiceControls, multi: multiControls, true_false: trueFalseControls,
  numeric: typedControls, date: typedControls, text: typedControls,
  ordering: orderingControls, matching: matchingControls, cloze: clozeControls,
};

// ---- Messages from the host --------------------------------------------------------------------------

function verdictTitle(m) {
  // A mark as well as the colour, so the verdict never rests on colour alone.
  if (!m.answered) return "⏱ Time's up";
  if (m.correct) return "✓ Correct!";
  if (m.verdict === "partly_correct") return "◐ Partly right";
  return "✗ Not this time";
}

const HANDLERS = {
  welcome(m) {
    joining = false;
    localStorage.setItem(TOKEN_KEY, m.token);
    localStorage.setItem(PIN_KEY, m.pin);
    $("me").textContent = m.name + (m.team ? " · " + m.team : "") + " · " + m.points + " pts";
    $("wait-title").textContent = "You're in, " + m.name + "!";
    show("wait");
  },
  error(m) {
    if (m.code === "unknown_token" || m.code === "kicked" || m.code === "game_over" && !localStorage.getItem(TOKEN_KEY)) {
      localStorage.removeItem(TOKEN_KEY);
      show("join");
    }
    if (m.code === "replaced") { $("status").textContent = "Continued in another tab."; return; }
    const screen = document.querySelector(".screen:not([hidden])");
    (screen && screen.id === "screen-question" ? $("q-error") : $("join-error")).textContent = m.message;
    joining = false;
    // Someone took that name meanwhile: refresh which names are free.
    if (m.code === "name_taken" || m.code === "not_on_class_list") requestRoster();
  },
  roster(m) { showRoster(m.names); },
  question(m) {
    current = m;
    $("q-number").textContent = "Question " + (m.index + 1) + " of " + m.count;
    $("q-prompt").textContent = m.question.prompt;
    const questionPicture = picture(m.question.image, "question-picture");
    $("q-picture").replaceChildren(...(questionPicture ? [questionPicture] : []));
    $("q-error").textContent = "";
    const box = $("q-answer");
    box.replaceChildren();
    box.dataset.kind = m.question.kind;
    (CONTROLS[m.question.kind] || typedControls)(m.question, box);
    startTimer(m.remaining_ms, m.paused);
    show(m.answered ? "sent" : "question");
  },
  timer(m) { if (current) startTimer(m.remaining_ms, m.paused); },
  ack() { stopTimer(); show("sent"); },
  result(m) {
    stopTimer();
    const result = $("result");
    result.dataset.result = m.correct ? "correct" : "wrong";
    $("result-title").textContent = verdictTitle(m);
    $("result-points").textContent = "+" + m.points;
    $("result-streak").textContent = m.streak_bonus > 0 ? "Streak " + m.streak + ": +" + m.streak_bonus + " bonus" : "";
    $("result-rank").textContent = "You are #" + m.rank + " of " + m.players + " with " + m.total + " points";
    $("result-answer").textContent = m.correct ? "" : "Answer: " + m.right_answer;
    $("me").textContent = $("me").textContent.replace(/· -?\d+ pts$/, "· " + m.total + " pts");
    show("result");
  },
  game_over(m) {
    stopTimer();
    $("over-rank").textContent = "#" + m.rank + " of " + m.players;
    $("over-total").textContent = m.total + " points";
    const podium = $("over-podium");
    podium.replaceChildren();
    for (const line of m.podium) podium.appendChild(el("li", "", line.name + " — " + line.points));
    show("over");
  },
  kicked(m) {
    localStorage.removeItem(TOKEN_KEY);
    $("join-error").textContent = m.message;
    show("join");
  },
};

document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(location.search);
  const pin = params.get("pin");
  if (pin) document.querySelector("input[name=pin]").value = pin.replace(/\D/g, "").slice(0, 6);
  // A token from another game (another PIN in the link) is dropped, so the phone joins afresh.
  if (pin && localStorage.getItem(PIN_KEY) !== pin) localStorage.removeItem(TOKEN_KEY);
  document.querySelector("input[name=pin]").addEventListener("input", requestRoster);
  $("join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    $("join-error").textContent = "";
    sendJoin();
  });
  connect();
});
