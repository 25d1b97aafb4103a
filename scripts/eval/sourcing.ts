import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { passesSensitivity, type Sensitivity } from '../../src/core/confidence';
import { detectTopic } from '../../src/core/topic';
import type { CategoryId } from '../../src/core/types';
import { sentenceHash } from '../collection/sentence-hash';
import { articleText, collectionNames, emptyScore, loadCollection, ROOT, scoreLine, type Score, type Split } from './collections';

/**
 * Sourcing and language on real war coverage (issue 12): the sourcing collection's sentences are
 * labelled unverified / attribution / editorial / emotive; each category's flags are scored against
 * them sentence by sentence, per split (tune: we read its errors; report: we only print it), and
 * editorial also per genre (news against opinion pieces). Off-topic pages: flags with and without the
 * topic gate.
 */
const CATEGORIES: CategoryId[] = ['unverified', 'attribution', 'editorial', 'emotive'];
const OUT = join(ROOT, 'eval-output');
const OPINION_GENRES = new Set(['editorial', 'column', 'letter', 'blog', 'analysis']);

type Scores = Map<string, Score>;
const bump = (m: Scores, key: string, kind: keyof Score) => {
  const s = m.get(key) ?? emptyScore();
  s[kind]++;
  m.set(key, s);
};

export function evaluateSourcing(say: (s?: string) => void, sensitivity: Sensitivity): void {
  if (!collectionNames().includes('sourcing')) return;
  const c = loadCollection('sourcing');
  say(`Sourcing and language on real war coverage (eval/collections/sourcing, sensitivity "${sensitivity}", sentence level):`);
  if (c.articles.some((a) => articleText('sourcing', a.id) === null)) {
    say('  texts not present in local/collections (rebuild them: eval/collections/README.md); skipped.');
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const scores: Scores = new Map();
  const errors: string[] = ['page\tgenre\tcategory\tkind\tflags\tsentence'];
  for (const a of c.articles) {
    const text = articleText('sourcing', a.id)!;
    const { sentences, flags } = analyze(text);
    const genre = a.genre && OPINION_GENRES.has(a.genre) ? 'opinion' : 'news';
    for (const s of sentences) {
      const gold = c.labels.get(a.id)?.get(sentenceHash(s.text));
      if (!gold) continue;
      const here = flags.filter((f) => f.start < s.end && s.start < f.end && passesSensitivity(f, sensitivity));
      for (const cat of CATEGORIES) {
        const pred = here.some((f) => f.category === cat);
        const isGold = gold.includes(cat);
        const kind: keyof Score | null = pred && isGold ? 'tp' : pred ? 'fp' : isGold ? 'fn' : null;
        if (!kind) continue;
        bump(scores, `${a.split}:${cat}`, kind);
        if (cat === 'editorial') bump(scores, `${a.split}:${cat}:${genre}`, kind);
        if (a.split === 'tune' && kind !== 'tp') errors.push(`${a.id}\t${a.genre}\t${cat}\t${kind}\t${here.filter((f) => f.category === cat).map((f) => `${f.rule}:${f.cue}`).join(' | ')}\t${s.text}`);
      }
    }
  }
  writeFileSync(join(OUT, `sourcing.${sensitivity}.tune-errors.tsv`), `${errors.join('\n')}\n`);
  for (const split of ['tune', 'report'] as Split[]) {
    for (const cat of CATEGORIES) say(`  ${split.padEnd(6)} ${cat.padEnd(11)} ${scoreLine(scores.get(`${split}:${cat}`) ?? emptyScore())}`);
    for (const genre of ['news', 'opinion']) say(`  ${split.padEnd(6)} ${`editorial (${genre})`.padEnd(11)} ${scoreLine(scores.get(`${split}:editorial:${genre}`) ?? emptyScore())}`);
  }
  offTopicFlags(say);
}

function offTopicFlags(say: (s?: string) => void): void {
  if (!collectionNames().includes('offtopic')) return;
  let gated = 0;
  let ungated = 0;
  let pages = 0;
  for (const a of loadCollection('offtopic').articles) {
    const text = articleText('offtopic', a.id);
    if (text === null) continue;
    pages++;
    const n = analyze(text).flags.length;
    ungated += n;
    if (detectTopic(text).onTopic) gated += n;
  }
  say(`  off-topic pages (${pages}): flags with the topic gate ${gated} (the extension's default); without it ${ungated}`);
}
