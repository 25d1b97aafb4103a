import modifiers from '../lexicons/source-modifiers.json';
import quantifiers from '../lexicons/quantifiers.json';
import { findQuoteSpans } from '../quotes';
import {
  ASIDE,
  BETWEEN,
  formsOf,
  isPlural,
  KNOWING_HEAD,
  KNOWING_VERB,
  lemmaOf,
  MODIFIERS,
  SPEAKING_HEAD,
  SPEECH_VERB,
  WHERE_FROM,
  headStarts,
} from '../sources';
import type { Flag, Rule, RuleContext, Sentence } from '../types';
import { anchored, endWords, hasWordOf, makeFlag, wholeWords } from './helpers';
import { anonymousSource } from './anonymous-source';

/**
 * `unverified`: an unnamed source referred back to ("the official said", "the sources told ABC", "one of
 * those people added", "he added", a quotation that goes on in the next sentence). Whether "the official"
 * is unnamed depends on the text before it: the rule finds the official the text introduced last, and
 * flags the reference only when that one was never named ("a senior U.S. defense official said … The
 * official said …"). "The official, John Kirby, … The official said" stays unflagged.
 */

/** Ordinals and counts inside a definite reference: "the two people", "the second source". */
const COUNTED = `(?:(?:two|three|four|five|first|second|third|other|same|latter|former|senior|anonymous|unnamed)\\s+)?`;
const DEFINITE = `(?:the|this|that|these|those|both)\\s+${COUNTED}${MODIFIERS}`;
/** How a reference ends after an inverted verb: '…," said the official.' */
const INVERTED_END = `(?=\\s*(?:[,.;:!?)"”\\u2014\\u2013]|$)|\\s+(?:on|in|at|who|after|during)\\b)`;

const DEFINITE_WORDS = new Set(['the', 'this', 'that', 'these', 'those', 'both']);
/** Each reference pattern with the words it can start with. */
const REFERENCES: [RegExp, ReadonlySet<string>][] = [
  [new RegExp(wholeWords(`one\\s+of\\s+(?:the|those|these)\\s+${COUNTED}${MODIFIERS}(${SPEAKING_HEAD})${ASIDE}?,?\\s*${BETWEEN}${SPEECH_VERB}`), 'iy'), new Set(['one'])],
  // "the source of the publication explains": where the source is from may stand before its verb.
  [new RegExp(wholeWords(`${DEFINITE}(${SPEAKING_HEAD})${WHERE_FROM}?${ASIDE}?,?\\s*${BETWEEN}${SPEECH_VERB}`), 'iy'), DEFINITE_WORDS],
  [new RegExp(wholeWords(`${DEFINITE}(${KNOWING_HEAD})${WHERE_FROM}?${ASIDE}?,?\\s*${BETWEEN}${KNOWING_VERB}`), 'iy'), DEFINITE_WORDS],
  // "…, said the official.", "according to one of the sources."
  [new RegExp(wholeWords(`(?:said|says|added|told\\s+[\\w.]+|according\\s+to)\\s+(?:one\\s+of\\s+)?(?:the|those|these)\\s+${COUNTED}${MODIFIERS}(${SPEAKING_HEAD})${INVERTED_END}`), 'iy'), new Set(['said', 'says', 'added', 'told', 'according'])],
];
/** "He added that …", "They said …": a pronoun as the speaker, at the start of the sentence. */
const PRONOUN_LEAD = new RegExp(`^[\\s"“‘(]*(he|she|they)\\s+(?:(?:also|later|then|further)\\s+)?${SPEECH_VERB}(?![\\w-])`, 'i');
/** "…, they added.": a pronoun in the tag that ends the sentence. */
const PRONOUN_TAG = new RegExp(`,\\s*["”’]?\\s*(he|she|they)\\s+(?:(?:also|later)\\s+)?(?:said|says|added|adds|told\\s+[\\w.]+|wrote|noted|cautioned|warned)(?![\\w-])[^,;]{0,40}$`, 'i');
/** "one of them said": one of the people the previous sentence quoted. */
const ONE_OF_THEM = new RegExp(`^[\\s"“‘(]*one\\s+of\\s+them\\s+(?:(?:also|later)\\s+)?${SPEECH_VERB}(?![\\w-])`, 'i');
/** '"…," another said.': another of the unnamed sources of the sentence before. */
const ANOTHER_TAG = new RegExp(`(?:^|,\\s*["”’]?\\s*)(another|a\\s+second|a\\s+third|the\\s+other)\\s+(?:(?:also|later)\\s+)?(?:said|says|added|told\\s+[\\w.]+|wrote|noted)(?![\\w-])`, 'i');

