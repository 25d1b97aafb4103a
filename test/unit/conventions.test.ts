import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Meta-tests for the conventions of DEVELOPERS.md. */
const ROOT = join(import.meta.dirname, '..', '..');
function files(dir: string, ext = /\.ts$/): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}
const read = (p: string) => readFileSync(p, 'utf8');
const code = (p: string) => read(p).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('conventions', () => {
  it('src/core is pure: no DOM, no browser APIs, no Node APIs', () => {
    for (const f of files(join(ROOT, 'src', 'core'))) {
      const c = code(f);
      expect(c, relative(ROOT, f)).not.toMatch(/\b(?:document|window|browser|chrome)\.|from 'node:|from 'wxt|from '\.\.\/(?:dom|extension)/);
    }
  });
  it('entrypoints are glue: all runtime code inside main(), the logic in src/', () => {
    for (const f of files(join(ROOT, 'entrypoints'))) {
      const lines = code(f).split('\n').filter((l) => l.trim());
      expect(lines.length, relative(ROOT, f)).toBeLessThanOrEqual(20);
    }
  });
  it('never writes page text as HTML', () => {
    for (const f of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'entrypoints'))]) {
      expect(code(f), relative(ROOT, f)).not.toMatch(/\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/);
    }
  });
  it('one rule per file, named for what it detects', () => {
    const dir = join(ROOT, 'src', 'core', 'rules');
    for (const f of readdirSync(dir).filter((n) => !['helpers.ts', 'index.ts'].includes(n))) {
      const c = read(join(dir, f));
      const ids = [...c.matchAll(/\bid: '([a-z-]+)'/g)].map((m) => m[1]);
      expect(ids, f).toEqual([f.replace(/\.ts$/, '')]);
      expect(read(join(ROOT, 'test', 'unit', 'rules', f.replace(/\.ts$/, '.test.ts'))), `table test for ${f}`).toContain('ruleTable(');
    }
  });
  it('thresholds are named constants', () => {
    for (const f of files(join(ROOT, 'src', 'core'))) {
      for (const m of code(f).matchAll(/^(?:export )?const ([A-Z][A-Z0-9_]+) = (\d[\d_.]*);/gm)) {
        const before = read(f).split(new RegExp(`(?:export )?const ${m[1]} =`))[0]!.trimEnd();
        expect(before.endsWith('*/'), `${relative(ROOT, f)}: ${m[1]} needs a one-line reason`).toBe(true);
      }
    }
  });
  it('messages are typed in one place', () => {
    for (const f of files(join(ROOT, 'src'))) {
      if (f.endsWith('messages.ts')) continue;
      expect(code(f), relative(ROOT, f)).not.toMatch(/type: 'claimlens:[a-z-]+'\s*}\s*as/);
    }
  });
});
