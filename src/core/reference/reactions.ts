import type { ReferenceIndex } from './index';
import { isParty } from './text/anchors';
import type { Statement } from './text/statement';
import type { ReferenceClaim, StoredStatement } from './types';

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

/** The set's claims that state the same party's same reaction to the same thing as the page statement. */
export function reactionClaims(text: string, st: Statement, reading: StoredStatement, index: ReferenceIndex): ReferenceClaim[] {
  const found = new Map<string, ReferenceClaim>();
  for (const act of st.acts) {
    if (!REACTIONS.has(act.act) || act.negative) continue;
    const reactor = st.anchors.filter((a) => isParty(a) && a.to <= act.from && act.from - a.to <= REACTOR_REACH).at(-1);
    // "Russia did not condemn the decision": no reaction.
    if (!reactor || DENIED.test(text.slice(reactor.end, act.start))) continue;
    const objects = reading.terms.filter((t) => t !== `e:${reactor.id}` && /^(?:e|t|w):/.test(t));
    for (const i of index.positionsByTerm.get(`e:${reactor.id}`) ?? []) {
      const { claim, evidence } = index.positions[i]!;
      if (isReaction(evidence.reading, act.act, reactor.id) && objects.some((t) => evidence.reading.terms.includes(t)) && CURRENT.has(claim.status)) found.set(claim.id, claim);
    }
  }
  return [...found.values()];
}

/** A negation between the party and its verb. */
const DENIED = /\b(?:not|never|no)\b|n['’]t\b/i;

/** Claims a reaction may agree with: undisputed and not reversed. */
const CURRENT = new Set<ReferenceClaim['status']>(['corroborated', 'single-source', 'unconfirmed']);

function isReaction(other: StoredStatement, act: string, party: string): boolean {
  return other.acts.some((a) => a.act === act && !a.negative) && other.anchors.some((a) => a.id === party && isParty(a));
}
