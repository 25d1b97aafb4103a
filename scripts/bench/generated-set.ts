import { storeStatement } from '../../src/core/reference/stored';
import { readStatement } from '../../src/core/reference/text/statement';
import { vocabularyWith } from '../../src/core/reference/text/vocabulary';
import type { ReferenceClaim, ReferenceSet } from '../../src/core/reference/types';

/**
 * A deterministic reference set of many claims for the reference-check benchmark: sentences made from
 * templates over generated names and the war's real parties and places (so that page sentences meet
 * long posting lists, as they would in a big set about this war), each read as a claim the way a
 * build reads its articles.
 */
const REAL_PARTIES = ['Ukraine', 'Russia', 'the United States', 'North Korea', 'Kyiv', 'Moscow', 'Washington'];
const REAL_PLACES = ['Kursk', 'Kharkiv', 'Donetsk', 'Bryansk', 'Belgorod', 'Zaporizhzhia', 'Odesa'];
const TEMPLATES: ((r: () => number, name: (p: string) => string) => string)[] = [
  (r, n) => `${pick(REAL_PARTIES, r)} sent ${10 + Math.floor(r() * 9000)} troops to ${pick(REAL_PLACES, r)} in ${n('Operation')}.`,
  (r, n) => `${pick(REAL_PARTIES, r)} authorized ${pick(REAL_PARTIES, r)} to strike targets inside ${pick(REAL_PLACES, r)} with ${n('Missile')} missiles.`,
  (r, n) => `The ${n('System')} has a range of about ${50 + Math.floor(r() * 900)} kilometers.`,
  (r, n) => `A missile attack on ${n('Town')} in ${pick(REAL_PLACES, r)} killed ${2 + Math.floor(r() * 200)} people.`,
  (r, n) => `${pick(REAL_PARTIES, r)} refused to send ${n('Tank')} tanks to ${pick(REAL_PARTIES, r)}.`,
  (r, n) => `${pick(REAL_PARTIES, r)} announced a $${1 + Math.floor(r() * 900)} million aid package for ${n('Fund')}.`,
];

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** A small deterministic generator (mulberry32), so every run makes the same set. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedSet(bundled: ReferenceSet, claims: number): ReferenceSet {
  const src = bundled.sources[0]!;
  const vocabulary = vocabularyWith(bundled.vocabulary);
  const r = random(1);
  const out: ReferenceClaim[] = [];
  for (let i = 0; out.length < claims; i++) {
    const name = (kind: string) => `${kind}${String.fromCharCode(65 + (i % 26))}${Math.floor(r() * 400)}`;
    const quote = TEMPLATES[i % TEMPLATES.length]!(r, name);
    const reading = storeStatement(readStatement(quote, 0, quote.length, vocabulary));
    const evidence = { source: src.id, start: 0, end: quote.length, quote, stance: 'reported' as const, origin: 'extracted' as const, reading };
    const base = { date: src.published, status: 'single-source' as const, contestedWith: [], supersededBy: [], statement: quote, scope: reading.scope };
    reading.measures.forEach((m, k) => out.push({ ...base, id: `g${i}m${k}`, kind: 'measure', dimension: m.dimension, holder: m.holder, quantities: [m.quantity], polarity: null, evidence: [{ ...evidence, measure: k }] }));
    if (reading.acts.some((a) => a.head)) out.push({ ...base, id: `g${i}p`, kind: 'position', dimension: null, holder: null, quantities: [], polarity: reading.polarity, evidence: [evidence] });
  }
  return { ...bundled, name: 'generated', claims: out.slice(0, claims) };
}

/** Generated articles of about `words` words each, made of the same templates, for timing a build. */
export function generatedArticles(count: number, words: number): { id: string; title: string; outlet: string; published: string; text: string }[] {
  const r = random(2);
  return Array.from({ length: count }, (_, a) => {
    const sentences: string[] = [];
    for (let n = 0, i = 0; n < words; i++) {
      const name = (kind: string) => `${kind}${String.fromCharCode(65 + ((a + i) % 26))}${Math.floor(r() * 60)}`;
      const s = TEMPLATES[(a + i) % TEMPLATES.length]!(r, name);
      sentences.push(s);
      n += s.split(/\s+/).length;
    }
    const day = String(1 + (a % 28)).padStart(2, '0');
    return { id: `a${a}.txt`, title: `Article ${a}`, outlet: `Outlet ${a % 7}`, published: `2024-11-${day}`, text: sentences.join(' ') };
  });
}
