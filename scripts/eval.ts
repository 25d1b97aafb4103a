import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze';
import { CATEGORIES } from '../src/core/categories';
import { passesSensitivity, type Sensitivity } from '../src/core/confidence';
import { checkExpectations, parseExpectations } from '../src/core/expectations';
import { bundledReference } from '../src/core/reference/bundled';
import type { CategoryId } from '../src/core/types';
import { RULES } from '../src/core/rules';
import { SCORER_RULES } from '../src/core/scorer/judgement';
import { loadArticles } from './lib/site';
import { evaluateReference } from './eval/reference';
import { loadNewsSd, NEWSSD } from './train/data';
import { evaluateScorer } from './eval/scorer';
import { evaluateGenres } from './eval/genres';
import { evaluateSourcing } from './eval/sourcing';

/**
 * npm run eval: how well the flags agree with human labels on ../shared/eval/sentences (read in
 * place, never copied). Prints precision, recall, F1 and macro-F1 per file with the targets, per-rule
 * true and false positives, the seed acceptance and the flags per category on the reference articles.
 * False positives and negatives go to eval-output/ (gitignored) for study.
 */
const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval', 'sentences');
const OUT = join(ROOT, 'eval-output');

const LANGUAGE: CategoryId[] = ['editorial', 'emotive'];
const SOURCING: CategoryId[] = ['unverified', 'attribution'];
/** Which categories count for each file (../shared/eval/README.md), and the target, if any. */
/**
 * Issue 12 sets its targets on the held-out halves (CheckThat macro-F1 >= 0.72, BABE >= 0.76), which
 * are not in ../shared: these files stand in for them, and the verdict says so.
 */
const FILES: Record<string, { categories: CategoryId[]; target?: { macroF1?: number; precision?: number; f1?: number; heldOut?: boolean } }> = {
  'checkthat-subjectivity-dev': { categories: LANGUAGE, target: { macroF1: 0.72, heldOut: true } },
  'checkthat-subjectivity-train': { categories: LANGUAGE },
  'babe-bias': { categories: LANGUAGE, target: { macroF1: 0.76, heldOut: true } },
  'ukraine2014-subjectivity': { categories: LANGUAGE },
  'ukraine2014-bias': { categories: LANGUAGE },
  'conll2010-weasel': { categories: SOURCING, target: { precision: 0.8, f1: 0.7 } },
};

/** Which preset to measure: the extension's default unless --sensitivity says otherwise. */
const arg = process.argv.indexOf('--sensitivity');
const SENSITIVITY = (arg >= 0 ? process.argv[arg + 1] : 'standard') as Sensitivity;
if (!['strict', 'standard', 'broad'].includes(SENSITIVITY)) {
  process.stderr.write(`eval: --sensitivity must be strict, standard or broad\n`);
  process.exit(2);
}

if (!existsSync(EVAL)) {
  process.stderr.write(`eval: ${EVAL} not found. The evaluation data lives in ../shared/eval beside the project; nothing to measure.\n`);
  process.exit(2);
}

interface Row {
  id: string;
  text: string;
  label: 0 | 1;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00A0' };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (m, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name.toLowerCase()] ?? m),
  );
}

function readTsv(file: string): Row[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/);
  const cols = header!.split('\t');
  const [iId, iText, iLabel] = ['id', 'text', 'label'].map((c) => cols.indexOf(c));
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const f = l.split('\t');
      let text = f[iText!] ?? '';
      // TSV quoting: "…" with doubled quotes inside
      if (/^".*"$/s.test(text)) text = text.slice(1, -1).replace(/""/g, '"');
      // Some rows keep the HTML entities of the page they came from; a browser shows the characters.
      text = decodeEntities(text);
      return { id: f[iId!]!, text, label: f[iLabel!] === '1' ? 1 : 0 };
    });
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
function scores(tp: number, fp: number, fn: number, tn: number) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const npv = tn + fn === 0 ? 0 : tn / (tn + fn);
  const specificity = tn + fp === 0 ? 0 : tn / (tn + fp);
  const f1Pos = f1(precision, recall);
  return { precision, recall, f1: f1Pos, macro: (f1Pos + f1(npv, specificity)) / 2 };
}
const pct = (x: number) => x.toFixed(3);
const say = (s = '') => process.stdout.write(`${s}\n`);
const verdicts: { ok: boolean; line: string }[] = [];

