import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, highlightCss, highlightName } from '../../src/core/categories';
import { RULES } from '../../src/core/rules';
import { categoriesMarkdown } from '../../scripts/lib/docs';

describe('category registry', () => {
  it('has the seven categories of flags.md', () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual(['unverified', 'attribution', 'editorial', 'emotive', 'conflict', 'supported', 'uncovered']);
  });
  it('gives every category its own colour and its own decoration', () => {
    expect(new Set(CATEGORIES.map((c) => c.color)).size).toBe(CATEGORIES.length);
    expect(new Set(CATEGORIES.map((c) => `${c.line} ${c.decoration}`)).size).toBe(CATEGORIES.length);
  });
  it('keeps supported and uncovered off by default in the extension', () => {
    expect(CATEGORIES.filter((c) => !c.defaultEnabled).map((c) => c.id)).toEqual(['supported', 'uncovered']);
  });
  it('describes every category and why it matters', () => {
    for (const c of CATEGORIES) {
      expect(c.description.length).toBeGreaterThan(20);
      expect(c.whyItMatters.length).toBeGreaterThan(40);
    }
  });
  it('namespaces highlight names and styles every category', () => {
    const css = highlightCss();
    for (const c of CATEGORIES) {
      expect(highlightName(c.id)).toBe(`claimlens-${c.id}`);
      expect(css).toContain(`::highlight(claimlens-${c.id})`);
      expect(css).toContain(c.decoration);
    }
  });
  it('has at least one language or sourcing rule for those categories, and no rule outside the registry', () => {
    const ids = new Set(CATEGORIES.map((c) => c.id));
    for (const r of RULES) expect(ids.has(r.category), r.id).toBe(true);
    for (const c of CATEGORIES.filter((c) => c.group !== 'Reference check')) expect(RULES.some((r) => r.category === c.id), c.id).toBe(true);
  });
  it('docs/categories.md is generated from the registry and current (npm run docs)', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'categories.md'), 'utf8');
    expect(doc).toBe(categoriesMarkdown());
  });
});
