import type { Flag } from './types';

/**
 * How sure each rule is, for the sensitivity presets: "strict" shows only high-confidence rules,
 * "standard" high and medium, "broad" everything. Data, kept apart from the rules themselves so that
 * the content script can filter without loading them.
 */
export type Confidence = 'high' | 'medium' | 'low';
export type Sensitivity = 'strict' | 'standard' | 'broad';

export const RULE_CONFIDENCE: Record<string, Confidence> = {
  'unconfirmed-report': 'high', // the text says so itself
  'not-established': 'high', // the text says itself that the fact is not known or not confirmed
  'relayed-report': 'high', // an outlet or a report named as the subject of a verb of reporting
  'leaked-document': 'high', // a document the text itself calls leaked or secret, as the subject of a verb of reporting
  'passive-report': 'high', // a passive of hearsay before a fact: the text passes it on from nobody named
  'unnamed-reference': 'high', // a reference back to a source the text introduced without a name
  'writer-hearsay': 'medium', // "I'm told", "I read somewhere": the writer's unnamed source, though a columnist's "I'm told" sometimes stands for sources the outlet knows
  'anonymous-source': 'high', // a named source is easy to tell from an unnamed one
  'vague-attribution': 'high', // unnamed group + verb of saying
  'vague-quantity': 'low', // a quantity where no view is voiced ("sent some troops"): a weasel word at most; the reader judges whether a number was owed
  'certainty-marker': 'medium', // "clearly" is sometimes a manner adverb
  'motive-speculation': 'medium', // "appears to be" can be neutral
  'writer-prediction': 'medium', // "is likely to" is sometimes a reporter's fair summary of a schedule or a poll
  'loaded-language': 'high', // words chosen for their judgement
  'figure-of-speech': 'medium', // some idioms are worn neutral
  characterisation: 'high', // a person + copula + character trait
  'emotive-word': 'medium', // a lexicon score, not a reading
  'speculative-hedge': 'low', // "probably", "appears to": the writer's guess, but in real coverage as often a fair summary as a weak claim (sourcing tune pages: 11 of the 40 sentences it flagged are labelled unverified)
  'evidence-hedge': 'medium', // "the data suggest that": the text names its support as weak, though "suggest" is sometimes a person's proposal
  'modal-hedge': 'low', // "may be" is as often a capability ("may be used to") as a guess
  'stance-marker': 'high', // the writer's feelings and first person, named outright
  'first-person-plural': 'medium', // the writer's "we", but a quotation whose marks fall outside the text reads the same
  'reader-address': 'medium', // the writer's "you", but a speech quoted without its marks reads the same
  exclamation: 'medium', // the writer's, unless a quotation's marks fall outside the text
  'rhetorical-question': 'medium', // some questions frame a real open issue
  'scare-quote': 'low', // short quotations are often terms someone used, just not named in the sentence
  'prescriptive-statement': 'medium', // an unattributed "must" can be a rule or law
  'learned-judgement': 'medium', // a learned reading at a high bar (precision 0.92 on NewsSD-ENG's unseen test split), but no single word to check
  'opinion-argument': 'medium', // the writer's argument in a page the genre check calls opinion; as good as that call
  'reference-conflict': 'high',
  'reference-superseded': 'high',
  'reference-contested': 'high',
  'reference-supported': 'high',
  'reference-unconfirmed': 'medium',
  'reference-uncovered': 'medium', // off by default as a category; shown when the reader asks
};

const SHOWN: Record<Sensitivity, readonly Confidence[]> = {
  strict: ['high'],
  standard: ['high', 'medium'],
  broad: ['high', 'medium', 'low'],
};

export function passesSensitivity(flag: Pick<Flag, 'rule'>, sensitivity: Sensitivity): boolean {
  return SHOWN[sensitivity].includes(RULE_CONFIDENCE[flag.rule] ?? 'medium');
}
