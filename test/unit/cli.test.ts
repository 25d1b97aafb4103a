import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTICLES = join(ROOT, 'assets', 'reference', 'articles');
const tmp = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => void (out += s), err: (s) => void (err += `${s}\n`) });
  return { code, out, err };
}
function file(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

describe('claimlens analyze', () => {
  it('analyses a text file verbatim and prints one JSON object', () => {
    const { code, out, err } = run(['analyze', join(ARTICLES, '001_96271e3cfdfa4280.txt')]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out);
    const [f] = json.files;
    expect(f.topic.onTopic).toBe(true);
    expect(f.topic.terms).toContain('ukraine');
    expect(f.flags.length).toBeGreaterThan(5);
    for (const flag of f.flags) {
      expect(f.text.slice(flag.start, flag.end)).toBe(flag.cue);
      const keys = Object.keys(flag).sort();
      expect(keys.filter((k) => k !== 'evidence')).toEqual(['category', 'cue', 'end', 'explanation', 'rule', 'start']);
      if (['conflict', 'supported'].includes(flag.category)) expect(flag.evidence.length).toBeGreaterThan(0);
    }
  });
  it('extracts the article from HTML with the content script’s code', () => {
    const p = file('page.html', `<html><body><nav>Critics warn in the menu</nav><article><h1>Kyiv</h1><p>Ukraine and Russia: critics warn the war will go on, as Russian missiles hit Kyiv. Ukraine asked for help.</p></article><footer>Reportedly a footer</footer></body></html>`);
    const f = JSON.parse(run(['analyze', p]).out).files[0];
    expect(f.text).toBe('Kyiv\n\nUkraine and Russia: critics warn the war will go on, as Russian missiles hit Kyiv. Ukraine asked for help.');
    expect(f.flags.filter((x: { category: string }) => x.category === 'attribution').map((x: { cue: string }) => x.cue)).toEqual(['critics warn']);
  });
  it('tells an opinion page by what it says about itself and reads it as one; news has no genre line', () => {
    const letter = file(
      'letter.html',
      `<html><head><link rel="canonical" href="https://example.com/opinion/letters/keep-helping-ukraine"></head><body><article><h1>Keep helping Ukraine</h1><p>To the editor: I have read every promise this government has made about air defence for Ukraine, and I am tired of them. What Kyiv needs is not another summit but shells against Russia's missiles.</p></article></body></html>`,
    );
    const f = JSON.parse(run(['analyze', letter]).out).files[0];
    expect(f.genre.genre).toBe('letter');
    expect(f.genre.line).toMatch(/^Opinion piece .*: the writer argues throughout/);
    expect(f.genre.reasons.join(' ')).toContain('/opinion/letters/');
    const news = JSON.parse(run(['analyze', join(ARTICLES, '001_96271e3cfdfa4280.txt')]).out).files[0];
    expect(news.genre).toBeNull();
  });
  it('gives an off-topic file no flags unless --any-topic', () => {
    const p = file('offtopic.txt', 'Obviously the council made a disastrous choice, critics warn.');
    expect(JSON.parse(run(['analyze', p]).out).files[0].flags).toEqual([]);
    expect(JSON.parse(run(['analyze', '--any-topic', p]).out).files[0].flags.length).toBeGreaterThan(0);
  });
  it('reports each bad file in one line with exit code 2 and still processes the others', () => {
    const good = file('good.md', 'Critics warn that the plan will fail.');
    const empty = file('empty.txt', '');
    const binary = file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const dir = join(tmp, 'a-dir');
    mkdirSync(dir, { recursive: true });
    const { code, out, err } = run(['analyze', '--any-topic', join(tmp, 'missing.txt'), dir, empty, binary, good]);
    expect(code).toBe(2);
    const lines = err.trim().split('\n');
    expect(lines).toEqual([
      `${join(tmp, 'missing.txt')}: no such file`,
      `${dir}: is a directory, not a file`,
      `${empty}: is empty`,
      `${binary}: looks binary (contains NUL bytes), not text`,
    ]);
    expect(JSON.parse(out).files.map((f: { file: string }) => f.file)).toEqual([good]);
  });
  it('reports an unreadable file', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const p = file('secret.txt', 'text');
    chmodSync(p, 0);
    expect(run(['analyze', p]).err).toContain('permission denied');
  });
  it('JSONL: one result line per input line; malformed lines reported with their line number', () => {
    const p = file('rows.jsonl', ['{"id":"a","text":"Critics warn it will fail."}', 'not json', '{"id":"b"}', '', '{"id":3,"text":"The council met."}'].join('\n'));
    const { code, out, err } = run(['analyze', '--jsonl', p, '--any-topic']);
    expect(code).toBe(2);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a', 3]);
    expect(rows[0].flags[0].category).toBe('attribution');
    expect(rows[1].flags).toEqual([]);
    expect(err).toContain(`${p}:2: malformed JSONL line`);
    expect(err).toContain(`${p}:3: malformed JSONL line`);
  });
  it('rejects unknown options and commands with usage, exit 2', () => {
    expect(run(['analyze', '--frobnicate', 'x']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run([]).code).toBe(2);
  });
});

describe('claimlens check', () => {
  it('passes every seed expectation on the bundled articles', () => {
    const { code, out } = run(['check', join(ROOT, 'test/fixtures/acceptance/seed-expectations.json'), '--articles', ARTICLES]);
    expect(out).toBe('39 passed, 0 failed\n');
    expect(code).toBe(0);
  });
  it('prints each failure and exits 1', () => {
    const p = file('fail.json', JSON.stringify({ must: [{ article: '000_b307f9a3b3a6d047.txt', quote: 'On Wednesday', category: 'emotive' }], mustNot: [] }));
    const { code, out } = run(['check', p, '--articles', ARTICLES]);
    expect(out).toBe('FAIL must emotive 000_b307f9a3b3a6d047.txt: "On Wednesday": no emotive flag overlaps the quote\n0 passed, 1 failed\n');
    expect(code).toBe(1);
  });
  it('exits 0 when every expectation holds', () => {
    const p = file('exp.json', JSON.stringify({ must: [{ article: '001_96271e3cfdfa4280.txt', quote: 'experts warn', category: 'attribution' }], mustNot: [] }));
    const { code, out } = run(['check', p, '--articles', ARTICLES]);
    expect(out).toBe('1 passed, 0 failed\n');
    expect(code).toBe(0);
  });
  it('rejects malformed expectations with exit 2', () => {
    const p = file('bad.json', '{"must": 3}');
    const r = run(['check', p, '--articles', ARTICLES]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"must" must be an array');
  });
});

/** Two cold starts of the CLI (npx, tsx, the analysis core): seconds each on a busy 2-core machine, past vitest's 5 s default. */
const REAL_COMMAND_TIMEOUT_MS = 60_000;

describe('the real command', () => {
  it('prints only the result on stdout and never a stack trace', { timeout: REAL_COMMAND_TIMEOUT_MS }, () => {
    const ok = spawnSync('npx', ['tsx', 'src/cli/run.ts', 'analyze', join(ARTICLES, '003_cf9db65f469d2241.txt')], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(() => JSON.parse(ok.stdout)).not.toThrow();
    const bad = spawnSync('node', ['bin/claimlens.mjs', 'analyze', '/nonexistent/file.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('/nonexistent/file.txt: no such file');
    expect(bad.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
  });
});

describe('claimlens build-reference and analyze --reference', () => {
  it('builds a set from a folder of articles, reporting extraction and curation on stderr only', () => {
    const out = join(tmp, 'set.json');
    const r = run(['build-reference', ARTICLES, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^\d+ sentences from 4 sources: \d+ became claims(?: \(\d+ of them for their wording only: no act or amount the vocabulary knows\))?, \d+ skipped \(\d+ opinion, \d+ hypothetical, (?:\d+ fragment, )?\d+ no checkable content\); \d+ claims, \d+ statements grouped with another source's or sentence's; 1 curated evidence entries; wrote /);
    const set = JSON.parse(readFileSync(out, 'utf8'));
    expect(set.schema).toBe('claimlens-reference-set');
  });
  it('checks against another set with --reference', () => {
    const dir = join(tmp, 'own');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'Kyiv\nThe Storm Shadow is not in our lists, but ATACMS can strike targets up to 500 kilometers away, engineers said.');
    writeFileSync(join(dir, 'articles.json'), JSON.stringify({ articles: [{ file: 'a.txt', title: 'A', outlet: 'Own', published: '2025-01-01' }] }));
    const setFile = join(tmp, 'own-set.json');
    expect(run(['build-reference', dir, '--out', setFile]).code).toBe(0);
    const page = file('page.txt', 'ATACMS can hit targets 500 kilometers away.');
    const withOwn = JSON.parse(run(['analyze', '--any-topic', '--reference', setFile, page]).out).files[0].flags;
    expect(withOwn.map((f: { category: string }) => f.category)).toEqual(['supported']);
    expect(withOwn[0].evidence[0].outlet).toBe('Own');
    const withBundled = JSON.parse(run(['analyze', '--any-topic', page]).out).files[0].flags;
    expect(withBundled.map((f: { category: string }) => f.category)).toEqual(['conflict']);
  });
  it('rejects an invalid set with the JSON path of the problem, exit 2', () => {
    const bad = file('bad-set.json', JSON.stringify({ schema: 'claimlens-reference-set', version: 2, name: 'x', sources: [], vocabulary: [], claims: [] }));
    const r = run(['analyze', '--reference', bad, join(ARTICLES, '000_b307f9a3b3a6d047.txt')]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`${bad}: not a valid reference set: $.sources: must be a non-empty array`);
  });
  it('rejects a folder without articles.json', () => {
    const r = run(['build-reference', tmp, '--out', join(tmp, 'x.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('articles.json: no such file');
  });
});

describe('claimlens analyze --format', () => {
  const hostile = () => file('hostile.txt', 'Kyiv and Ukraine: critics warn that <script>alert(1)</script> Russia’s war is disastrous, =HYPERLINK("x").');
  it('html: a self-contained printable report, every piece of page text escaped', () => {
    const { code, out } = run(['analyze', '--format', 'html', '--any-topic', hostile()]);
    expect(code).toBe(0);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/(?:src|href)=["']https?:/);
    expect(out).toContain('Vague attribution');
    expect(out).toContain('Why it matters');
  });
  it('csv: a header and one quoted row per flag, formulas neutralised', () => {
    const { out } = run(['analyze', '--format', 'csv', '--any-topic', hostile()]);
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toBe('n,category,label,cue,before,after,explanation,rule,start,end,evidence');
    expect(lines.length).toBeGreaterThan(1);
    expect(out).not.toMatch(/,"=HYPERLINK/);
  });
  it('json (the default) gains a summary with the sourcing profile and tone', () => {
    const f = JSON.parse(run(['analyze', join(ARTICLES, '002_a3806cfcfd78ec55.txt')]).out).files[0];
    expect(f.summary.counts.editorial).toBeGreaterThan(0);
    expect(f.summary.sourcing.named).toBeGreaterThan(0);
    expect(['negative', 'neutral', 'positive']).toContain(f.summary.tone.label);
  });
  it('refuses html or csv for several files, and unknown formats', () => {
    expect(run(['analyze', '--format', 'html', join(ARTICLES, '000_b307f9a3b3a6d047.txt'), join(ARTICLES, '001_96271e3cfdfa4280.txt')]).code).toBe(2);
    expect(run(['analyze', '--format', 'pdf', join(ARTICLES, '000_b307f9a3b3a6d047.txt')]).err).toContain('--format must be json, html or csv');
  });
});
