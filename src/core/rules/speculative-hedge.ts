import lexicon from '../lexicons/speculative-hedges.json';
import speechVerbs from '../lexicons/speech-verbs.json';
import { alternation } from '../lexicon';
import { UNNAMED_HEADS } from '../quotes';
import { namedLead, phraseRule } from './helpers';
import { isOpinion } from '../opinion';
import type { RuleContext } from '../types';

/**
 * After "may have", a determiner starts a noun phrase: "may have a higher fat content" states what
 * something can possess, not a guess about what happened ("may have fled"). So does a preposition:
 * "the effect it might have on the public" ("have" is the main verb).
 */
const POSSESSION = /^\s+(?:a|an|the|no|some|any|more|less|fewer|many|much|little|several|his|her|its|their|our|your|my|this|that|these|those|on|in|for|over|upon|with)\b/i;
/**
 * "may have fled", "could have been": the guess about the past needs a past participle after "have"
 * (adverbs may stand between). Anything else makes "have" the main verb: "could have fatal consequences".
 */
const ADVERBS_BEFORE_PARTICIPLE = /^(?:\s+(?:already|also|even|never|just|not|only|still|yet|actually|really|\w+ly))*\s+([\p{L}'’-]+)/u;
const REGULAR_PARTICIPLE = /(?:ed|en|wn|ne)$/i;
/** Past participles that do not end like regular ones. */
const IRREGULAR_PARTICIPLES = new Set(['been', 'done', 'gone', 'had', 'said', 'led', 'fled', 'hit', 'put', 'set', 'cut', 'let', 'shot', 'fought', 'brought', 'thought', 'caught', 'taught', 'bought', 'sought', 'built', 'sent', 'spent', 'lost', 'left', 'felt', 'kept', 'held', 'told', 'sold', 'found', 'won', 'begun', 'run', 'come', 'become', 'struck', 'stuck', 'got', 'understood', 'stood', 'meant', 'paid', 'laid', 'read', 'heard', 'met', 'fed', 'hung', 'slept', 'sat', 'spread', 'burnt', 'dealt', 'dug', 'lit', 'quit', 'shut', 'split', 'swept', 'wept', 'upset', 'withstood']);
/** "appears to the senses", "appeared to him": "appear to" before a noun phrase means "is seen by", not "seems to". */
const SEEN_BY = /^\s+(?:the|a|an|his|her|their|its|our|your|my|this|that|these|those|him|her|them|us|me|you|many|most|some)\b/i;
/** "more likely to", "less likely than": a comparison of chances (a tendency, a statistic), not a guess. */
const COMPARED = /\b(?:more|less|as)\s+$/i;
/** "I can't possibly imagine": after a negated "can", "possibly" intensifies the negation; it hedges nothing. */
const NEGATED_CAN = /\b(?:can['’]?t|cannot|can\s+not|couldn['’]?t|could\s+not)\s+$/i;
/**
 * "will likely", "would probably", "is likely to win": a forecast, which the writer-prediction rule judges
 * as the writer's speculation (editorial). This rule marks hedged statements of what happened or is the case
 * (flags.md: an assertion of fact whose support the text itself marks as weak); "likely to have fled" is one.
 */
const FORECAST_BEFORE = /\b(?:will|would|shall|['’]ll|won['’]t|wouldn['’]t)\s+(?:(?:most|very|quite|also|still|almost)\s+)?$/i;
/** "perhaps he will learn", "probably will": the forecast's verb right after the hedge and its subject. */
const FORECAST_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:will|would|['’]ll)\b/iu;
/** "he will lose in 2022 and probably 2024": a forecast earlier in the same clause. */
const FORECAST_IN_CLAUSE = /\b(?:will|won['’]t|is\s+going\s+to|are\s+going\s+to)\s+[^,;:.!?]*$/i;
const FORECAST_TO = /^\s+to\s+(?!have\b|had\b|be\s+(?:the|a|an|among|one)\b)[a-z]/i;
/** Hedges that can carry a forecast. */
const CHANCE_WORDS = /^(?:likely|unlikely|probably|possibly|perhaps)$/i;
/** "I probably don't need to say": the writer's own state of mind, not a statement of fact. */
const FIRST_PERSON = /(?:^|[^\p{L}])I(?:['’]m|\s+am|\s+was)?\s+$/u;
/**
 * "Analysts suggest that …", "Zelensky suggested that …": a person proposing something, whose view the
 * attribution and source rules judge; "the data suggest that …" is the hedge.
 */
const SPEAKER_BEFORE = /([\p{L}'’.-]+)\s+(?:(?:have|has|had|also|now|recently|repeatedly|previously|further|again|later|then|publicly|privately)\s+)*$/u;
/**
 * A named speaker's verb earlier in the sentence, with no break after it where the writer takes the floor
 * again (";", a dash, ", but"): "Blinken stated, arguing that it could possibly be over tomorrow", "He
 * further suggested that experts may have played a role". The hedge is in the speaker's words.
 */
const NAMED_SPEAKER_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:he|she|He|She)|(?<![\\p{L}])(?!(?:They|It|This|That|These|Those|Officials|Sources|Analysts|Experts|Critics|Observers|People|Some|Many|Most|Others)\\b)\\p{Lu}[\\p{L}'’-]+)\\s+(?:(?:has|had|also|further|again|later|then|publicly|repeatedly)\\s+)*(?:${alternation(speechVerbs)})(?![\\p{L}])(?![^;\u2014]*(?:;|\u2014|,\\s+but\\b))[^;\u2014]*$`,
  'u',
);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'some', 'others', 'many']);
/** Subjects that are evidence, not people, also when they start the sentence: "Research suggests that". */
const EVIDENCE_SUBJECTS = new Set(['research', 'evidence', 'studies', 'study', 'data', 'findings', 'results', 'analysis', 'this', 'that', 'it', 'which', 'records', 'footage', 'images', 'documents', 'intelligence', 'signs', 'satellite', 'imagery', 'tests', 'experiments', 'surveys', 'polls', 'figures', 'numbers', 'estimates']);

/** How far back a named speaker's verb is looked for: a clause or two. */
const SPEAKER_CLAUSE_CHARS = 160;
/** "officials said": an unnamed speaker's words stay the text's to answer for. */
const UNNAMED_BEFORE = /\b(?:officials?|sources?|analysts|experts|critics|observers|people)\s+(?:(?:have|has|had|also)\s+)?(?:said|say|says|told|added)\b/i;
/**
 * "…, analysts at the Institute for the Study of War suggest.": a tag that credits the sentence to a named
 * institution's people; the hedges before it are that institution's assessment, not the page's.
 */
const NAMED_TAG_AFTER =
  /,\s*(?:[a-z-]+\s+){0,2}(?:analysts|experts|researchers|economists|investigators|officials|specialists)\s+(?:at|of|from|with)\s+(?:the\s+)?\p{Lu}[^,;]{0,90}?\s+(?:say|says|said|suggest|suggests|suggested|assess|assesses|assessed|believe|believes|believed|estimate|estimates|estimated|write|writes|wrote|note|notes|noted|conclude|concludes|concluded)\b[^,;]{0,40}$/u;
/** "is considered unlikely", "was seen as likely": the chance is the content of a view (vague attribution), not a hedge. */
const VIEW_BEFORE = /\b(?:considered|deemed|judged|thought|(?:regarded|seen|viewed)\s+as)\s+$/i;
/** "seemed to be trying to portray": an impression of what someone is after (motive-speculation), not of a fact. */
const MOTIVE_CUE = /\bto\s+be\s+[a-z]+ing$/i;
/** How far back the look-behind checks read: a few words. */
const LOOK_BEHIND_CHARS = 40;

/** `unverified`: hedges that mark a statement of fact as a guess ("probably", "may have been"). */
export const speculativeHedge = phraseRule({
  id: 'speculative-hedge',
  category: 'unverified',
  lexicon,
  explain: hedgeExplanation,
  skip: hedgeNotTheTexts,
});

/** A hedge's explanation, shared with evidence-hedge: what the cue marks, and what a reader should look for. */
export function hedgeExplanation(cue: string, entry: { reason: string }): string {
  return `"${cue}": ${entry.reason}; look for who has established it.`;
}

/**
 * Whether a hedge at [start, end) is not the text's own marking of a fact as weakly supported: an
 * opinion piece's reasoning, a forecast, a named speaker's words, "may have" as possession. Shared
 * with evidence-hedge, whose cues ("the data suggest that") are read the same way.
 */
export function hedgeNotTheTexts(ctx: RuleContext, start: number, end: number): boolean {
  // In an opinion piece the writer's "probably" and "might have" are the argument's own reasoning
  // (editorial, rule opinion-argument), not a report's fact marked as unsure.
  if (isOpinion(ctx.genre)) return true;
  const cue = ctx.text.slice(start, end);
  const after = ctx.text.slice(end, end + 40);
  const before = ctx.text.slice(Math.max(ctx.sentence.start, start - LOOK_BEHIND_CHARS), start);
  if (/\bhave$/i.test(cue)) {
    if (POSSESSION.test(after)) return true;
    const next = ADVERBS_BEFORE_PARTICIPLE.exec(after)?.[1]?.toLowerCase();
    if (next && !REGULAR_PARTICIPLE.test(next) && !IRREGULAR_PARTICIPLES.has(next)) return true;
  }
  if (/^appear(?:s|ed)?\s+to$/i.test(cue) && SEEN_BY.test(after)) return true;
  if (/^likely$/i.test(cue) && COMPARED.test(before)) return true;
  if (/likely$/i.test(cue) && VIEW_BEFORE.test(before)) return true;
  // "seemed to be trying to portray": speculation about motives, which the motive-speculation rule judges (editorial).
  if (ctx.earlier.some((f) => f.rule === 'motive-speculation' && f.start < end && start < f.end && MOTIVE_CUE.test(f.cue))) return true;
  if (NAMED_TAG_AFTER.test(ctx.text.slice(end, ctx.sentence.end))) return true;
  if (/^possibly$/i.test(cue) && NEGATED_CAN.test(before)) return true;
  if (CHANCE_WORDS.test(cue) && (FORECAST_BEFORE.test(before) || FORECAST_IN_CLAUSE.test(before) || FORECAST_AFTER.test(after) || (/likely$/i.test(cue) && FORECAST_TO.test(after)))) return true;
  if (FIRST_PERSON.test(before)) return true;
  if (/^suggest/i.test(cue)) {
    const subject = SPEAKER_BEFORE.exec(before)?.[1];
    const lower = subject?.toLowerCase() ?? '';
    if (subject && (UNNAMED_HEADS.has(lower) || PRONOUN_SUBJECTS.has(lower) || (/^\p{Lu}/u.test(subject) && !EVIDENCE_SUBJECTS.has(lower)))) return true;
  }
  // "According to Maxim Samorukov, the government will most likely …": the named speaker's hedge.
  if (namedLead(ctx)) return true;
  const sentenceBefore = ctx.text.slice(Math.max(ctx.sentence.start, start - SPEAKER_CLAUSE_CHARS), start);
  return NAMED_SPEAKER_BEFORE.test(sentenceBefore) && !UNNAMED_BEFORE.test(sentenceBefore);
}
