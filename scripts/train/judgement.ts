import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import topicRussia from '../../src/core/lexicons/topic-russia.json';
import topicUkraine from '../../src/core/lexicons/topic-ukraine.json';
import topicWar from '../../src/core/lexicons/topic-war.json';
import { stem } from '../../src/core/scorer/features';
import { fnv1a, loadNewsSd, loadWritten, NEWSSD, ROOT, type Example } from './data';
import { featuresOf } from './featurize';
import { fitLogistic, type SparseExample } from './logistic';

/**
 * npm run train: fits the judgement scorer (src/core/scorer/judgement-model.json) on NewsSD-ENG's
 * train and val splits and our written sentences, and prints cross-validated figures. NewsSD's test
 * split is never read here (npm run eval reports on it). Deterministic: no randomness, fixed fold
 * assignment, rounded weights; `npm run train -- --check` fits again and fails if the file differs.
 */
export const MODEL_FILE = join(ROOT, 'src', 'core', 'scorer', 'judgement-model.json');

/** Folds of the cross-validation that chooses the regularisation (and reports the scorer's figures). */
export const FOLDS = 5;
/** Mixed into the fold hash: changing it reshuffles the folds, nothing else. */
const FOLD_SEED = 'claimlens-judgement-1';
/** A feature must occur in this many training sentences to get a weight: once is noise, not evidence. */
const MIN_COUNT = 2;
/** Regularisation strengths tried, strongest first (per-example mean loss + lambda/2·|w|²). */
const LAMBDAS = [0.03, 0.01, 0.003, 0.001, 0.0003];
/** Thresholds whose out-of-fold precision and recall the training prints, for choosing the rules' thresholds. */
const REPORTED_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9];
/** Weights smaller than this are dropped from the file: they move no probability by more than half a percent. */
const PRUNE = 0.005;
/** Decimals kept in the file: enough for the scores, few enough for a small, stable file. */
const DECIMALS = 4;

export interface Prepared {
  example: Example;
  names: string[];
}

export function prepare(examples: readonly Example[]): Prepared[] {
  return examples.map((example) => ({ example, names: featuresOf(example.text) }));
}

/**
 * Words that say what a text is about, not whose voice it is in: the topic gate's war vocabulary
 * ("Ukraine", "Putin", "missiles"). Our written sentences are about the war more often when they argue
 * than NewsSD's are, so these words would learn a topical weight that real war coverage would pay for
 * in false flags; they get no weight, alone or in a pair.
 */
const TOPIC_STEMS = new Set([topicUkraine, topicRussia, topicWar].flatMap((l) => l.entries.map((e) => stem(e.term))));
function topical(name: string): boolean {
  if (name.startsWith('w:')) return TOPIC_STEMS.has(name.slice(2));
  if (name.startsWith('b:')) return name.slice(2).split(' ').some((w) => TOPIC_STEMS.has(w));
  return false;
}

/** The vocabulary of a training set: features seen in at least MIN_COUNT sentences, in sorted order. */
function vocabulary(rows: readonly Prepared[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const r of rows) for (const n of new Set(r.names)) df.set(n, (df.get(n) ?? 0) + 1);
  const names = [...df].filter(([n, c]) => c >= MIN_COUNT && !topical(n)).map(([n]) => n).sort();
  return new Map(names.map((n, i) => [n, i]));
}

function sparse(rows: readonly Prepared[], vocab: Map<string, number>): SparseExample[] {
  return rows.map((r) => ({
    features: Int32Array.from(r.names.map((n) => vocab.get(n)).filter((j): j is number => j !== undefined)),
    label: r.example.label,
  }));
}

export interface Model {
  bias: number;
  weights: Record<string, number>;
}

/** Fits on the rows and returns the model as the file stores it (pruned, rounded, sorted). */
export function fit(rows: readonly Prepared[], lambda: number): Model {
  const vocab = vocabulary(rows);
  const fitted = fitLogistic(sparse(rows, vocab), vocab.size, lambda);
  const round = (x: number) => Number(x.toFixed(DECIMALS));
  const weights: Record<string, number> = {};
  for (const [name, j] of vocab) {
    const w = round(fitted.weights[j]!);
    if (Math.abs(w) >= PRUNE) weights[name] = w;
  }
  return { bias: round(fitted.bias), weights };
}

export function probability(model: Model, names: readonly string[]): number {
  let z = model.bias;
  for (const n of names) z += model.weights[n] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export const foldOf = (e: Example) => fnv1a(`${FOLD_SEED}:${e.group}`) % FOLDS;

/** Out-of-fold probabilities: each row scored by a model fitted without its fold (groups kept whole). */
export function crossValidate(rows: readonly Prepared[], lambda: number): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((r) => foldOf(r.example) !== k);
    const model = fit(train, lambda);
    rows.forEach((r, i) => {
      if (foldOf(r.example) === k) out[i] = probability(model, r.names);
    });
  }
  return out;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  macroF1: number;
}