const PRONOUN_WORDS = endWords(['he', 'she', 'they', 'them']);
const OTHER_WORDS = endWords(['another', 'second', 'third', 'other']);
/** Sources that are unnamed whatever came before: "the sources said" with no sources introduced. */
const NEVER_NAMED = new Set(['source', 'insider']);
/** How far back the rule looks for the source a reference points to: a few paragraphs. */
const ANTECEDENT_CHARS = 3000;
/** Pronouns resolve through at most this many sentences of "he added", "he also said". */
const MAX_CHAIN = 4;

const NP_WORDS = new Set([
  ...modifiers.entries.flatMap((e) => e.term.split(' ')),
  'two', 'three', 'four', 'five', 'first', 'second', 'third', 'other', 'same', 'senior', 'anonymous', 'unnamed', 'and', 'or',
]);
const INDEFINITE = new Set(quantifiers.entries.map((e) => e.term));
/** Words after a source noun that show it is a person speaking, not an adjective ("an official statement"). */
const PERSON_NEXT =
  /^(?:\s*(?:[,.;:!?)"”\u2014\u2013]|$)|\s+(?:who|whose|familiar|close|briefed|with|of|in|from|at|on|for|and|or|to|has|have|had|was|were|is|are|also|would|will|could|may|might|did|does|declined|spoke|speaking|told|said|says|say|added|confirmed|noted|cautioned|warned|stressed|believe|believes|believed|insisted|described|explained|claimed|reported|granted)\b)/i;
/** Nouns that "official" describes when it is an adjective ("official figures", "official channels"). */
const OFFICIAL_THINGS =
  /^\s+(?:statement|statements|figures?|data|visit|channels?|name|position|request|documents?|reports?|confirmation|website|account|announcement|language|version|decision|residence|ceremony|capacity|results?|estimates?|count|toll|numbers?|tally|reason|title|status|recognition|policy|line|media|sources?|information|records?|response|comment|notice|letter|trip|talks|meeting|documents|stance|position|warning|complaint|protest|request|invitation|duties|business|use|list|data|portal|page|telegram|spokesperson|representative|reaction|explanation|channel|rate|exchange|figure)\b/i;
/** A name right after the source noun: "spokesman John Kirby", "the official, John Kirby,". */
const NAME_AFTER = /^,?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/u;
const NOT_A_NAME = /^,?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|But|And|In|On|At|As|It|He|She|They|We)\b/;
/** "John Kirby, a senior official," or "…, said Kirby, the official.": a name in apposition. */
const APPOSED_NAME = /\p{Lu}[\p{L}.'’-]*,\s*$/u;

type Status = 'named' | 'unnamed' | 'unknown';

/** The words of the noun phrase before a head, back to its determiner: what kind of mention it is. */
function mentionKind(text: string, headStart: number): { kind: 'definite' | 'indefinite' | 'bare'; npStart: number } {
  let pos = headStart;
  for (let k = 0; k < 6; k++) {
    const m = /([\p{L}.'’-]+)(\s*,\s*|\s+)$/u.exec(text.slice(Math.max(0, pos - 40), pos));
    if (!m) break;
    const w = m[1]!.toLowerCase();
    if (DEFINITE_WORDS.has(w)) return { kind: 'definite', npStart: pos - m[0].length };
    if (INDEFINITE.has(w)) return { kind: 'indefinite', npStart: pos - m[0].length };
    if (m[2]!.includes(',') || !(NP_WORDS.has(w) || /^\p{Lu}/u.test(m[1]!))) break;
    pos -= m[0].length;
  }
  return { kind: 'bare', npStart: pos };
}

/**
 * Whether the source the text last introduced with this lemma before `at` was named. A definite mention
 * ("the official") passes the question further back; an indefinite or bare one ("a senior official",
 * "officials") answers it, unless a name stands beside it.
 */
function antecedent(text: string, lemma: string, at: number): Status {
  const from = Math.max(0, at - ANTECEDENT_CHARS);
  const re = new RegExp(`(?<![\\w-])(?:${formsOf(lemma).join('|')})(?![\\w-])`, 'gi');
  const mentions = [...text.slice(from, at).matchAll(re)].map((m) => ({ start: from + m.index!, end: from + m.index! + m[0].length }));
  for (let i = mentions.length - 1; i >= 0; i--) {
    const { start, end } = mentions[i]!;
    const after = text.slice(end, end + 60);
    if (NAME_AFTER.test(after) && !NOT_A_NAME.test(after)) return 'named';
    // "an official statement": "official" as an adjective is nobody.
    if (lemma === 'official' && OFFICIAL_THINGS.test(after)) continue;
    const { kind, npStart } = mentionKind(text, start);
    const closed = /^\s*(?:,|\.|$)/.test(after);
    if (closed && APPOSED_NAME.test(text.slice(Math.max(0, npStart - 40), npStart))) return 'named';
    if (kind === 'definite') continue;
    return 'unnamed';
  }
  return 'unknown';
}

/** Heads that stand for one another in a text's references ("five sources told Reuters … the five officials said"). */
const SOURCE_FAMILY = ['official', 'source', 'person', 'diplomat', 'insider', 'aide', 'adviser'];

/**
 * The antecedent of a reference: the last mention of the same noun; when the text has none, the last
 * unnamed source of the same number among the nouns that stand for one another (a source, an official).
 */
function antecedentOf(text: string, head: string, at: number): Status {
  const lemma = lemmaOf(head);
  const own = antecedent(text, lemma, at);
  if (own !== 'unknown' || !SOURCE_FAMILY.includes(lemma)) return own;
  let best: { status: Status; at: number } | null = null;
  for (const other of SOURCE_FAMILY) {
    if (other === lemma) continue;
    const found = lastMention(text, other, at, isPlural(head));
    if (found && (!best || found.at > best.at)) best = found;
  }
  return best?.status ?? 'unknown';
}

/** The status of the last mention of a lemma in the given number, with its position. */
function lastMention(text: string, lemma: string, at: number, plural: boolean): { status: Status; at: number } | null {
  const forms = formsOf(lemma).filter((f) => isPlural(f) === plural);
  if (forms.length === 0) return null;
  const from = Math.max(0, at - ANTECEDENT_CHARS);
  const re = new RegExp(`(?<![\\w-])(?:${forms.join('|')})(?![\\w-])`, 'gi');
  const mentions = [...text.slice(from, at).matchAll(re)];
  const last = mentions.at(-1);
  if (!last) return null;
  const end = from + last.index! + last[0].length;
  return { status: antecedent(text, lemma, end), at: end };
}

/** Named speakers in a sentence, outside quotation marks: "Kirby said", "said Kirby", "according to Kirby". */
const NAME_THEN_VERB = /(\p{Lu}[\p{L}'’-]+)\s+(?:(?:has|had|also|later)\s+)?(?:said|says|told|added|wrote|noted|stated|explained|warned)\b/gu;
const VERB_THEN_NAME = /\b(?:said|says|added|according\s+to)\s+((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)(\s+[\p{L}-]+)?/gu;
/** Capitalised words that are not names: pronouns and words that start sentences. */
const NOT_NAMES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'but', 'and', 'officials', 'sources']);
const HEAD_WORD = new RegExp(`^\\s+${SPEAKING_HEAD}$`, 'i');

function hasNamedSpeaker(outside: string): boolean {
  for (const m of outside.matchAll(NAME_THEN_VERB)) if (!NOT_NAMES.has(m[1]!.toLowerCase())) return true;
  for (const m of outside.matchAll(VERB_THEN_NAME)) {
    const first = m[1]!.split(/\s+/)[0]!.toLowerCase();
    // "said U.S. officials": a described source, not a name.
    if (!NOT_NAMES.has(first) && !(m[2] && HEAD_WORD.test(m[2]))) return true;
  }
  return false;
}

interface Speaker {
  unnamed: boolean;
  plural: boolean;
  named: boolean;
  quoted: boolean;
}

const speakers = new WeakMap<readonly Sentence[], Map<number, Speaker | null>>();

/** Who speaks in sentence `i`: an unnamed source (and how many), a named one, or nobody. */
function speakerOf(ctx: RuleContext, i: number, depth = 0): Speaker | null {
  let memo = speakers.get(ctx.sentences);
  if (!memo) speakers.set(ctx.sentences, (memo = new Map()));
  if (memo.has(i)) return memo.get(i)!;
  const sentence = ctx.sentences[i]!;
  const sub: RuleContext = { ...ctx, sentence, index: i };
  const outside = textOutsideQuotes(sentence.text);
  const quoted = outside.length < sentence.text.length;
  const named = hasNamedSpeaker(outside);
  let result: Speaker | null = null;
  const introduced = anonymousSource.run(sub);
  if (introduced.length > 0) {
    // The number of the source: its noun in the flagged phrase ("A man, who said …, said"), or the sentence's first.
    const head = new RegExp(`(?<![\\w-])${SPEAKING_HEAD}(?![\\w-])`, 'gi');
    const inCue = introduced.flatMap((f) => [...f.cue.matchAll(head)]);
    const heads = inCue.length > 0 ? inCue.slice(0, 1) : [...outside.matchAll(head)].slice(0, 1);
    result = { unnamed: true, plural: heads.length > 0 && isPlural(heads.at(-1)![0]), named, quoted };
  } else if (depth < MAX_CHAIN) {
    const referred = references(sub, depth + 1);
    if (referred) result = { unnamed: true, plural: referred.plural, named, quoted };
  }
  if (!result && named) result = { unnamed: false, plural: false, named: true, quoted };
  memo.set(i, result);
  return result;
}

function textOutsideQuotes(s: string): string {
  let out = '';
  let last = 0;
  for (const q of findQuoteSpans(s)) {
    out += s.slice(last, q.start);
    last = q.end;
  }
  return out + s.slice(last);
}

/** The previous sentence's unnamed speaker, if it had one and no named one beside it. */
function previousUnnamed(ctx: RuleContext, depth: number): Speaker | null {
  if (ctx.index === 0) return null;
  const s = speakerOf(ctx, ctx.index - 1, depth);
  return s && s.unnamed && !s.named ? s : null;
}

interface Found {
  start: number;
  end: number;
  plural: boolean;
  why: string;
}

function references(ctx: RuleContext, depth: number): Found | null {
  const starts = headStarts(ctx);
  const slice = ctx.sentence.text;
  for (const [re, first] of starts.length > 0 ? REFERENCES : []) {
    for (const m of anchored(re, slice, starts, first)) {
      const head = m.groups[1]!;
      const start = ctx.sentence.start + m.start;
      const status = antecedentOf(ctx.text, head, start);
      // "One of the survivors said": one of a group the text never named is nobody the reader can check,
      // whether or not the group came up before.
      const oneOfGroup = re === REFERENCES[0]![0] && status === 'unknown';
      if (status === 'unnamed' || oneOfGroup || (status === 'unknown' && NEVER_NAMED.has(lemmaOf(head)))) {
        // With an aside before the verb ("The officer, who spoke on condition of anonymity, said"), the cue is the reference.
        const headEnd = start + m.text.toLowerCase().indexOf(head.toLowerCase()) + head.length;
        const end = m.text.includes(',') ? headEnd : ctx.sentence.start + m.end;
        return { start, end, plural: isPlural(head), why: `refers back to a source the text introduced without a name` };
      }
    }
  }
  const s = ctx.sentence;
  // Without "he", "she", "they" or "them" among its words, the sentence has no pronoun to resolve.
  const pronouns = hasWordOf(ctx, PRONOUN_WORDS);
  const lead = pronouns ? (PRONOUN_LEAD.exec(s.text) ?? PRONOUN_TAG.exec(s.text)) : null;
  if (lead) {
    const plural = lead[1]!.toLowerCase() === 'they';
    const prev = previousUnnamed(ctx, depth);
    if (prev && prev.plural === plural) {
      // The cue is the pronoun and its verb: "they added", "He added".
      const at = lead.index + lead[0].search(new RegExp(`(?<![\\w-])${lead[1]}(?![\\w-])`));
      const verb = /^\S+\s+(?:(?:also|later|then|further)\s+)?[\w’'-]+/.exec(s.text.slice(at))!;
      return { start: s.start + at, end: s.start + at + verb[0].length, plural, why: `"${lead[1]}" is the unnamed source of the sentence before` };
    }
  }
  const one = pronouns ? ONE_OF_THEM.exec(s.text) : null;
  if (one) {
    const prev = previousUnnamed(ctx, depth);
    if (prev?.plural) return { start: s.start + one.index, end: s.start + one.index + one[0].length, plural: false, why: 'one of the unnamed sources of the sentence before' };
  }
  const another = hasWordOf(ctx, OTHER_WORDS) ? ANOTHER_TAG.exec(s.text) : null;
  if (another && previousUnnamed(ctx, depth)) {
    const at = another.index + another[0].toLowerCase().indexOf(another[1]!.toLowerCase());
    return { start: s.start + at, end: s.start + another.index + another[0].length, plural: false, why: 'another of the unnamed sources of the sentence before' };
  }
  // A quotation that goes on in its own sentence, after an unnamed source's quotation.
  const first = s.text.search(/\S/);
  if (first >= 0 && '"“‘'.includes(s.text[first]!) && textOutsideQuotes(s.text).replace(/[\s.,;:!?…—–-]/g, '') === '') {
    const trimmed = s.text.trim();
    const prev = previousUnnamed(ctx, depth);
    // After an unnamed source's words, quoted or reported ("A woman who lives nearby said she heard it."),
    // a quotation standing alone goes on in the same voice.
    if (prev) {
      const start = s.start + s.text.indexOf(trimmed);
      return { start, end: start + trimmed.length, plural: prev.plural, why: 'the quotation goes on in the words of the unnamed source before it' };
    }
  }
  return null;
}

/**
 * Names that stand for someone the text keeps anonymous: a call sign, a nickname, a first name only
 * ("who gave only his call sign, Bird", "identified herself only as Olena", "Svitlana, 62, who did not
 * want to give her surname"). When the text goes on with "Bird said", the source is still unnamed.
 */
const NAME = String.raw`["“‘]?(\p{Lu}[\p{L}'’-]+)`;
const PSEUDONYM_INTRODUCED = [
  new RegExp(String.raw`\b(?:call\s*sign|callsign|nickname|pseudonym|nom\s+de\s+guerre)[,:]?\s+(?:of\s+)?${NAME}`, 'gu'),
  new RegExp(String.raw`\bidentified\s+(?:(?:himself|herself|themselves)\s+)?only\s+(?:as|by\s+(?:his|her|their)\s+first\s+name,?)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\bgave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\bgave\s+only\s+(?:his|her|their)\s+first\s+name,\s+${NAME}`, 'gu'),
  new RegExp(String.raw`${NAME},\s+\d{1,3},\s+who\s+(?:did\s+not|didn['’]t|would\s+not|declined\s+to|asked\s+not\s+to|refused\s+to)\b[^.;]{0,60}?\b(?:surname|last\s+name|full\s+name|named|identified)\b`, 'gu'),
];
/** "Bird said", "said Olena", "Olena also told": a pseudonym as the speaker. */
const SPEAKS = String.raw`(?:(?:also|later|then)\s+)?(?:said|says|added|adds|told|recalled|explained|continued|noted)`;
let pseudonymsFor: { text: string; names: string[] } | null = null;

/** The names the text introduces as stand-ins for an anonymous source (computed once per text). */
function pseudonyms(text: string): string[] {
  if (pseudonymsFor?.text === text) return pseudonymsFor.names;
  const names = new Set<string>();
  for (const re of PSEUDONYM_INTRODUCED) for (const m of text.matchAll(re)) names.add(m[1]!);
  pseudonymsFor = { text, names: [...names] };
  return pseudonymsFor.names;
}

/** "Bird said his team lost three drones": a later mention of a pseudonym, speaking. */
function pseudonymSpeaking(ctx: RuleContext): Found | null {
  for (const name of pseudonyms(ctx.text)) {
    // Only mentions after the one that introduced the name.
    const introduced = ctx.text.indexOf(name);
    if (introduced < 0 || introduced >= ctx.sentence.start) continue;
    const re = new RegExp(String.raw`(?<![\p{L}])(?:${name}\s+${SPEAKS}|(?:said|says|added|told)\s+${name})(?![\p{L}])`, 'u');
    const m = re.exec(ctx.sentence.text);
    if (m) return { start: ctx.sentence.start + m.index, end: ctx.sentence.start + m.index + m[0].length, plural: false, why: `"${name}" is the name the text gave an anonymous source` };
  }
  return null;
}

export const unnamedReference: Rule = {
  id: 'unnamed-reference',
  category: 'unverified',
  run(ctx) {
    const found = references(ctx, 0) ?? pseudonymSpeaking(ctx);
    if (!found) return [];
    const cue = ctx.text.slice(found.start, found.end);
    const flag: Flag = makeFlag(ctx, unnamedReference, found.start, found.end, `"${cue.length > 60 ? `${cue.slice(0, 57)}…` : cue}": ${found.why}, so the reader still cannot check it.`);
    return [flag];
  },
};
