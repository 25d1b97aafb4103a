import { analyze } from '../../src/core/analyze';
import { bundledReference } from '../../src/core/reference/bundled';
import { checkAgainstReference, indexReferenceSet, useReadingCache } from '../../src/core/reference/check';
import { validateReferenceSet } from '../../src/core/reference/schema';
import { segment } from '../../src/core/segment';
import { machineLine, timeIt } from '../lib/machine';
import { loadArticles } from '../lib/site';
import { generatedArticles, generatedSet } from './generated-set';
import { buildReferenceSet } from '../../src/core/reference/build';

/**
 * npm run bench:reference: checking time per page against the bundled set and against a generated
 * set of 10,000 claims. Budget: a 1,500-word page against 10,000 claims in under 50 ms.
 */
const PAGE_WORDS = 1_500;
const GENERATED_CLAIMS = 10_000;
const BUDGET_MS = 50;
/** Building a set from 30 articles of about 1,000 words: under 5 s (issue 11). */
const BUILD_ARTICLES = 30;
const BUILD_WORDS = 1_000;
const BUILD_BUDGET_MS = 5_000;
const RUNS = 30;

/** The reference articles, repeated and cut to PAGE_WORDS words at a paragraph end. */
function page(): string {
  const base = loadArticles().map((a) => a.text).join('\n\n');
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < PAGE_WORDS; i++) {
    const all = base.split('\n');
    const p = all[i % all.length]!;
    paragraphs.push(p);
    words += p.split(/\s+/).filter(Boolean).length;
  }
  return paragraphs.join('\n');
}

// The budget is a page checked for the first time: the runs repeat one page, which the per-sentence
// cache would read once.
useReadingCache(false);
const text = page();
const words = text.split(/\s+/).filter(Boolean).length;
const sentences = segment(text);
const bundled = bundledReference();
const big = generatedSet(bundled.set, GENERATED_CLAIMS);
const validateMs = timeIt(() => validateReferenceSet(big, 1), 3, 1);
const indexMs = timeIt(() => indexReferenceSet(big), 5, 1);
const bigIndex = indexReferenceSet(big);

const articles = generatedArticles(BUILD_ARTICLES, BUILD_WORDS);
const buildMs = timeIt(() => buildReferenceSet('bench', articles), 3, 0);
const built = buildReferenceSet('bench', articles);

const rows: [string, number, number][] = [];
for (const [name, index] of [
  ['bundled set', bundled],
  [`generated set (${big.claims.length.toLocaleString('en-US')} claims)`, bigIndex],
] as const) {
  const check = timeIt(() => checkAgainstReference(text, sentences, index), RUNS);
  const full = timeIt(() => analyze(text, { reference: index }), RUNS);
  rows.push([name, check, full]);
}

const out = [
  `ClaimLens reference-check benchmark on ${machineLine()}`,
  `page: ${words.toLocaleString('en-US')} words, ${sentences.length} sentences; median of ${RUNS} runs`,
  `generated set: validate ${validateMs.toFixed(1)} ms, index ${indexMs.toFixed(1)} ms (once per change of sets)`,
  '',
  ...rows.map(([name, check, full]) => `${name.padEnd(34)} check ${check.toFixed(2).padStart(7)} ms   whole analysis ${full.toFixed(2).padStart(7)} ms`),
  '',
  `${rows[1]![1] < BUDGET_MS ? 'PASS' : 'FAIL'}  ${PAGE_WORDS.toLocaleString('en-US')}-word page against ${GENERATED_CLAIMS.toLocaleString('en-US')} claims: ${rows[1]![1].toFixed(2)} ms (budget < ${BUDGET_MS} ms)`,
  `${buildMs < BUILD_BUDGET_MS ? 'PASS' : 'FAIL'}  build-reference from ${BUILD_ARTICLES} articles of ${BUILD_WORDS.toLocaleString('en-US')} words (${built.statements} statements, ${built.claims} claims): ${Math.round(buildMs)} ms (budget < ${BUILD_BUDGET_MS} ms)`,
];
process.stdout.write(`${out.join('\n')}\n`);
