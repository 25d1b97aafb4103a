import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { detectGenre, isOpinion } from '../../src/core/genre';
import type { Genre } from '../../src/core/types';
import { articleText, collectionNames, loadCollection, ROOT } from './collections';

/**
 * The genre detector on every tune page of every collection (issue 12: news read as opinion turns its
 * plain reporting into argument): its verdict beside the manifest's genre (news where a collection
 * gives none), from the address and the text as the extension reads them. Tune pages only: we read
 * these rows; the report pages are counted in the sourcing confusion and nowhere else.
 */
export function evaluateGenres(say: (s?: string) => void): void {
  const rows: string[] = ['collection\tpage\tmanifest\tdetected\tbasis\tsentences\town\tvoice\tattributed\treasons'];
  let pages = 0;
  let exact = 0;
  let coarse = 0;
  const newsAsOpinion: string[] = [];
  for (const name of collectionNames()) {
    for (const a of loadCollection(name).articles) {
      const text = a.split === 'tune' ? articleText(name, a.id) : null;
      if (text === null) continue;
      const gold = (a.genre ?? 'news') as Genre;
      const r = detectGenre({ url: a.url }, text, analyze(text));
      pages++;
      if (r.genre === gold) exact++;
      if (r.opinion === isOpinion(gold)) coarse++;
      if (r.opinion && !isOpinion(gold)) newsAsOpinion.push(`${name}/${a.id}`);
      const t = r.text;
      rows.push([name, a.id, gold, r.genre, r.basis, t.sentences, t.own, t.voice, t.attributed, r.reasons.join('; ')].join('\t'));
    }
  }
  if (pages === 0) return;
  const out = join(ROOT, 'eval-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'genre.tune-pages.tsv'), `${rows.join('\n')}\n`);
  say(`Genre on every tune page of every collection (${pages} pages, eval-output/genre.tune-pages.tsv): ${exact} as the manifest has them; opinion or not ${coarse} of ${pages}; news or analysis read as opinion: ${newsAsOpinion.length ? newsAsOpinion.join(', ') : 'none'}`);
}
