import { getCategory } from './categories';
import type { Flag } from './types';

/**
 * "Why it matters", per rule: the media-literacy note a reader sees on the card, in the side panel's
 * export and in the classroom report. The category's note is the fallback. Data, not logic: one short
 * sentence each, written for a reader, not for a linguist.
 */
export const RULE_NOTES: Readonly<Record<string, string>> = {
  'unconfirmed-report':
    'The outlet itself says it could not confirm this. Early reports in a war are often revised; wait for confirmation before sharing.',
  'not-established':
    'The text itself says this is not known or confirmed yet; the details may change once someone establishes them.',
  'anonymous-source':
    'Anonymous sources can be right, but you cannot check their record or their motives; look for the same claim from a named source.',
  'relayed-report':
    'A report passed on from another outlet has not been checked again by this one; find the original and see what it rests on.',
  'leaked-document':
    'A leaked document can be genuine, but you cannot read it or see who wrote it; look for whether anyone named has confirmed it.',
  'passive-report':
    '"Is said to have" and "is believed to" pass a claim on without anyone standing behind it; look for who first made it and how they knew.',
  'unnamed-reference':
    '"The official said" reads like a name but is not one: the text introduced this source without a name, and the claim rests on it.',
  'vague-attribution':
    '"Critics warn" or "it is believed" can make the writer\u2019s own view, or one person\u2019s, sound like a consensus.',
  'vague-quantity':
    '"Many" and "some" can make a claim sound broader or better supported than the evidence shows; ask how many, and which.',
  'speculative-hedge':
    'A hedge marks a guess; if the next report repeats the claim without the hedge, the guess has quietly become a "fact".',
  'writer-hearsay':
    'What the writer "read somewhere" or was "told" comes from a source you cannot see; look for the report or the person behind it before repeating it.',
  'evidence-hedge':
    'Evidence that "suggests" a claim points to it without establishing it; look for who has confirmed it, and how.',
  'modal-hedge':
    '"May be" states a possibility, not a finding; notice whether the rest of the text treats it as settled.',
  'certainty-marker':
    'Words like "clearly" and "of course" ask you to accept a point instead of showing you the evidence for it.',
  'motive-speculation':
    'Guessing at motives ("apparently", "aims to") presents the writer\u2019s interpretation as if it were part of the facts.',
  'writer-prediction':
    'A forecast in the writer\u2019s own voice ("will probably", "is bound to") is a guess; ask who, besides the writer, expects it.',
  'loaded-language':
    'A loaded word carries a verdict; swap in a neutral word and see whether the facts alone still support it.',
  'figure-of-speech':
    'A vivid image ("walk a tightrope") frames how you see a situation without arguing for that framing.',
  characterisation:
    'Judging a person\u2019s character ("weak", "reckless") tells you what the writer thinks of them, not what they did.',
  // The category's own note says it for these rules.
  'emotive-word': getCategory('emotive').whyItMatters,
  'stance-marker':
    'Words like "sadly" or "no wonder" tell you how to feel about a fact; that is commentary, however brief.',
  'first-person-plural':
    'A writer who says "we" and "our" has taken a side and invites you onto it; a report keeps its own voice out of the story.',
  'reader-address':
    'A text that talks to "you" is arguing with you, not reporting to you; ask what it wants you to conclude.',
  exclamation:
    'An exclamation mark tells you how to react; news writing saves it for what people said.',
  'rhetorical-question':
    'A question with its answer built in argues a point while appearing only to ask.',
  'prescriptive-statement':
    'An unattributed "must" or "should" is the writer\u2019s recommendation, not a report of what anyone decided.',
  'learned-judgement':
    'No single word gives it away, but the sentence reads as the writer\u2019s view, not a report; ask what evidence stands behind it.',
  'opinion-argument':
    'In an opinion piece the writer argues throughout; this sentence is part of the case, so weigh it as argument, not as reported fact.',
  'scare-quote':
    'Quotation marks around a word nobody is quoted as saying signal doubt or contempt without an argument.',
  'reference-conflict':
    'When careful sources give another figure, place or date, at least one account is wrong; check which before repeating it.',
  'reference-superseded':
    'Policies change; a statement that was true when made can be out of date now. Check the date of each side.',
  'reference-contested':
    'The reference sources disagree on this among themselves; a page that states one side as settled is leaving something out.',
  'reference-supported': getCategory('supported').whyItMatters,
  'reference-unconfirmed':
    'The reference articles themselves reported this as unconfirmed; stated here as fact, it has gained certainty it did not earn.',
  'reference-uncovered':
    'Nothing in the reference set confirms or contradicts this; look for a source before relying on the number or the event.',
};

/** The note for a flag: its rule's, or its category's when the rule has none. */
export function whyItMatters(flag: Pick<Flag, 'rule' | 'category'>): string {
  return RULE_NOTES[flag.rule] ?? getCategory(flag.category).whyItMatters;
}