mkdirSync(OUT, { recursive: true });
say(`ClaimLens evaluation on ../shared/eval/sentences, sensitivity "${SENSITIVITY}" (the extension's default is standard; topic gate off; a sentence is predicted positive when a flag of a mapped category overlaps it)`);
say();
say(`${'file'.padEnd(42)} ${'rows'.padStart(5)} ${'pos'.padStart(5)}  precision  recall     F1  macro-F1  (rules only)  categories`);
const ruleLines: string[] = [];
/** NewsSD-ENG's sentences, keyed as the CheckThat rows are matched to them (letters and digits only). */
const newsSdKey = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '');
const newsSd = new Map<string, string>();
if (existsSync(NEWSSD)) for (const split of ['train', 'val', 'test'] as const) for (const e of loadNewsSd(split)) newsSd.set(newsSdKey(e.text), split);
const sets: { name: string; rows: Row[]; spec: (typeof FILES)[string]; note?: string }[] = [];
for (const file of readdirSync(EVAL).filter((f) => f.endsWith('.tsv')).sort()) {
  const name = file.replace(/\.tsv$/, '');
  const spec = FILES[name];
  if (!spec) {
    say(`${name.padEnd(42)} (no mapping in eval.ts: skipped)`);
    continue;
  }
  const rows = readTsv(join(EVAL, file));
  if (!name.startsWith('checkthat-')) {
    sets.push({ name, rows, spec });
    continue;
  }
  // NewsSD-ENG's sentences are CheckThat rows: the scorer trained on NewsSD train+val (all of CheckThat train).
  const trained = rows.filter((r) => ['train', 'val'].includes(newsSd.get(newsSdKey(r.text)) ?? ''));
  const fromNewsSd = rows.filter((r) => newsSd.has(newsSdKey(r.text)));
  const { target, ...rest } = spec;
  sets.push({ name, rows, spec: trained.length ? rest : spec, note: trained.length ? `${trained.length} rows trained on: not a measure of the scorer` : fromNewsSd.length ? `${fromNewsSd.length} rows are NewsSD test rows, none trained on` : undefined });
  if (fromNewsSd.length > 0 && fromNewsSd.length < rows.length) sets.push({ name: `${name}, no NewsSD rows`, rows: rows.filter((r) => !newsSd.has(newsSdKey(r.text))), spec: { categories: spec.categories, target } });
}
const RULES_ONLY = RULES.filter((r) => !SCORER_RULES.has(r.id));
for (const { name, rows, spec, note } of sets) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const base = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const perRule = new Map<string, { tp: number; fp: number }>();
  const fps: string[] = ['id\ttext\tflags'];
  const fns: string[] = ['id\ttext'];
  for (const row of rows) {
    const flags = analyze(row.text).flags.filter((f) => spec.categories.includes(f.category) && passesSensitivity(f, SENSITIVITY));
    const predicted = flags.length > 0;
    const before = analyze(row.text, { rules: RULES_ONLY }).flags.some((f) => spec.categories.includes(f.category) && passesSensitivity(f, SENSITIVITY));
    base[before ? (row.label ? 'tp' : 'fp') : row.label ? 'fn' : 'tn']++;
    for (const rule of new Set(flags.map((f) => f.rule))) {
      const c = perRule.get(rule) ?? { tp: 0, fp: 0 };
      if (row.label === 1) c.tp++;
      else c.fp++;
      perRule.set(rule, c);
    }
    if (predicted && row.label === 1) tp++;
    else if (predicted) {
      fp++;
      fps.push(`${row.id}\t${row.text}\t${flags.map((f) => `${f.rule}:${f.cue}`).join(' | ')}`);
    } else if (row.label === 1) {
      fn++;
      fns.push(`${row.id}\t${row.text}`);
    } else tn++;
  }
  const { precision, recall, f1: f1Pos, macro } = scores(tp, fp, fn, tn);
  const macroBefore = scores(base.tp, base.fp, base.fn, base.tn).macro;
  say(`${name.padEnd(42)} ${String(rows.length).padStart(5)} ${String(tp + fn).padStart(5)}  ${pct(precision).padStart(9)} ${pct(recall).padStart(7)} ${pct(f1Pos).padStart(6)} ${pct(macro).padStart(9)}  ${`(${pct(macroBefore)})`.padStart(12)}  ${spec.categories.join(' ∪ ')}${note ? `  [${note}]` : ''}`);
  const slug = name.replace(/[^a-z0-9]+/gi, '-');
  writeFileSync(join(OUT, `${slug}.${SENSITIVITY}.false-positives.tsv`), `${fps.join('\n')}\n`);
  writeFileSync(join(OUT, `${slug}.${SENSITIVITY}.false-negatives.tsv`), `${fns.join('\n')}\n`);
  ruleLines.push(`${name}: ${[...perRule.entries()].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp)).map(([r, c]) => `${r} ${c.tp} TP / ${c.fp} FP`).join(', ') || 'no flags'}`);
  const t = spec.target;
  if (t?.macroF1 !== undefined) verdicts.push({ ok: macro >= t.macroF1, line: `${name}: macro-F1 ${pct(macro)} (target >= ${t.macroF1}${t.heldOut ? ', on the held-out half, which we do not have: this is the development file' : ''})` });
  if (t?.precision !== undefined) verdicts.push({ ok: precision >= t.precision, line: `${name}: precision ${pct(precision)} (target >= ${t.precision})` });
  if (t?.f1 !== undefined) verdicts.push({ ok: f1Pos >= t.f1, line: `${name}: F1 ${pct(f1Pos)} (target >= ${t.f1})` });
}
say('(rules only: the same analysis without the learned scorer\'s rules, learned-judgement and opinion-argument)');
say();
say('Per rule (sentences with a flag of the rule: true positives / false positives):');
for (const l of ruleLines) say(`  ${l}`);
say();
// The scorer alone: tuned (cross-validated) and report-only (NewsSD test), and on the public files it never saw.
evaluateScorer(
  say,
  sets.filter((s) => !/^checkthat-/.test(s.name) || s.name.endsWith('no NewsSD rows')).filter((s) => s.spec.categories.includes('editorial')),
);

