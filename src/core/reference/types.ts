import type { Quantity } from './quantities';

/** Version of the reference-set JSON schema; bump with a migration in schema.ts. */
export const REFERENCE_SCHEMA_VERSION = 1;
export const REFERENCE_SCHEMA_ID = 'claimlens-reference-set';

export type ClaimStatus = 'corroborated' | 'single-source' | 'unconfirmed' | 'contested' | 'superseded';
/** How two statements of one predicate compare: by quantity of one thing, by quantity of one event, or by stance. */
export type ClaimKind = 'attribute' | 'event' | 'stance';
export type Polarity = 'positive' | 'negative';

export interface ReferenceSource {
  /** The article's file name, its id in evidence. */
  id: string;
  title: string;
  outlet: string | null;
  published: string;
}

export interface ClaimEvidence {
  source: string;
  start: number;
  end: number;
  quote: string;
  /** 'unconfirmed' when the source hedges the claim or rests it on anonymous officials. */
  stance: 'reported' | 'unconfirmed';
  origin: 'extracted' | 'curated';
}

export interface ReferenceClaim {
  id: string;
  /** predicate:subject, the identity of "the same fact". */
  key: string;
  predicate: string;
  kind: ClaimKind;
  statement: string;
  actors: string[];
  places: string[];
  weapons: string[];
  quantities: Quantity[];
  polarity: Polarity | null;
  /** A categorical value, e.g. the scope "inside" or "outside" a region. */
  value: string | null;
  /** Earliest publication date among the evidence. */
  date: string;
  evidence: ClaimEvidence[];
  status: ClaimStatus;
  /** Claims that disagree with this one (contested) or reverse it (superseded by). */
  contestedWith: string[];
  supersededBy: string[];
}

export interface ReferenceSet {
  schema: typeof REFERENCE_SCHEMA_ID;
  version: number;
  name: string;
  sources: ReferenceSource[];
  claims: ReferenceClaim[];
}
