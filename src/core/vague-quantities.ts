import quantifiers from './lexicons/vague-quantifiers.json';
import eventReports from './lexicons/event-reports.json';
import exceptions from './lexicons/vague-quantity-exceptions.json';
import beliefVerbs from './lexicons/belief-verbs.json';
import speechVerbs from './lexicons/speech-verbs.json';
import viewVerbs from './lexicons/view-verbs.json';
import feelingCauses from './lexicons/feeling-causes.json';
import outletKinds from './lexicons/outlet-kinds.json';
import { alternation, WORD_CHAR, wordSet } from './lexicon';
import { Recent } from './recent';
import { endWords, firstWords, hasWordOf, insideSpeech, matchAll, wholeWords, wordBefore } from './rules/helpers';
import type { RuleContext, Span } from './types';

/**
 * Vague quantities ("many experts", "some of them", "several buildings") and what they do in their
 * sentence. flags.md's vague attribution is a view laundered through an unnamed group: a vague quantity
 * is one where the uncounted group holds or voices a view ("many military experts agree", "worries many
 * in the West", "is regarded by some as"), and the vague-attribution rule flags those. Every other vague
 * quantity only stands where a number or names could ("fire many rockets", "sent some troops"): the
 * vague-quantity rule shows those to readers who ask for everything (the broad preset).
 */
export interface VagueQuantity extends Span {
  /** The whole phrase that puts a view in the group's mouth ("many military experts agree"), or null. */
  view: Span | null;
  /** Plain reporting of an event ("several buildings were damaged"), counted outlets or reports, examples given. */
  plain: boolean;
}

/**
 * The quantifier, an optional "of the/these/his…", and the word it counts: "many clubs", "some of his
 * works". The counted word is part of the cue so that the reader sees what is left uncounted.
 */
const VAGUE = new RegExp(
  wholeWords(
    `(${alternation(quantifiers)})\\s+(?:(of\\s+(?:them|whom|these|those))(?![\\w'’-])|((?:of\\s+(?:the|his|her|its|their|our)\\s+)?)([A-Za-z\\u00C0-\\u024F][\\w\\u00C0-\\u024F'’-]*))`,
  ),
  'gi',
);
/** The words VAGUE can start with: a sentence with none of them has no vague quantity. */
const QUANTIFIER_FIRST = endWords(firstWords(quantifiers.entries.map((e) => e.term)));
const EXCEPTIONS = wordSet(exceptions);
/** Words before a quantifier that make it a question, a comparison or a superlative: "how many", "the most". */
const NOT_A_CLAIM_BEFORE = new Set(['how', 'the', 'at', 'as', 'for']);
/** After these, "most" makes a superlative: "his most famous work", "this most unusual war". */
const SUPERLATIVE_BEFORE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose', 'this', 'that']);
/** After a possessive a quantity describes what is someone's, and counts nobody: "his many war crimes". */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
/**
 * Verbs of containing: after them a quantity describes what something holds ("the complex houses many
 * pavilions", "sprinkled with many lawns"), an inventory rather than a claim about who or how many.
 */
const CONTAINS = new Set(['has', 'have', 'had', 'having', 'contains', 'contained', 'containing', 'includes', 'included', 'including', 'houses', 'housed', 'features', 'featured', 'featuring', 'comprises', 'comprised', 'offers', 'offered', 'offering', 'with']);

/**
 * "some" and "most" also measure amounts ("some disagreement", "most of the land") and "most" makes
 * superlatives ("most important"); they count people or things only before a plural.
 */
const MASS_CAPABLE = new Set(['some', 'most', 'certain']);
const PLURAL = /(?:[^su]s|people|men|children|them|these|those|who|whom)$/i;
/** How far a noun phrase runs after the quantifier: "some recent changes", "most radio stations". */
const NOUN_PHRASE_CHARS = 30;
/** A quantifier's noun comes within three words: "some (recent) (legal) changes". */
const NOUN_PHRASE_WORDS = 3;

