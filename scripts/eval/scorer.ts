import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JUDGEMENT_THRESHOLD } from '../../src/core/rules/learned-judgement';
import { OPINION_ARGUMENT_THRESHOLD } from '../../src/core/rules/opinion-argument';
import { loadNewsSd, NEWSSD } from '../train/data';
import { crossValidate, figures, MODEL_FILE, prepare, probability, trainingRows, type Figures, type Model } from '../train/judgement';

/**
 * The learned scorer on its own (no rules deciding): tuned figures from cross-validation on the rows it
 * trains on (they chose its regularisation and the rules' thresholds), and report-only figures on
 * NewsSD-ENG's test split, which training never reads. `extra` are other labelled sets (the public
 * files, NewsSD rows left out), scored the same way.
 */
export function evaluateScorer(say: (s?: string) => void, extra: { name: string; rows: { text: string; label: 0 | 1 }[] }[]): void {
  if (!existsSync(NEWSSD)) {
    say(`Learned scorer alone: ${NEWSSD} not found; skipped.`);
    return;
  }
  const file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as Model & { training: { lambda: number } };
  const thresholds = [0.5, OPINION_ARGUMENT_THRESHOLD, JUDGEMENT_THRESHOLD].filter((t, i, a) => a.indexOf(t) === i).sort((a, b) => a - b);
  const line = (name: string, labels: (0 | 1)[], p: number[]) => {
    const cells = thresholds.map((t) => cell(figures(labels, p.map((x) => x >= t))));
    say(`  ${name.padEnd(44)} ${String(labels.length).padStart(5)}  ${cells.map((c) => c.padEnd(34)).join('')}`);
  };
  say(`Learned scorer alone (src/core/scorer, lambda ${file.training.lambda}), sentence scored as judgement at each threshold (opinion-argument ${OPINION_ARGUMENT_THRESHOLD}, learned-judgement ${JUDGEMENT_THRESHOLD}):`);
  say(`  ${''.padEnd(44)} ${'rows'.padStart(5)}  ${thresholds.map((t) => `at ${t}: P / R / macro-F1`.padEnd(34)).join('')}`);
  // Tuned: out-of-fold predictions on the training rows (the same folds and settings as npm run train).
  const rows = trainingRows();
  const oof = crossValidate(rows, file.training.lambda);
  for (const source of ['newssd', 'written'] as const) {
    const idx = rows.map((r, i) => [r, i] as const).filter(([r]) => r.example.source === source);
    line(`tuned: ${source === 'newssd' ? 'NewsSD-ENG train+val' : 'our written sentences'}, 5-fold CV`, idx.map(([r]) => r.example.label), idx.map(([, i]) => oof[i]!));
  }
  // Report-only: NewsSD-ENG's test split, never read by npm run train.
  const test = prepare(loadNewsSd('test'));
  line('report-only: NewsSD-ENG test (frozen split)', test.map((r) => r.example.label), test.map((r) => probability(file, r.names)));
  for (const set of extra) {
    const prepared = prepare(set.rows.map((r, i) => ({ id: `${set.name}-${i}`, text: r.text, label: r.label, source: 'newssd' as const, group: '' })));
    line(`public: ${set.name}`, prepared.map((r) => r.example.label), prepared.map((r) => probability(file, r.names)));
  }
}

function cell(f: Figures): string {
  return `${f.precision.toFixed(3)} / ${f.recall.toFixed(3)} / ${f.macroF1.toFixed(3)}`;
}
