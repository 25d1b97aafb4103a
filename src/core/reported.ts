import { UNNAMED_HEADS } from './quotes';
import type { Sentence, Span } from './types';

/**
 * Reported speech without quotation marks: "Peskov said the move was reckless", "…, Zeman said."
 * The judgement in the reported words is the speaker's, as inside quotation marks (flags.md), so
 * the language rules leave it alone; the attribution itself can still be flagged. As with quotations,
 * only a speaker who is named or identified gets this: words put in the mouth of "one official" or
 * "critics" are still the text's to answer for.
 */

/**
 * Verbs that report what someone said, holds or found ("investigators found that …"); their complement
 * is that person's words. Only forms
 * that are verbs: "calls", "claims", "states" and "notes" are as often nouns ("phone calls", "false
 * claims", "the United States"), and "called"/"described" often just name a thing ("a group called").
 */
const REPORTING =
  'said|says|told|tells|added|adds|wrote|writes|argued|argues|claimed|insisted|insists|warned|warns|stated|declared|declares|explained|explains|believes|thinks|accused|accuses|denounced|denounces|condemned|condemns|found\\s+that|finds\\s+that|reported\\s+that|emphasi[sz]es|emphasi[sz]ed|emphasi[sz]e|stress|stresses|stressed|note|noted|acknowledge|acknowledged|acknowledges|predict|predicted|predicts|say|argue|warn|insist|believe|think|(?:is|are|was|were)\\s+convinced|concluded\\s+that|concludes\\s+that';
/** Lower-case words inside an institution's name after its capitalised first word ("the Russian defence ministry claimed"). */
const INSTITUTION_WORDS = 'defence|defense|foreign|interior|ministry|ministers?|spokesman|spokeswoman|spokesperson|office|army|military|government|command|forces';
/**
 * A tag after the reported words: ", Zeman said.", ", he told DW.", ", said the minister.", ", according to
 * Kyiv.", ", ABC News reported Friday." (another outlet's account, in its words).
 */
const TRAILING_TAG = new RegExp(
  `,\\s*["”’]?\\s*(?:(?:he|she|they|(?:the\\s+)?[A-Z][\\w.'’-]*(?:\\s+(?:[A-Z][\\w.'’-]*|of|the|for|and|${INSTITUTION_WORDS})){0,6}|the\\s+[a-z]+(?:\\s+[a-z]+){0,2})\\s+(?:has\\s+|had\\s+|also\\s+|later\\s+)?(?:said|says|told|tells|added|adds|wrote|writes|argued|explained|explains|noted|warned|insisted|stated|declared|claimed|claims|alleged|alleges|maintained|maintains|asserted|asserts|reported|reports)\\b[^,;]{0,60}|(?:said|says|added|wrote)\\s+[^,;]{1,60}|according\\s+to\\s+[^,;]{1,60})["”]?\\s*$`,
);
/** A tag whose speaker is unnamed: ", officials said.", ", a source told Reuters." */
const UNNAMED_TAG = /^,\s*["”’]?\s*(?:(?:a|an|one|two|three|several|some|many|senior|other|the)\s+)*(?:[a-z]+\s+)?(?:officials?|sources?|critics|analysts|experts|diplomats|people|insiders?|observers)\b/i;
/** A reporting verb with a subject before it (not "was said to", not a noun such as "calls for"). */
const LEADING = new RegExp(`(?<![\\w-])(?:${REPORTING})(?![\\w-])`, 'g');
/** Before these the verb is passive or a noun, not someone reporting: "is said to", "the calls". */
const NOT_A_SPEAKER_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|to|the|a|an|so|his|her|their|its|our|I|we|We|you|You)\s*|^\s*)$/;
/**
 * "Zelensky called the strike an absolutely deliberate act of terrorism", "He described it as reckless":
 * a speaker's verb of naming with its object; what follows is the speaker's characterisation. Only
 * with a pronoun, "the" and a noun or two, or a name before "a", "the" or "as" as the object, so that
 * "a group called Wagner" names a thing.
 */
