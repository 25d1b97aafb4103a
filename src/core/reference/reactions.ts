import verdicts from '../lexicons/reference-verdicts.json';
import { PhraseMatcher } from '../lexicon';
import type { ReferenceIndex } from './index';
import { isParty, type Anchor } from './text/anchors';
import type { Statement } from './text/statement';
import type { ClaimEvidence, ReferenceClaim, StoredStatement } from './types';

/**
 * A party's reaction to what the set reports: "The Kremlin condemned the decision as reckless" beside
 * the set's "Kremlin spokesman Dmitry Peskov condemned the decision, saying it added fuel to the fire".
 * The words of a reaction differ from telling to telling (reckless, dangerous, fuel to the fire), so
 * neither the comparison of positions nor wording finds it; what is the same is who reacted, how
 * (condemning, warning) and to what. Agreement only: a reaction told in other words never conflicts.
 */

/** Speech acts of reaction (reference-acts.json): condemning, criticising, slamming; warning, threatening. */
const REACTIONS = new Set(['condemn', 'warn']);
/** The party that reacts stands at most this many words before its verb ("the Kremlin on Wednesday condemned"). */
export const REACTOR_REACH = 4;

/** Words by which a party's statement condemns (reference-verdicts.json): "reckless", "an escalation". */
const VERDICTS = new PhraseMatcher(verdicts.entries);
/** A verb of saying after a party, at most two words on ("the Kremlin on Monday said", "Peskov told reporters"). */
const SPEAKS_AFTER = /^[\s,]+(?:[A-Za-z]+\s+){0,2}?(?:says|said|told|tells|calls|called|described|describes|branded|added|stated|declared)\b/;
/** How far after a party its verb of saying is looked for. */
const SPEAKS_PEEK = 40;

interface Reaction {
  act: string;
  reactor: Anchor;
}

/**
 * The set's claims that state the same party's same reaction to the same thing as the page statement;
 * of a statement told on a condition (`conditional`), only a verdict its party speaks.
 */
export function reactionClaims(text: string, st: Statement, reading: StoredStatement, index: ReferenceIndex, conditional = false): ReferenceClaim[] {
  const found = new Map<string, ReferenceClaim>();
  for (const { act, reactor } of reactionsOf(text, st, conditional)) {
    const objects = new Set(reading.terms.filter((t) => t !== `e:${reactor.id}` && /^(?:e|t|w):/.test(t)));
    for (const i of index.positionsByTerm.get(`e:${reactor.id}`) ?? []) {
      const { claim, evidence } = index.positions[i]!;
      if (evidence.reading.terms.some((t) => objects.has(t)) && isReaction(evidence, act, reactor.id) && CURRENT.has(claim.status)) found.set(claim.id, claim);
    }
  }
  return [...found.values()];
}

/** The reactions a statement tells: its acts of reaction with the party before each (unless `spokenOnly`), and a party's spoken verdict. */
function reactionsOf(text: string, st: Statement, spokenOnly: boolean): Reaction[] {
  const out: Reaction[] = [];
  for (const act of spokenOnly ? [] : st.acts) {
    if (!REACTIONS.has(act.act) || act.negative) continue;
    const reactor = st.anchors.filter((a) => isParty(a) && a.to <= act.from && act.from - a.to <= REACTOR_REACH).at(-1);
    // "Russia did not condemn the decision": no reaction.
    if (reactor && !DENIED.test(text.slice(reactor.end, act.start))) out.push({ act: act.act, reactor });
  }
  const speaker = verdictSpeaker(text, st);
  if (speaker && !out.some((r) => r.act === 'condemn')) out.push({ act: 'condemn', reactor: speaker });
  return out;
}

/** "The Kremlin says the decision is reckless", "'…an escalation,' Peskov said": the party that speaks a verdict. */
function verdictSpeaker(text: string, st: { start: number; end: number; anchors: readonly Anchor[] }): Anchor | undefined {
  if (!hasVerdict(text.slice(st.start, st.end))) return undefined;
  return st.anchors.find((a) => isParty(a) && SPEAKS_AFTER.test(text.slice(a.end, a.end + SPEAKS_PEEK)));
}

/** A negation between the party and its verb. */
const DENIED = /\b(?:not|never|no)\b|n['’]t\b/i;
/** A verdict denied just before it ("not an escalation", "was not reckless"): no condemnation. */
const DENIED_BEFORE = /\b(?:not|never|no)\s+(?:an?\s+|at\s+all\s+)?$/i;
/** How far before a verdict its denial is looked for. */
const DENIAL_PEEK = 16;

/** Whether the text holds a verdict that is not denied. */
function hasVerdict(text: string): boolean {
  return VERDICTS.find(text).some((m) => !DENIED_BEFORE.test(text.slice(Math.max(0, m.start - DENIAL_PEEK), m.start)));
}

/** Claims a reaction may agree with: undisputed and not reversed. */
const CURRENT = new Set<ReferenceClaim['status']>(['corroborated', 'single-source', 'unconfirmed']);

/** The set's statement tells the party's reaction: by its act, or, in a speaker's words, by a verdict. */
function isReaction(evidence: ClaimEvidence, act: string, party: string): boolean {
  const other = evidence.reading;
  if (!other.anchors.some((a) => a.id === party && isParty(a))) return false;
  if (other.acts.some((a) => a.act === act && !a.negative)) return true;
  return act === 'condemn' && spokenVerdict(evidence);
}

/** Whether a set statement tells a party's spoken verdict, read once per statement (many page sentences ask). */
const spoken = new WeakMap<ClaimEvidence, boolean>();
function spokenVerdict(evidence: ClaimEvidence): boolean {
  let found = spoken.get(evidence);
  if (found === undefined) spoken.set(evidence, (found = (!!evidence.reading.attributed || SAYING.test(evidence.quote)) && hasVerdict(evidence.quote)));
  return found;
}

/** A statement that tells what someone said ("…, Zelensky said and called the strike a terrorist attack"). */
const SAYING = /\b(?:said|says|told|tells|called|calls|described|describes|stated|declared|branded)\b/;
