import { analyze } from '../../src/core/analyze';
import { findQuotations } from '../../src/core/quotes';
import { checkAgainstReference, useReadingCache } from '../../src/core/reference/check';
import { bundledReference } from '../../src/core/reference/bundled';
import { opinionSentences } from '../../src/core/reference/opinion';
import { RULES } from '../../src/core/rules';
import { useJudgementCache } from '../../src/core/scorer/judgement';
import { segment } from '../../src/core/segment';
import type { Rule } from '../../src/core/types';
import { loadArticles } from '../lib/site';

/**
 * npx tsx scripts/bench/stages.ts [runs]: where the core's time goes, stage by stage and rule by rule,
 * on the text of npm run bench (the four reference articles repeated to about 100,000 words). The
 * machine is shared and noisy, so every figure is the minimum over the runs, and whole stages are
 * timed in CPU time (process.cpuUsage), which other processes disturb less than the wall clock.
 */
const RUNS = Number(process.argv[2] ?? 15);
/** Figures are given per this many words, as the budget is. */
const PER_WORDS = 100_000;

const base = loadArticles().map((a) => a.text).join('\n\n');
const count = (t: string) => t.split(/\s+/).filter(Boolean).length;
const text = Array(Math.ceil(PER_WORDS / count(base))).fill(base).join('\n\n');
const scale = PER_WORDS / count(text);
const reference = bundledReference();

/** CPU milliseconds of one call. */
function cpu(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** Minimum over RUNS of each named figure that `round` returns. */
function minimum(round: () => Record<string, number>): Record<string, number> {
  const best: Record<string, number> = {};
  for (let i = 0; i < RUNS; i++) for (const [k, v] of Object.entries(round())) best[k] = Math.min(best[k] ?? Infinity, v);
  return best;
}

// Per rule: wall-clock time inside each rule's run, summed over the sentences.
const spent = new Map<string, number>();
const timed: Rule[] = RULES.map((rule) => ({
  ...rule,
  run(ctx) {
    const t0 = performance.now();
    const out = rule.run(ctx);
    spent.set(rule.id, (spent.get(rule.id) ?? 0) + performance.now() - t0);
    return out;
  },
}));

function round(): Record<string, number> {
  const sentences = segment(text);
  const flags = analyze(text).flags;
  spent.clear();
  analyze(text, { rules: timed });
  const out: Record<string, number> = {
    segment: cpu(() => segment(text)),
    quotations: cpu(() => findQuotations(text, sentences)),
    'rules (analyze without reference)': cpu(() => analyze(text)),
    'reference check, caches on (text repeats)': cpu(() => checkAgainstReference(text, sentences, reference, { opinion: opinionSentences(sentences, flags) })),
    'analyze with reference, caches on': cpu(() => analyze(text, { reference })),
  };
  // The text repeats four articles, which the per-sentence caches read once: the bench figure reads every sentence as if new.
  useJudgementCache(false);
  useReadingCache(false);
  out['reference check'] = cpu(() => checkAgainstReference(text, sentences, reference, { opinion: opinionSentences(sentences, flags) }));
  out['analyze with reference (bench figure)'] = cpu(() => analyze(text, { reference }));
  useJudgementCache(true);
  useReadingCache(true);
  for (const [id, ms] of spent) out[`  rule ${id}`] = ms;
  return out;
}

round(); // warm-up: compiled code, memos
const best = minimum(round);
const total = best['analyze with reference (bench figure)']!;
process.stdout.write(`min of ${RUNS} runs, ms per ${PER_WORDS.toLocaleString('en-US')} words (CPU time; rules: wall time inside run)\n`);
for (const [k, v] of Object.entries(best).sort(([a], [b]) => (a.startsWith('  ') === b.startsWith('  ') ? 0 : a.startsWith('  ') ? 1 : -1))) {
  process.stdout.write(`${k.padEnd(44)} ${(v * scale).toFixed(1).padStart(7)}\n`);
}
process.stdout.write(`words/s with reference: ${Math.round(PER_WORDS / ((total * scale) / 1000)).toLocaleString('en-US')}\n`);
