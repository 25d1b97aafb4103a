import type { Evidence, Sentence } from '../types';
import type { ReferenceIndex } from './index';
import type { ReferenceClaim } from './types';

/**
 * How reference flags name their sources: short ids with outlet and date in explanations, and the
 * evidence quotes (one per source, the first, where it states the claim) for the card and the report.
 * Sources that are the page itself are never cited for it.
 */

/** Short names for sources: "001" for 001_96271e3cfdfa4280.txt. */
export function shortName(sourceId: string): string {
  const name = sourceId.slice(sourceId.lastIndexOf('/') + 1);
  return /^(\d{3})_/.exec(name)?.[1] ?? name.replace(/\.[a-z]+$/, '');
}

export function list(items: readonly string[]): string {
  const u = [...new Set(items)];
  return u.length <= 1 ? (u[0] ?? '') : `${u.slice(0, -1).join(', ')} and ${u.at(-1)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "17 November 2024" (written out rather than by toLocaleDateString, which is slow and varies by runtime). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

function sourcesCited(claim: ReferenceClaim, self: ReadonlySet<string>): string[] {
  return [...new Set(claim.evidence.map((e) => e.source))].filter((s) => !self.has(s));
}

/** "002 (NJTODAY.NET, 18 November 2024) and 003 (17 November 2024)". */
export function cite(index: ReferenceIndex, claim: ReferenceClaim, self: ReadonlySet<string>): string {
  return list(
    sourcesCited(claim, self).map((id) => {
      const s = index.sources.get(id);
      const parts = [s?.outlet, s ? formatDate(s.published) : null].filter(Boolean);
      return `${shortName(id)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
    }),
  );
}

/** Whether a source other than the page itself tells the claim (asked of every claim a page sentence meets: no list is built). */
export function hasOtherSources(claim: ReferenceClaim, self: ReadonlySet<string>): boolean {
  for (const e of claim.evidence) if (!self.has(e.source)) return true;
  return false;
}

export function evidenceOf(index: ReferenceIndex, claim: ReferenceClaim, self: ReadonlySet<string>, side?: Evidence['side']): Evidence[] {
  const firstPerSource = claim.evidence.filter((e, i, all) => !self.has(e.source) && all.findIndex((o) => o.source === e.source) === i);
  return firstPerSource.map((e) => {
    const source = index.sources.get(e.source);
    return {
      source: e.source,
      title: source?.title ?? e.source,
      outlet: source?.outlet ?? null,
      date: source?.published ?? claim.date,
      quote: e.quote,
      start: e.start,
      end: e.end,
      claim: claim.id,
      statement: claim.statement,
      status: claim.status,
      ...(side ? { side } : {}),
    };
  });
}

/** Sources that are the page itself: the same address, or the same text (half its quoted sentences, at least two). */
export const SELF_MIN_QUOTES = 2;

export function selfSources(sentences: readonly Sentence[], index: ReferenceIndex, url: string | null | undefined): Set<string> {
  // A source's quotes are its sentences as ClaimLens segments them; the page's are segmented alike.
  const onPage = new Set(sentences.map((s) => s.text));
  const self = new Set<string>();
  for (const s of index.set.sources) {
    if (url && s.url && sameAddress(url, s.url)) self.add(s.id);
    const own = index.quotesBySource.get(s.id) ?? new Set<string>();
    let found = 0;
    for (const q of own) if (onPage.has(q)) found++;
    if (found >= SELF_MIN_QUOTES && found * 2 >= own.size) self.add(s.id);
  }
  return self;
}

function sameAddress(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/^https?:\/\/(?:www\.)?/, '').replace(/[#?].*$/, '').replace(/\/$/, '');
  return norm(a) === norm(b);
}