// The seed acceptance and the flags on the four reference articles.
const expectationsFile = join(ROOT, '..', 'shared', 'acceptance', 'seed-expectations.json');
const reference = bundledReference();
const articles = new Map(loadArticles().map(({ meta, text }) => [meta.file, { text, flags: analyze(text, { reference }).flags }] as const));
if (existsSync(expectationsFile)) {
  const results = checkExpectations(parseExpectations(JSON.parse(readFileSync(expectationsFile, 'utf8'))), articles);
  const failed = results.filter((r) => !r.passed);
  say();
  say(`Seed acceptance: ${results.length - failed.length} of ${results.length} expectations hold`);
  for (const r of failed) say(`  FAIL ${r.kind} ${r.expectation.category} ${r.expectation.article}: "${r.expectation.quote}": ${r.problem}`);
  verdicts.push({ ok: failed.length === 0, line: `seed acceptance: ${results.length - failed.length}/${results.length}` });
}
say();
say(`Flags per category on the reference articles: ${CATEGORIES.map((c) => c.id).join(' / ')}`);
for (const [file, { flags }] of articles) say(`  ${file}: ${CATEGORIES.map((c) => flags.filter((f) => f.category === c.id).length).join(' / ')}`);
say();
say(`False positives and negatives written to ${OUT.slice(ROOT.length + 1)}/`);
say();
// Real war coverage of our own collections (eval/collections; texts in the git-ignored local/collections).
evaluateSourcing(say, SENSITIVITY, (ok, line) => verdicts.push({ ok, line }));
evaluateGenres(say);
say();
evaluateReference(say, (ok, line) => verdicts.push({ ok, line }));
say();
for (const v of verdicts) say(`${v.ok ? 'PASS' : 'FAIL'}  ${v.line}`);
