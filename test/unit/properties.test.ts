import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { bundledReference } from '../../src/core/reference/bundled';
import { detectTopic } from '../../src/core/topic';

/** Property tests on the core: any text in, well-formed and deterministic flags out, never a throw. */
const reference = bundledReference();

function wellFormed(text: string): void {
  const { flags, sentences } = analyze(text, { reference });
  let prev = -1;
  for (const f of flags) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeGreaterThanOrEqual(prev);
    expect(text.slice(f.start, f.end)).toBe(f.cue);
    prev = f.start;
  }
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
}

const pieces = [
  'Critics warn', ' that ', 'Kyiv', ' reportedly ', '“', '”', '"', '«', '»', '\u200B', '\u200E', '\u202E', '\u0000', '\uFEFF',
  'مرحبا بالعالم', 'שלום עולם', '😀', '🇺🇦', 'U.S.', ' 190 miles ', '$700 million', ' of course ', '\n', '\n\n', '.', '!', '?', ' ',
  'ATACMS', ' disastrous ', 'two anonymous officials said', '\uD800', '\uDFFF', 'é', 'e\u0301',
];
const newsy = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));

describe('core properties', () => {
  it('never throws, keeps offsets inside the text and sorted, on random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (t) => wellFormed(t)), { numRuns: 300 });
  });
  it('… and on news-like text with quotes, RTL, emoji, zero-width characters, lone surrogates and NUL', () => {
    fc.assert(fc.property(newsy, (t) => wellFormed(t)), { numRuns: 400 });
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(newsy, (t) => {
        expect(JSON.stringify(analyze(t, { reference }))).toBe(JSON.stringify(analyze(t, { reference })));
      }),
      { numRuns: 100 },
    );
  });
  it('handles a 1 MB sentence without punctuation', () => {
    const words = ['critics', 'warn', 'the', 'war', 'in', 'Ukraine', 'reportedly', 'disastrous', 'officials', 'said', 'Kyiv', 'of', 'course'];
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < 1_000_000; i++) {
      const w = words[(i * 7) % words.length]!;
      parts.push(w);
      n += w.length + 1;
    }
    const text = parts.join(' ');
    wellFormed(text);
    expect(detectTopic(text).words).toBeGreaterThan(100_000);
  });
  it('handles many and unbalanced quotation marks', () => {
    wellFormed('“'.repeat(5000) + 'Critics warn' + '”'.repeat(3) + '"'.repeat(4001) + ' he said.');
    wellFormed(Array.from({ length: 3000 }, (_, i) => (i % 2 ? '“quoted,” Biden said.' : '“unclosed')).join(' '));
  });
});
