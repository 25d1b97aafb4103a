/** The one shape of finding every rule produces. Offsets are UTF-16 indices into the analysed text. */
export interface Flag {
  category: CategoryId;
  start: number;
  end: number;
  /** The words that triggered the flag, as they appear in the text. */
  cue: string;
  /** The id of the rule that produced it (one rule per file in src/core/rules). */
  rule: string;
  /** One sentence a reader understands. */
  explanation: string;
  /** Reference quotes and values; filled in by the reference check. */
  evidence?: Evidence[];
}

/** A reference quote behind a reference flag: which article, where in it, and what it says. */
export interface Evidence {
  /** The reference article's id (its file name). */
  source: string;
  title: string;
  outlet: string | null;
  /** Publication date of the article, YYYY-MM-DD. */
  date: string;
  quote: string;
  start: number;
  end: number;
  /** The reference claim the quote belongs to, its statement and status. */
  claim: string;
  statement: string;
  status: string;
  /** For conflicts: whether this quote is the side the page agrees with or the other side. */
  side?: 'agrees' | 'disagrees';
}

/** Kept in step with CATEGORIES in categories.ts (a test checks both ways). */
export type CategoryId = 'unverified' | 'attribution' | 'editorial' | 'emotive' | 'conflict' | 'supported' | 'uncovered';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

/** A span of text inside quotation marks, and who (if anyone identifiable) said it. */
export interface Quotation extends Span {
  /** The speaker as written ("Secretary of State Antony Blinken"), or null when none was found. */
  speaker: string | null;
  /** True when the speaker is a named person or institution, not "officials" or "critics". */
  named: boolean;
}

/**
 * What kind of page the text is (src/core/genre.ts): news, or one of the opinion genres, where the writer
 * argues throughout. `analyze` reads sentences as news unless told otherwise.
 */
export type Genre = 'news' | 'analysis' | 'editorial' | 'column' | 'letter' | 'blog';

/** What a rule sees: one sentence, plus the whole text and its quotations for context. */
export interface RuleContext {
  text: string;
  sentence: Sentence;
  /** Index of the sentence in the text. */
  index: number;
  sentences: readonly Sentence[];
  quotations: readonly Quotation[];
  /** The page's genre, as the caller gave it ('news' when it gave none). */
  genre: Genre;
  /**
   * The flags the rules before this one raised on this sentence and kept (after named speakers' words
   * were left to them): a rule that speaks only where others are silent reads them here.
   */
  earlier: readonly Flag[];
}

export interface Rule {
  id: string;
  category: CategoryId;
  /** Returns flags with offsets into the whole text. */
  run(ctx: RuleContext): Flag[];
}
