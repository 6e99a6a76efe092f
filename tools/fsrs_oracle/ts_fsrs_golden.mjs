// One-off oracle: replays seeded random review histories through ts-fsrs 5.4.2 (FSRS-6, default weights,
// retention 0.9, steps 1m/10m, relearning 10m, short-term on, fuzz off) and prints the result in the
// format of `retain fsrs replay` (card_id,unix_ms,rating,state,stability,difficulty,retrievability,
// interval_days), with 10 decimals. Not part of the build: see tools/fsrs_oracle/README.md.
//
// Usage: node ts_fsrs_golden.mjs CARDS SEED > out.csv   (needs `npm install ts-fsrs@5.4.2` beside it)
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/');
const { fsrs, createEmptyCard, forgetting_curve, dateDiffInDays, default_w, State } = require('ts-fsrs');

const cards = Number(process.argv[2] ?? 400);
let seed = BigInt(process.argv[3] ?? 17);

// SplitMix64, so the histories are the same on every machine.
function random() {
  seed = (seed + 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn;
  let z = seed;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
  z ^= z >> 31n;
  return Number(z >> 11n) / 2 ** 53;
}
const pick = (n) => Math.floor(random() * n);

function rating() {
  const u = random();
  return u < 0.2 ? 1 : u < 0.35 ? 2 : u < 0.85 ? 3 : 4;
}

// The gap to the next review, ms: same day (minutes), the scheduled due time, just past UTC midnight,
// or a number of days at a random time of day.
function gap(card, nowMs) {
  const u = random();
  const minute = 60000, day = 86400000;
  if (u < 0.3) return (1 + pick(90)) * minute;
  if (u < 0.5) return Math.max(card.due.getTime() - nowMs, minute);
  if (u < 0.6) return (day - (nowMs % day)) + pick(10) * minute;  // just after the next UTC midnight
  return (1 + pick(40)) * day + pick(1440) * minute - 720 * minute;
}

const f = fsrs({ w: [...default_w], request_retention: 0.9, enable_fuzz: false, enable_short_term: true,
                 learning_steps: ['1m', '10m'], relearning_steps: ['10m'], maximum_interval: 36500 });
const stateName = { [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };
const rows = [];
for (let c = 0; c < cards; ++c) {
  const id = `c${c}`;
  let nowMs = Date.UTC(2024, 0, 1) + pick(200) * 86400000 + pick(1440) * 60000;
  let card = createEmptyCard(new Date(nowMs));
  const reviews = 2 + pick(12);
  for (let k = 0; k < reviews; ++k) {
    const g = rating();
    const now = new Date(nowMs);
    const r = card.state === State.New ? 0
      : forgetting_curve(default_w, dateDiffInDays(card.last_review, now), card.stability);
    card = f.next(card, now, g).card;
    const interval = (card.due.getTime() - nowMs) / 86400000;
    rows.push({ nowMs, line: [id, nowMs, g, stateName[card.state], card.stability.toFixed(10),
                              card.difficulty.toFixed(10), r.toFixed(10), interval.toFixed(10)].join(',') });
    nowMs += gap(card, nowMs);
  }
}
// In time order, as a real log is (each card's reviews stay in order: the sort is stable).
rows.sort((a, b) => a.nowMs - b.nowMs);
console.log('card_id,unix_ms,rating,state,stability,difficulty,retrievability,interval_days');
for (const row of rows) console.log(row.line);
