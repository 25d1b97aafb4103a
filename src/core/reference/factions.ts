import factions from '../lexicons/reference-factions.json';
import { PhraseMatcher } from '../lexicon';
import type { Difference, Relation } from './relate';
import type { ReferenceClaim } from './types';

/**
 * A faction's view inside a debate: "Some in the Biden administration have opposed giving Ukraine
 * permission…". What part of a party holds or argues does not contradict what the party decided, nor
 * shows a position since reversed as still current (check.ts positionMatches).
 */

/** Sentences whose subject is a part of a party (reference-factions.json): "Some in the administration opposed…". */
const FACTIONS = new PhraseMatcher(factions.entries);
/** A faction's view never contradicts the party's decision on these: what was decided, and where. */
const FACTION_UNCONTRADICTED: readonly Difference[] = ['polarity', 'scope'];
/** How far into a sentence (in characters) a faction's words may start: past a quotation mark or a "But". */
const FACTION_PEEK = 8;
/** The longest faction opening ("Several officials|advisers…" at its longest) fits in this many characters after it. */
const FACTION_SPAN = 48;

/**
 * A faction's view says nothing of the party's decision: it neither contradicts it nor, by agreeing
 * with a position since reversed ("some opposed giving permission", after the ban was lifted), shows
 * the reversed position as current.
 */
export function factionSilentOn(claim: ReferenceClaim, relation: Relation): boolean {
  if (!relation.same) return false;
  return relation.agree ? claim.status === 'superseded' : FACTION_UNCONTRADICTED.includes(relation.differs);
}

/** Whether the sentence text[start, end) opens with a faction as its subject. */
export function isFaction(text: string, st: { start: number; end: number }): boolean {
  return FACTIONS.find(text, st.start, Math.min(st.end, st.start + FACTION_PEEK + FACTION_SPAN)).some((m) => m.start - st.start <= FACTION_PEEK);
}
