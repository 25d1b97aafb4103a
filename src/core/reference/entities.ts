import lexicon from '../lexicons/reference-entities.json';
import { PhraseMatcher } from '../lexicon';

export type EntityKind = 'actor' | 'place' | 'weapon';
export interface EntityMention {
  id: string;
  kind: EntityKind;
  start: number;
  end: number;
}

interface EntityEntry {
  term: string;
  reason: string;
  id: string;
  kind: EntityKind;
}
const ENTRIES = lexicon.entries as EntityEntry[];
const matcher = new PhraseMatcher(ENTRIES);
const byTerm = new Map(ENTRIES.map((e) => [e.term, e]));

/** Actors, places and weapon systems named in text[from, to). */
export function findEntities(text: string, from: number, to: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of matcher.find(text, from, to)) {
    const e = byTerm.get(m.entry.term)!;
    // "us" is the country only when written US, not the pronoun.
    if (e.term === 'us' && m.text !== 'US') continue;
    out.push({ id: e.id, kind: e.kind, start: m.start, end: m.end });
  }
  return out;
}

export const ENTITY_NAMES: Record<string, string> = {
  atacms: 'ATACMS',
  himars: 'HIMARS',
  us: 'the United States',
  russia: 'Russia',
  ukraine: 'Ukraine',
  'north-korea': 'North Korea',
  kursk: 'Kursk',
  kharkiv: 'Kharkiv',
};

export function entityName(id: string): string {
  return ENTITY_NAMES[id] ?? id;
}