export function figures(labels: readonly (0 | 1)[], predicted: readonly boolean[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  labels.forEach((y, i) => {
    if (predicted[i] && y) tp++;
    else if (predicted[i]) fp++;
    else if (y) fn++;
    else tn++;
  });
  const f = (a: number, b: number, c: number) => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  return { precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0, f1: f(tp, fp, fn), macroF1: (f(tp, fp, fn) + f(tn, fn, fp)) / 2 };
}

const logLoss = (labels: readonly (0 | 1)[], p: readonly number[]) =>
  -labels.reduce((a: number, y, i) => a + Math.log(Math.min(1 - 1e-12, Math.max(1e-12, y ? p[i]! : 1 - p[i]!))), 0) / labels.length;

export function trainingRows(): Prepared[] {
  return prepare([...loadNewsSd('train'), ...loadNewsSd('val'), ...loadWritten()]);
}

/** The model file's text: the model with what it was trained on and how it scored in cross-validation. */
export function modelFileText(rows: readonly Prepared[], say: (s: string) => void): string {
  const labels = rows.map((r) => r.example.label);
  let best = { lambda: LAMBDAS[0]!, loss: Infinity, oof: [] as number[] };
  for (const lambda of LAMBDAS) {
    const oof = crossValidate(rows, lambda);
    const loss = logLoss(labels, oof);
    const fig = figures(labels, oof.map((p) => p >= 0.5));
    say(`  lambda ${lambda}: cross-validated log-loss ${loss.toFixed(4)}, macro-F1 ${fig.macroF1.toFixed(3)} at 0.5`);
    if (loss < best.loss) best = { lambda, loss, oof };
  }
  // What a threshold buys, out of fold: the rules' thresholds are chosen from this table.
  for (const t of REPORTED_THRESHOLDS) {
    const parts = (['newssd', 'written'] as const).map((source) => {
      const idx = rows.map((r, i) => [r, i] as const).filter(([r]) => r.example.source === source);
      const f = figures(idx.map(([r]) => r.example.label), idx.map(([, i]) => best.oof[i]! >= t));
      return `${source} P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)}`;
    });
    say(`  at ${t.toFixed(2)} (lambda ${best.lambda}, out of fold): ${parts.join(';  ')}`);
  }
  const model = fit(rows, best.lambda);
  const bySource = (source: Example['source']) => rows.map((r, i) => [r, i] as const).filter(([r]) => r.example.source === source);
  const cv: Record<string, Figures & { rows: number }> = {};
  for (const source of ['newssd', 'written'] as const) {
    const part = bySource(source);
    const f = figures(part.map(([r]) => r.example.label), part.map(([, i]) => best.oof[i]! >= 0.5));
    cv[source] = { rows: part.length, ...roundFigures(f) };
  }
  const file = {
    about:
      'ClaimLens judgement scorer: logistic-regression weights over the features of src/core/scorer/features.ts (w: word stem, b: word pair, r: another ClaimLens rule, o: sentence shape). Written by npm run train; do not edit.',
    credit:
      'Trained on NewsSD-ENG (Antici, Galassi, Ruggeri, Korre, Muti, Bardi, Fedotova, Barrón-Cedeño: A Corpus for Sentence-level Subjectivity Detection on English News Articles, LREC-COLING 2024; CC BY 4.0; train and val splits) and on sentences written for ClaimLens (data/training/claimlens-written.jsonl, MIT).',
    training: {
      rows: { newssd: bySource('newssd').length, written: bySource('written').length },
      lambda: best.lambda,
      minCount: MIN_COUNT,
      folds: FOLDS,
      crossValidatedAtHalf: cv,
    },
    bias: model.bias,
    weights: model.weights,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

function roundFigures(f: Figures): Figures {
  const r = (x: number) => Number(x.toFixed(3));
  return { precision: r(f.precision), recall: r(f.recall), f1: r(f.f1), macroF1: r(f.macroF1) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const say = (s: string) => process.stdout.write(`${s}\n`);
  const check = process.argv.includes('--check');
  if (!existsSync(NEWSSD)) {
    process.stderr.write(`train: ${NEWSSD} not found: NewsSD-ENG lives in ../shared/eval/training beside the project.\n`);
    process.exit(2);
  }
  const rows = trainingRows();
  say(`npm run train: ${rows.length} sentences (NewsSD-ENG train+val ${rows.filter((r) => r.example.source === 'newssd').length}, ours ${rows.filter((r) => r.example.source === 'written').length}); ${FOLDS}-fold cross-validation, groups kept whole`);
  const text = modelFileText(rows, say);
  const weights = Object.keys((JSON.parse(text) as Model).weights).length;
  if (check) {
    const same = readFileSync(MODEL_FILE, 'utf8') === text;
    say(same ? `check: ${MODEL_FILE.slice(ROOT.length + 1)} is what training gives (${weights} weights)` : `check: ${MODEL_FILE.slice(ROOT.length + 1)} differs from what training gives: run npm run train`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(MODEL_FILE, text);
    say(`wrote ${MODEL_FILE.slice(ROOT.length + 1)}: ${weights} weights, ${Buffer.byteLength(text)} bytes`);
  }
}
