import type { Quantity } from './quantities';
import type { AnchorKind } from './text/anchors';
import type { ActFamily, VocabularyEntry } from './text/vocabulary';

/** Version of the reference-set JSON schema; older versions are upgraded on load (schema.ts). */
export const REFERENCE_SCHEMA_VERSION = 2;
export const REFERENCE_SCHEMA_ID = 'claimlens-reference-set';

export type ClaimStatus = 'corroborated' | 'single-source' | 'unconfirmed' | 'contested' | 'superseded';
export type Polarity = 'positive' | 'negative';
/** A claim about a quantity (a range, a count, an amount), or a position (what was done or allowed). */
export type ClaimKind = 'measure' | 'position';

export interface ReferenceSource {
  /** The article's file name, its id in evidence. */
  id: string;
  title: string;
  outlet: string | null;
  published: string;
  /** Where the article was published, when known: a page at this address is the source itself. */
  url?: string | null;
}

/** One sentence read as a claim (text/statement.ts), as the set stores it: no token offsets. */
export interface StoredStatement {
  terms: string[];
  anchors: { id: string; kind: AnchorKind; speaker?: true }[];
  acts: { act: string; family: ActFamily; negative: boolean; head?: boolean }[];
  measures: { quantity: Quantity; dimension: string; holder: string | null; holderKind?: 'thing' | 'party'; places?: string[] }[];
  /** Who does the claim's first act, when the sentence says (text/statement.ts). */
  agent?: string | null;
  /** A named speaker's words (reported speech, a quotation), not the source's own voice. */
  attributed?: boolean;
  /** A party's denial ("Russia denies targeting civilians"): that party's word against the others'. */
  denial?: boolean;
  polarity: Polarity;
  mode: 'norm' | 'request' | 'occurrence';
  modality: 'hypothetical' | 'possible' | 'asserted';
  era: 'current' | 'earlier';
  scope: { kind: 'only' | 'except' | 'wide' | 'in'; place: string } | null;
}

export interface ClaimEvidence {
  source: string;
  start: number;
  end: number;
  quote: string;
  /** 'unconfirmed' when the source hedges the claim or rests it on anonymous officials. */
  stance: 'reported' | 'unconfirmed';
  origin: 'extracted' | 'curated';
  /** The quote read as a claim. */
  reading: StoredStatement;
  /** For a measure claim: which of the reading's measures this evidence states. */
  measure?: number;
}

export interface ReferenceClaim {
  id: string;
  kind: ClaimKind;
  /** A reader's summary: "ATACMS distance: about 190 miles (306 km)", or the first quote. */
  statement: string;
  /** Measure claims: what is measured, whose, and the values the evidence gives. */
  dimension: string | null;
  holder: string | null;
  quantities: Quantity[];
  /** Position claims: denied or not, and where it applies. */
  polarity: Polarity | null;
  scope: StoredStatement['scope'];
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
  /** The names of the set's own story (weapons, parties, acts), added to the core vocabulary. */
  vocabulary: VocabularyEntry[];
  claims: ReferenceClaim[];
}