const CHARACTERISING = /(?<![\w-])(?:called|calls|described|describes|branded|brands|labelled|labeled|dubbed|termed)\s+(?:it|this|that|them|him|her|\p{Lu}[\p{L}'’-]+(?=\s+(?:an?|the|as)\s)|(?:the|this|that|Russia['’]s|Moscow['’]s)\s+[a-z]+(?:\s+(?!(?:an?|the|as)\b)[a-z]+)?)\s+(?:as\s+)?/gu;
/** Part of every verb CHARACTERISING opens with (called|calls, described|describes, branded|brands, labelled|labeled, dubbed, termed). */
const NAMING_VERB = /call|describ|brand|label|dubbed|termed/;
/** "in what it calls a special military operation": the party's own name for the thing, up to the clause's end. */
const WHAT_THEY_CALL = /\bwhat\s+(?:it|he|she|they|the\s+Kremlin|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?:calls|called|terms|termed|dubs|dubbed|describes\s+as|described\s+as|refers\s+to\s+as|referred\s+to\s+as)\s+[^,;:.!?]+/gu;

/** Inside a relative clause ("Biden, who said …, went on") the reported words end at the next comma. */
const RELATIVE = /\b(?:who|which)\s+(?:has\s+|had\s+|also\s+)?$/;
/** A relative clause's object opens before the reporting verb: "generals that Ukrainian forces (claimed)". */
const OBJECT_RELATIVE = /\b(?:that|which|whom)\s+(?:[\w'’-]+\s+){1,3}$/;
/** The verb a reporting verb puts in its speaker's mouth in a relative clause: "(claimed) to have killed". */
const TO_VERB_AFTER = /^\s+to\s+(?:have\s+(?:been\s+)?)?[\w-]+/;
/** The writer takes the floor again after a clause boundary: ", but the media …", "; …", " — …". */
const WRITER_RESUMES = /[;\u2014]|\s-\s|,\s+(?:but|while|yet|whereas|though|although|and\s+yet)\b/;
/** Words before a verb that may name its subject: "one senior official", "the Kremlin's spokesman". */
const SUBJECT_WORDS = 3;

/** True when the words just before `at` (the subject of a reporting verb) are an unnamed source. */
function unnamedSubject(s: string, at: number): boolean {
  const ws = (s.slice(Math.max(0, at - LOOK_BACK_CHARS), at).match(/[A-Za-z]+/g) ?? []).slice(-SUBJECT_WORDS);
  // "adviser Sergei Glazyev said": a name right before the verb names the speaker.
  if (ws.length > 1 && /^[A-Z]/.test(ws.at(-1)!)) return false;
  return ws.some((w) => UNNAMED_HEADS.has(w.toLowerCase()));
}

/** How far back the subject check looks. */
const LOOK_BACK_CHARS = 40;

/**
 * `unnamed`: also words put in an unnamed source's mouth ("Russian officials said Ukraine fired"),
 * which the reference check reads as not the writer's own claim; the language rules never do.
 */
export function reportedSpeech(text: string, sentence: Sentence, unnamed = false): readonly Span[] {
  const r = readingOf(text, sentence);
  return unnamed ? (r.unnamed ??= readReportedSpeech(text, sentence, true).spans) : r.named;
}

/**
 * A span's reported speech, both kinds. Asked more than once per sentence by the rules (analyze,
 * namedSpeech, the scorer's writerSpan) and by the reference check, which asks for the named kind and
 * then the unnamed: the latest spans' answers are kept. The unnamed kind is the named one where the
 * named reading passed no unnamed speaker over, as in most sentences, and is read on its own only then.
 */
interface Reading {
  text: string;
  start: number;
  end: number;
  named: readonly Span[];
  /** Undefined until asked for, when the named reading passed an unnamed speaker over. */
  unnamed: readonly Span[] | undefined;
}

function readingOf(text: string, sentence: Sentence): Reading {
  for (const r of recentReadings) if (r.start === sentence.start && r.end === sentence.end && r.text === text) return r;
  const { spans, passedOver } = readReportedSpeech(text, sentence, false);
  const r: Reading = { text, start: sentence.start, end: sentence.end, named: spans, unnamed: passedOver ? undefined : spans };
  recentReadings[nextReading] = r;
  nextReading = (nextReading + 1) % RECENT_READINGS;
  return r;
}

/** How many spans' answers reportedSpeech keeps: a sentence and the statement span inside it, and a few more. */
const RECENT_READINGS = 4;
const recentReadings: Reading[] = [];
let nextReading = 0;

/**
 * The reported speech of a span; `passedOver`: whether the reading left out a speaker as unnamed
 * (a tag, a subject, an opening), the only places where the two kinds part.
 */
function readReportedSpeech(text: string, sentence: Sentence, unnamed: boolean): { spans: Span[]; passedOver: boolean } {
  const s = text.slice(sentence.start, sentence.end);
  const spans: Span[] = [];
  let passedOver = false;
  // The tag opens with a comma: a sentence without one is spared the expression's scan.
  const tag = s.includes(',') ? TRAILING_TAG.exec(s) : null;
  if (tag && tag.index > 0) {
    if (unnamed || !UNNAMED_TAG.test(tag[0])) spans.push({ start: sentence.start, end: sentence.start + tag.index });
    else passedOver = true;
  }
  LEADING.lastIndex = 0;
  for (let m = LEADING.exec(s); m; m = LEADING.exec(s)) {
    const before = s.slice(Math.max(0, m.index - LOOK_BACK_CHARS), m.index);
    if (NOT_A_SPEAKER_BEFORE.test(before)) continue;
    if (!unnamed && unnamedSubject(s, m.index)) {
      passedOver = true;
      break;
    }
    const from = m.index + m[0].length;
    // '"…," the post states, touting …': a tag closing a quotation, with no reported words after it.
    if (/^\s*[,.;:!?]/.test(s.slice(from))) continue;
    let to = s.length;
    const resumes = WRITER_RESUMES.exec(s.slice(from));
    if (resumes) to = from + resumes.index;
    if (RELATIVE.test(before)) {
      const comma = s.indexOf(',', from);
      if (comma >= 0) to = Math.min(to, comma);
    }
    // "Three generals that Ukrainian forces claimed to have killed have since been reported alive": in
    // a relative clause the words put in the speaker's mouth are the verb after "to", no more.
    const infinitive = OBJECT_RELATIVE.test(before) ? TO_VERB_AFTER.exec(s.slice(from)) : null;
    if (infinitive) to = Math.min(to, from + infinitive[0].length);
    spans.push({ start: sentence.start + from, end: sentence.start + to });
    break;
  }
  if (spans.length === 0) {
    const p = participial(s, sentence.start, unnamed);
    spans.push(...p.spans);
    passedOver ||= p.passedOver;
  }
  return { spans: [...spans, ...characterised(s, sentence.start)], passedOver };
}

/**
 * "Kirby criticised China, claiming that its position should not be viewed as impartial": a verb of
 * saying in -ing after a comma goes on with the main clause's speaker, whose words follow. Only where
 * that speaker is named: the sentence does not open with an unnamed source or with the writer's "I"/"we".
 */
const PARTICIPIAL = /,\s+(?:saying|claiming|arguing|adding|insisting|noting|warning|stressing|asserting|explaining|declaring)\b(?:\s+that\b)?/;
const WRITER_OPENS = /^\s*["“]?(?:I|We|we|You|you)\b/;
/** The speaker opens the sentence: a capitalised word, or "he", "she", "they". */
const SPEAKER_OPENS = /^\s*(?:[A-Z][\w.'’-]*|he|she|they|He|She|They)\b/;
/** The sentence's first few words hold an unnamed source ("Two officials criticised …"). */
function opensWithUnnamed(s: string): boolean {
  return (s.match(/[A-Za-z]+/g) ?? []).slice(0, SUBJECT_WORDS + 1).some((w) => UNNAMED_HEADS.has(w.toLowerCase()));
}

function participial(s: string, offset: number, unnamed: boolean): { spans: Span[]; passedOver: boolean } {
  const m = s.includes(',') ? PARTICIPIAL.exec(s) : null;
  if (!m || WRITER_OPENS.test(s)) return { spans: [], passedOver: false };
  if (!unnamed && opensWithUnnamed(s)) return { spans: [], passedOver: true };
  if (!SPEAKER_OPENS.test(s)) return { spans: [], passedOver: false };
  const from = m.index + m[0].length;
  const resumes = WRITER_RESUMES.exec(s.slice(from));
  return { spans: [{ start: offset + from, end: offset + (resumes ? from + resumes.index : s.length) }], passedOver: false };
}

/** The characterisations a named speaker gives in the sentence ("… called the strike a deliberate act of terrorism"). */
function characterised(s: string, offset: number): Span[] {
  WHAT_THEY_CALL.lastIndex = 0;
  const named = s.includes('what') ? WHAT_THEY_CALL.exec(s) : null;
  if (named) return [{ start: offset + named.index, end: offset + named.index + named[0].length }];
  // Most sentences have none of the verbs: a plain search for them spares the expression's look-behind at every character.
  if (!NAMING_VERB.test(s)) return [];
  CHARACTERISING.lastIndex = 0;
  for (let m = CHARACTERISING.exec(s); m; m = CHARACTERISING.exec(s)) {
    const before = s.slice(Math.max(0, m.index - LOOK_BACK_CHARS), m.index);
    if (NOT_A_SPEAKER_BEFORE.test(before) || unnamedSubject(s, m.index)) continue;
    const from = m.index + m[0].length;
    const resumes = WRITER_RESUMES.exec(s.slice(from));
    return [{ start: offset + from, end: offset + (resumes ? from + resumes.index : s.length) }];
  }
  return [];
}
