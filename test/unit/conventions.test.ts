import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
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

/** Longest a function may be, nested functions included: a newcomer reads one in a screen or two. */
const MAX_FUNCTION_LINES = 80;

/** Every function, method, accessor and arrow function with a body, with its name and length in lines. */
function functionLengths(file: string, source: string): { name: string; line: number; lines: number }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: { name: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.end).line;
      const name = node.name?.getText(sf) ?? ts.SyntaxKind[node.kind];
      out.push({ name, line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
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
  it(`no function in src/ or entrypoints/ is longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'entrypoints'))].flatMap((f) =>
      functionLengths(f, read(f))
        .filter((fn) => fn.lines > MAX_FUNCTION_LINES)
        .map((fn) => `${relative(ROOT, f)}:${fn.line} ${fn.name} (${fn.lines} lines)`),
    );
    expect(long).toEqual([]);
  });
  it('measures functions of every kind, nested ones too', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const source = `export function outer() {\n${body(3)}\n  const inner = () => {\n${body(81)}\n  };\n}\nclass C {\n  m() {\n${body(2)}\n  }\n}`;
    expect(functionLengths('x.ts', source).map((f) => [f.name, f.lines])).toEqual([
      ['outer', 88],
      ['ArrowFunction', 83],
      ['m', 4],
    ]);
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
