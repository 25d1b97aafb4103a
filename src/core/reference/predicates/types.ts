import type { Sentence } from '../../types';
import type { EntityMention } from '../entities';
import type { Quantity } from '../quantities';
import type { ClaimKind, Polarity } from '../types';

/** What a predicate detector sees: one sentence, its quantities and entities, and the entities of the
 * sentences just before it in the same paragraph ("They have the ability to hit a target..."). */
export interface PredicateContext {
  text: string;
  sentence: Sentence;
  quantities: Quantity[];
  entities: EntityMention[];
  recentEntities: EntityMention[];
}

/** A claim as stated in one sentence. */
export interface ClaimFinding {
  predicate: string;
  subject: string;
  kind: ClaimKind;
  quantity: Quantity | null;
  polarity: Polarity | null;
  value: string | null;
  /** The words that state the claim (the flag's span on a page). */
  start: number;
  end: number;
  actors: string[];
  places: string[];
  weapons: string[];
}

export interface Predicate {
  id: string;
  kind: ClaimKind;
  find(ctx: PredicateContext): ClaimFinding[];
}

export function keyOf(f: Pick<ClaimFinding, 'predicate' | 'subject'>): string {
  return `${f.predicate}:${f.subject}`;
}

export function ids(mentions: EntityMention[], kind: EntityMention['kind']): string[] {
  return [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.id))].sort();
}

/** The span covering all given spans. */
export function cover(...spans: ({ start: number; end: number } | null | undefined)[]): { start: number; end: number } {
  const real = spans.filter((s): s is { start: number; end: number } => !!s);
  return { start: Math.min(...real.map((s) => s.start)), end: Math.max(...real.map((s) => s.end)) };
}

/** A finding with the sentence's actors, places and weapons filled in; fields given override them. */
export function makeFinding(
  ctx: PredicateContext,
  fields: Pick<ClaimFinding, 'predicate' | 'subject' | 'kind' | 'start' | 'end'> & Partial<ClaimFinding>,
): ClaimFinding {
  return {
    quantity: null,
    polarity: null,
    value: null,
    actors: ids(ctx.entities, 'actor'),
    places: ids(ctx.entities, 'place'),
    weapons: ids(ctx.entities, 'weapon'),
    ...fields,
  };
}
