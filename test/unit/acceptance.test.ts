import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { checkExpectations, parseExpectations } from '../../src/core/expectations';
import { bundledReference } from '../../src/core/reference/bundled';
import { detectTopic } from '../../src/core/topic';

// A copy of ../shared/acceptance/seed-expectations.json: product spec, so the tests need no ../shared.
const ROOT = join(import.meta.dirname, '..', '..');
const expectations = parseExpectations(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/acceptance/seed-expectations.json'), 'utf8')));
const DIR = join(ROOT, 'assets', 'reference', 'articles');
const index = JSON.parse(readFileSync(join(DIR, 'articles.json'), 'utf8')) as { articles: { file: string }[] };
const articles = new Map(
  index.articles.map(({ file }) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    return [file, { text, flags: detectTopic(text).onTopic ? analyze(text, { reference: bundledReference() }).flags : [] }] as const;
  }),
);

const results = checkExpectations(expectations, articles);

describe('seed acceptance on the four bundled articles', () => {
  it('bundles the four articles with their metadata', () => {
    expect(index.articles).toHaveLength(4);
  });
  it('covers every expectation, the reference-check (conflict) entries included', () => {
    expect(results.length).toBe(expectations.must.length + expectations.mustNot.length);
    expect(results.some((r) => r.expectation.category === 'conflict')).toBe(true);
  });
  it.each(results.map((r) => [`${r.kind} ${r.expectation.category}: ${r.expectation.quote.slice(0, 60)}`, r] as const))('%s', (_name, r) => {
    expect(r.passed, r.problem).toBe(true);
  });
});