/** True when one of the first few words of the phrase (before any punctuation) is a plural. */
function countsPlural(phrase: string): boolean {
  const head = phrase.split(/[,.;:()!?"“”]/)[0]!.split(/\s+/).slice(0, NOUN_PHRASE_WORDS);
  return head.some((w) => PLURAL.test(w));
}

/** Examples named or numbered right after the quantity answer "which ones?": "several castles, such as Alcázar", "several jubilees, such as the 300th". */
const NAMED_EXAMPLES = /^[^.;:]{0,60}?\b(?:such\s+as|including|like|notably|namely|among\s+them)\s+(?:the\s+)?[\p{Lu}\d]/u;
/** How far after the quantity the named examples are looked for. */
const EXAMPLES_WINDOW = 80;
/** "excel in some areas:", a colon that opens the list: the text goes on to say which. */
const LIST_FOLLOWS = /^[^.;:!?]{0,30}:\s*$/;

/**
 * The quantity's clause reports what happened in an event ("several buildings were damaged", "some of the
 * drones were shot down", "many residents spent the night in metro stations"): breaking news that has not
 * been counted yet, and plain reporting of events, not a claim laundered through an unnamed group.
 */
const EVENT_REPORT = new RegExp(String.raw`^[^.;:!?]*?(?<!${WORD_CHAR})(?:${alternation(eventReports)})(?!${WORD_CHAR})`, 'i');
/** How far into its clause an event verb is looked for: "several buildings in the city centre were damaged". */
const EVENT_WINDOW = 60;
/**
 * Counted outlets and reports ("several outlets reported", "some reports") relay other outlets' reporting:
 * the relayed-report rule flags them as unverified.
 */
const SOURCING_NOUNS = new Set([...outletKinds.entries.map((e) => e.term), 'report', 'reports', 'reporting', 'accounts', 'outlets']);

const VIEW_VERB = `(?:${alternation(beliefVerbs)}|${alternation(speechVerbs)}|${alternation(viewVerbs)})`;
/**
 * After the counted word: the rest of its noun phrase (a few words: "of the West", "in Washington", "who
 * follow the war"), auxiliaries and adverbs, then the verb of the view: "many military experts agree".
 */
const VIEW_AFTER = new RegExp(
  `^(?:\\s+(?!(?:and|but|or|while|because|as|if|when|than)\\b)[\\w'’-]+){0,4}?(?:\\s*,\\s*(?:who|including)[^,]{0,60},|\\s*,\\s*(?:however|though|meanwhile|too)\\s*,)?` +
    `(?:\\s+(?:who|that|have|has|had|also|now|still|privately|openly|long|already|increasingly|widely|generally|will|would|may|might|do|did|does|are|were|is|was|not|never|even|too|quickly|clearly|strongly)){0,3}\\s+${VIEW_VERB}(?![\\w'’-])`,
  'i',
);
/**
 * "many Russian volunteers were confirmed to be fighting", "some residents were told to leave": the group is
 * the subject of a passive, what is done to it, not the holder of a view.
 */
/**
 * "several other states pitted", "most abortions in those states": after a determiner or "other" the word
 * that reads as a verb of saying is a noun, and no view is voiced.
 */
const NOUN_AFTER = /\b(?:the|those|these|their|its|his|her|our|other|such|more|a|an)\s+[\w'’-]+$/i;
const PASSIVE_VIEW = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:[\w'’-]+ly|not|never|also|still|once|long|often|even)\s+){0,2}[\w'’-]+(?<!ing)$/i;
/** Before the quantity: a feeling stirred in it ("worries many in the West", "angered some European allies"). */
const STIRRED = new RegExp(`(?<![\\w'’-])(?:${alternation(feelingCauses)})\\s+$`, 'i');
/** Before the quantity: the judge of a passive view ("is regarded by some as", "was seen as a fad by many critics"). */
const JUDGED_BY = new RegExp(
  `(?<![\\w'’-])(?:regarded|seen|viewed|considered|thought|believed|perceived|described|hailed|praised|criticized|criticised|welcomed|condemned|questioned|dismissed|opposed|supported|favou?red|rejected|deemed|blamed|accused)(?:\\s+[\\w'’-]+){0,5}?\\s+(?:by|among)\\s+$`,
  'i',
);
const ACCORDING = /according\s+to\s+$/i;
/** How far back the checks before the quantity read. */
const VIEW_BEFORE_CHARS = 60;
/** How far after the counted word the verb of the view is looked for. */
const VIEW_AFTER_CHARS = 100;

/** The sentence being read and one beside it (as rules/helpers.ts keeps its word runs). */
const RECENT_CONTEXTS = 2;
const cache = new Recent<RuleContext, VagueQuantity[]>(RECENT_CONTEXTS);

/** The vague quantities of the sentence, each with the view it voices, if any (computed once per sentence). */
export function vagueQuantities(ctx: RuleContext): VagueQuantity[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const out: VagueQuantity[] = [];
  for (const m of hasWordOf(ctx, QUANTIFIER_FIRST) ? matchAll(VAGUE, ctx) : []) {
    const quantifier = m.groups[1]!.toLowerCase().replace(/\s+/g, ' ');
    // "some of them": the pronoun counts people already in view, so the quantity itself is the cue.
    const ofPronoun = m.groups[2];
    const counted = ofPronoun ? 'them' : m.groups[4]!;
    const lowerCounted = counted.toLowerCase();
    // "some 300 troops": an approximate number is still a number.
    if (/^\d/.test(counted) || EXCEPTIONS.has(lowerCounted)) continue;
    const wordAhead = wordBefore(ctx.text, m.start, ctx.sentence.start).toLowerCase();
    if (NOT_A_CLAIM_BEFORE.has(wordAhead) || CONTAINS.has(wordAhead)) continue;
    // "most notably": an adverb's superlative, not a count; "its most famous": a superlative.
    if (quantifier === 'most' && (/ly$/.test(lowerCounted) || SUPERLATIVE_BEFORE.has(wordAhead))) continue;
    if (!ofPronoun && MASS_CAPABLE.has(quantifier) && !countsPlural(ctx.text.slice(m.end - counted.length, Math.min(ctx.sentence.end, m.end + NOUN_PHRASE_CHARS)))) continue;
    if (insideSpeech(ctx, m.start, m.end)) continue;
    const before = ctx.text.slice(Math.max(ctx.sentence.start, m.start - VIEW_BEFORE_CHARS), m.start);
    const after = ctx.text.slice(m.end, Math.min(ctx.sentence.end, m.end + VIEW_AFTER_CHARS));
    const sourcing = SOURCING_NOUNS.has(lowerCounted) || SOURCING_NOUNS.has(nextWord(after));
    let view: Span | null = null;
    if (!sourcing) {
      const voiced = VIEW_AFTER.exec(after);
      if (voiced) {
        const phrase = `${counted}${voiced[0]}`;
        if (!PASSIVE_VIEW.test(voiced[0]) && !NOUN_AFTER.test(phrase)) view = { start: m.start, end: m.end + voiced[0].length };
      }
      else if (STIRRED.test(before) || JUDGED_BY.test(before) || ACCORDING.test(before)) view = { start: m.start, end: m.end };
    }
    const plain =
      sourcing ||
      POSSESSIVES.has(wordAhead) ||
      NAMED_EXAMPLES.test(ctx.text.slice(m.end, Math.min(ctx.sentence.end, m.end + EXAMPLES_WINDOW))) ||
      LIST_FOLLOWS.test(after) ||
      // The counted word itself may name the event's toll: "most of the dead".
      EVENT_REPORT.test(ctx.text.slice(m.end - counted.length, Math.min(ctx.sentence.end, m.end + EVENT_WINDOW)));
    out.push({ start: m.start, end: m.end, view, plain });
  }
  cache.set(ctx, out);
  return out;
}

/** The lower-case word after the counted word ("several US media outlets": the noun may follow a modifier). */
function nextWord(after: string): string {
  return /^\s+([\w'’-]+)/.exec(after)?.[1]?.toLowerCase() ?? '';
}
