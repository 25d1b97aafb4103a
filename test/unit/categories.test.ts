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

describe('styles outside the registry follow it', () => {
  it('the side panel uses each category’s colour and underline style', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'entrypoints', 'sidepanel', 'style.css'), 'utf8');
    for (const c of CATEGORIES) {
      const style = c.decoration;
      expect(css, c.id).toContain(`mark.c-${c.id} { text-decoration-color: ${c.color}; text-decoration-style: ${style};`);
    }
  });
});

describe('contrast (WCAG AA, 4.5:1 for text)', () => {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const ratio = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  it.each([
    ['popup/side panel text, light', '#1a1a1a', '#ffffff'],
    ['muted text, light', '#4a4a4a', '#ffffff'],
    ['side panel muted, light', '#454545', '#ffffff'],
    ['accent, light', '#0b57d0', '#ffffff'],
    ['card buttons, light', '#0b3d91', '#ffffff'],
    ['text, dark', '#f0f0f0', '#1e1e1e'],
    ['muted, dark', '#c8c8c8', '#1e1e1e'],
    ['accent, dark', '#a8c7fa', '#1e1e1e'],
    ['card text, dark', '#f0f0f0', '#1f1f1f'],
    ['badge digits', '#ffffff', '#1f4e99'],
  ])('%s', (_name, fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
