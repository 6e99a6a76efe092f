// One-off oracle: fsrs-rs (through @open-spaced-repetition/binding 0.5.0) on the shared review log.
// Builds FSRS items as docs/scheduling.md ("Evaluation") describes: cards in order of first appearance,
// per card reviews in time order, delta_t in whole UTC days since the previous review; one item per
// review after the first whose delta_t > 0, carrying every earlier review (same-day ones included) and
// itself. Prints the item count, fsrs-rs's evaluate() with the default weights on all items, in time order
// instead of card order, and on subsets (to pin the filter, weighting and binning), then
// computeParameters() with 0 epochs (the S0 pre-training alone) and trained and evaluated on the same
// items, with its time. Not part of the build: tools/fsrs_oracle/README.md.
//
// Usage: node fsrs_rs_binding_figures.cjs /work/shared/data/review-log-sample.csv
const fs = require('fs');
const { FSRSBinding, FSRSBindingItem, FSRSBindingReview, computeParameters } =
  require(process.cwd() + '/node_modules/@open-spaced-repetition/binding');

const lines = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1);
const cards = new Map();
for (const line of lines) {
  const [id, rating, time] = line.split(',');
  const ms = Date.parse(time);
  if (!cards.has(id)) cards.set(id, []);
  cards.get(id).push({ ms, rating: Number(rating) });
}
const items = [];  // { item, ms } with ms the target's time
for (const reviews of cards.values()) {
  reviews.sort((a, b) => a.ms - b.ms);
  const day = (ms) => Math.floor(ms / 86400000);
  const history = [];
  for (let i = 0; i < reviews.length; ++i) {
    const dt = i === 0 ? 0 : day(reviews[i].ms) - day(reviews[i - 1].ms);
    history.push([reviews[i].rating, dt]);
    if (i > 0 && dt > 0) items.push({ ms: reviews[i].ms, history: history.slice() });
  }
}
const byTime = items.slice().sort((a, b) => a.ms - b.ms);
const make = (list) => list.map((x) => new FSRSBindingItem(x.history.map(([r, t]) => new FSRSBindingReview(r, t))));
const all = make(items);
console.log(`items ${all.length}`);
const model = new FSRSBinding();
const show = (name, e) => console.log(`${name}: log_loss ${e.logLoss.toFixed(6)} rmse_bins ${e.rmseBins.toFixed(6)}`);
show('default weights, all items', model.evaluate(all));
show('default weights, items in time order', model.evaluate(make(byTime)));
show('default weights, first 1000 items', model.evaluate(all.slice(0, 1000)));
show('default weights, items with one long-term review', model.evaluate(make(items.filter((x) => x.history.filter(([, t]) => t > 0).length === 1))));
show('default weights, items with >= 5 reviews', model.evaluate(make(items.filter((x) => x.history.length >= 5))));
(async () => {
  // Zero epochs: the S0 pre-training alone (w0..w3), the rest the defaults.
  const pretrained = await computeParameters(all, { enableShortTerm: true, trainingConfig:
    { numEpochs: 0, batchSize: 512, seed: 2023, maxSeqLen: 256, learningRate: 0.04, gamma: 1 } });
  console.log(`pre-trained only (0 epochs) ${pretrained.map((w) => w.toFixed(4)).join(',')}`);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const weights = await computeParameters(all, { enableShortTerm: true });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`optimised weights ${weights.map((w) => w.toFixed(4)).join(',')}`);
  show(`optimised (${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU of all threads), same items`, new FSRSBinding(weights).evaluate(all));
})();
