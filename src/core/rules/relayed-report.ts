import outlets from '../lexicons/news-outlets.json';
import kinds from '../lexicons/outlet-kinds.json';
import heads from '../lexicons/outlet-name-heads.json';
import verbs from '../lexicons/report-verbs.json';
import reportModifiers from '../lexicons/report-modifiers.json';
import articleNouns from '../lexicons/article-nouns.json';
import sourceModifiers from '../lexicons/source-modifiers.json';
import groupModifiers from '../lexicons/group-modifiers.json';
import { alternation, PhraseMatcher, type LexiconEntry } from '../lexicon';
import { LINK_LINE } from '../furniture';
import { UNNAMED_HEADS } from '../quotes';
import { reportedSpeech } from '../reported';
import type { Flag, Rule, RuleContext } from '../types';
import { makeFlag, namedSpeech, sentenceRuns } from './helpers';

/**
 * `unverified`: another outlet's report relayed ("U.S. media reported late Sunday that …", "according to a
 * report in the Post", "following reports that …", "reports indicate"). The page passes on reporting it did
 * not do and does not vouch for; flags.md lists "according to media reports" among the explicitly
 * unconfirmed. Naming the outlet ("the Post reported") names who reported it, not who the claim rests on:
 * the outlet's own sources stay unnamed to the reader, so the relay is flagged too. Where a named person
 * or institution speaks and the outlet only carried the words ("Peskov told Reuters", "'…,' Khodakovsky
 * said, the Kyiv Independent reported"), the claim rests on a named source, which flags.md leaves unflagged.
 */

const nameMatcher = new PhraseMatcher(outlets.entries);
const headMatcher = new PhraseMatcher(heads.entries);
/** Names, kinds and name endings in one matcher, so that a sentence is read once (longest match first). */
const anyMatcher = new PhraseMatcher([...kinds.entries, ...outlets.entries, ...heads.entries]);
const KINDS: ReadonlySet<LexiconEntry> = new Set(kinds.entries);
const HEADS: ReadonlySet<LexiconEntry> = new Set(heads.entries);

const VERB = `(?:${alternation(verbs)})`;
/** A report of the outlet's between it and the verb: "The Post report said", "CNN's story added". */
const OUTLET_NOUN = `(?:['’]s)?(?:\\s+(?:report|reports|reporting|article|story|investigation|analysis))?`;
/** An aside between the outlet and its verb: "The Wall Street Journal, citing officials, reported". */
const ASIDE = `(?:\\s*,[^,.;:!?\\n]{1,80},)?`;
/**
 * Words that may stand between an outlet and its verb: auxiliaries, adverbs and when ("US media reported
 * late Sunday", "The Wall Street Journal on Tuesday quoted", "CNN also notes").
 */
const FILLER =
  `(?:\\s+(?:also|first|has|have|had|was|were|is|are|later|earlier|previously|separately|originally|initially|exclusively|late|early|on|last|this|` +
  `monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|afternoon|week|weekend)){0,3}`;
/**
 * "media reports are true", "media reports of looting", "about the NBC report,": "report(s)" after an outlet
 * is a noun when a copula or a preposition follows it, and "report" when punctuation does (", NBC News
 * reports." is the verb).
 */
const REPORTS_AS_NOUN = `(?!\\s+reports?\\s+(?:are|were|is|was|of|about|from|in|on|by)\\b|\\s+report\\s*[,.;:!?)])`;
const OUTLET_THEN_VERB = new RegExp(`^${REPORTS_AS_NOUN}${OUTLET_NOUN}${ASIDE}${FILLER}\\s+${VERB}(?![\\w-])`, 'i');
/** "according to (a new report in) the Post", "reported by CNN", "as first reported by Reuters". */
const REPORT_WORDS = `(?:(?:a|an|the|one|another|several|multiple|recent|new|latest|earlier|exclusive|separate)\\s+){0,3}(?:(?:report|reports|reporting|article|story|investigation)\\s+(?:in|by|from|of|on)\\s+)?(?:the\\s+)?`;
/** Lower-case words describing the outlet: "according to state news agency Tass", "per the Washington Post". */
const DESCRIPTORS = `(?:(?!(?:from|of|in|by|on|to|at|for|with)\\s)[a-z][a-z-]*\\s+){0,3}`;
const ACCORDING_BEFORE = new RegExp(`(?:according\\s+to|per)\\s+${REPORT_WORDS}${DESCRIPTORS}$`, 'i');
/**
 * "told the Financial Times" ("tell CNN" in a headline's present), "in an interview with Suspilne":
 * another outlet's interview, passed on. Only a named outlet ("told Ukrainian television" is a public
 * statement) and not the page's own (see ownOutlets).
 */
const INTERVIEW_BEFORE = /(?:\b(?:told|tells?)|\binterview\s+with|\bspeaking\s+to|\bspoke\s+to)\s+(?:(?:the|a|an)\s+)?(?:[a-z][a-z-]*\s+){0,3}$/i;
/** Capitalised words before an outlet's kind: "(reported by) South Korean (media)", "Ukrainian (state television)". */
const KIND_ADJECTIVES = /(?:\p{Lu}[\p{L}-]*\s+){1,2}$/u;
/** "reported by CNN", and the inverted tag "…, reported The Washington Times and Reuters". */
const AGENT_BEFORE = new RegExp(`(?:(?:reported|quoted|cited|broadcast|published)\\s+by|,\\s*(?:reported|reports|writes|wrote|says|said|added|adds))\\s+(?:the\\s+)?$`, 'i');
/** "reported by South Korean media": an outlet's kind after its adjectives, as the agent of reporting (not of publishing a photo). */
function reportedByKind(before: string): RegExpExecArray | null {
  const m = AGENT_BEFORE.exec(before.replace(KIND_ADJECTIVES, ''));
  return m && /\b(?:reported|quoted|cited)\s+by/i.test(m[0]) ? m : null;
}

/** The dot of an abbreviated month before its day ("on Nov. 18"): not the end of the phrase. */
const DATE_DOT = '\\.(?=\\s+\\d)';
/** An aside after a report and its outlet, where initials keep their dots: "A report by RBC-Ukraine, citing a U.S. firm, claimed". */
const REPORT_ASIDE = `(?:\\s*,(?:[^,.;:!?\\n]|(?<=(?:^|[\\s.])[A-Z])\\.){1,80},)?`;
/**
 * A report as the subject of its own verb: "reports indicate", "The report said", "Reports Say", "a new report
 * from Meduza shows" (shows only after a report: "his television show" is no outlet's report).
 */
const REPORT_SUBJECT = new RegExp(
  `(?<![\\w-])(?:(?:the|a|one|another|several|many|recent|earlier|new|${alternation(reportModifiers)})\\s+){0,3}` +
    `(?:report|reports)(?:\\s+(?:from|by|in)\\s+(?:[^,.;:!?"“”()]|${DATE_DOT}){1,60}?)?${REPORT_ASIDE}${FILLER}\\s+(?:further\\s+)?(?:${VERB}|shows?|showed|shown)(?![\\w-])`,
  'gi',
);
/**
 * Another outlet's piece as the subject of its verb: "The article says that …", "the material states". Only
 * after "the", "this" or "that", and with the verb right after it (auxiliaries and time words between), so
 * that "a piece of debris" or "the story of the siege" is never one.
 */
const ARTICLE_SUBJECT = new RegExp(`(?<![\\w-])(?:the|this|that)\\s+(?:${alternation(articleNouns)})${FILLER}\\s+(?:further\\s+)?${VERB}(?![\\w-])`, 'gi');
const ARTICLE_WORDS: ReadonlySet<string> = new Set(articleNouns.entries.map((e) => e.term));
/** Reports as what something follows, cites or answers: "following reports that", "comment on reports of attacks". */
const REPORTS_ABOUT = new RegExp(
  `(?<![\\w-])(?:following|followed|follows|after|amid|despite|citing|denied|denies|deny|confirmed|confirms|dismissed|dismisses|rejected|rejects|on|about|over|regarding)\\s+` +
    `(?:(?:the|a|these|those|media|news|press|unconfirmed|recent|earlier|initial|local|western|russian|ukrainian|u\\.s\\.|us)\\s+){0,3}(?:report|reports)\\s+(?:that|of|about)(?![\\w-])`,
  'gi',
);
/** "As noted in the article", "as reported in the publication": a report the page goes on relaying. */
const AS_NOTED_IN = /(?<![\w-])as\s+(?:noted|reported|stated|written|said|described|mentioned)\s+(?:in|by)\s+(?:the|a|an|this|that)\s+(?:article|report|piece|story|publication|newspaper|paper|outlet)(?![\w-])/gi;
/** "Several reports put the toll higher", "conflicting media reports": uncounted, unnamed reports, whatever their verb. */
const COUNTED_REPORTS = /(?<![\w-])(?:several|some|many|multiple|numerous|various|conflicting|unconfirmed)\s+(?:(?:media|news|press|local|western|russian|ukrainian)\s+)?reports(?![\w-])/gi;
/** "There were reports of explosions", "there have been unconfirmed reports that": reports nobody is named for. */
const THERE_WERE_REPORTS = new RegExp(
  `(?<![\\w-])there\\s+(?:were|are|have\\s+been|had\\s+been|was\\s+a)\\s+(?:also\\s+)?(?:(?:${alternation(reportModifiers)})\\s+){0,2}(?:report|reports)\\s+(?:of|that|about)(?![\\w-])`,
  'gi',
);
/** A report as the inverted subject of its verb, after the words it reports: "…, says a report in the Print", "…, said a media report". */
const REPORT_INVERTED = /(?<=[,”"]\s{0,2})(?:says|said|claims|claimed|adds|added|notes|noted)\s+(?:a|an|one|another|the)\s+(?:(?:new|recent|latest|separate|media|news|press|local)\s+){0,2}report(?![\w-])/gi;
/** "according to reports", "according to a report": unnamed reports (an outlet after them is found on its own). */
const ACCORDING_TO_REPORTS = new RegExp(`(?<![\\w-])according\\s+to\\s+(?:(?:a|the|several|multiple|some|recent|new|unconfirmed|earlier)\\s+){0,2}(?:report|reports)(?![\\w-])`, 'gi');
/** A headline that credits its claim to a report: "US Poised to Send Long-Range Missiles: Report", "…: Media". */
const HEADLINE_TAG = /(?::|\s[|\u2013\u2014-])\s*(?:reports?|media|sources?)\s*$/i;
/** The same credit before the headline: "US media: Biden allows strikes inside Russia", "Reports: …". Not "Source: Meduza", which names it. */
const HEADLINE_LEAD = /^\s*(?:(?:US|U\.S\.|Russian|Ukrainian|Western|German|British|French|local|state)\s+)?(?:media|reports)\s*:\s+\S/i;
/** Words without which none of the report patterns can match: looked up among the sentence's words first. */
const REPORT_WORDS_SET: ReadonlySet<string> = new Set(['report', 'reports']);
const AS_NOTED_WORDS: ReadonlySet<string> = new Set(['article', 'report', 'piece', 'story', 'publication', 'newspaper', 'paper', 'outlet']);
/** The word a headline's tag ends with: the sentence's last word is looked up first. */
const HEADLINE_WORDS: ReadonlySet<string> = new Set(['report', 'reports', 'media', 'source', 'sources']);
/** "none of the reports said", "no report says": nothing is relayed. */
const NEGATED_BEFORE = /\b(?:none\s+of|no|neither\s+of|nor)\s+$/i;
/** A list item ("- US to Send Missiles: Report"): a link to another story, not this page's claim; so is a LINK_LINE. */
const LIST_ITEM = /^\s*[-\u2013\u2022•*]\s/;

/** A list item or a link line (furniture.ts): either links to another story. */
function linksElsewhere(line: string): boolean {
  return LIST_ITEM.test(line) || LINK_LINE.test(line);
}

const NAME_GOES_ON = /^\s(?!Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\p{Lu}/u;
/** A capitalised word of a name ("Washington", "The", "Kyiv"). */
const NAME_WORD = /^[\p{Lu}][\p{L}.'’&-]*$/u;
/** Words of a name before its head word: "The Washington Post" has two. */
const MAX_NAME_WORDS = 4;
/** A capitalised word right before "report" that names who made it ("a UN report", "the Pentagon report"). */
const QUALIFIER_BEFORE = /([\p{L}.'’&-]+)['’]?s?\s+$/u;
/** Capitalised at a sentence start, these words before "report" name nobody: "The report said", "Several reports", "Following reports that". */
const DETERMINER_WORDS = new RegExp(
  `^(?:the|a|an|this|that|these|those|its|their|his|her|one|another|several|many|new|recent|earlier|following|after|amid|despite|citing|${alternation(reportModifiers)})$`,
  'i',
);
/** How far back the look-behind checks read. */
const LOOK_BEHIND_CHARS = 80;
/** How far beside a kind of publication its name is looked for ("the Russian outlet Verstka", "Verstka, a Russian outlet"). */
const NAME_PEEK_CHARS = 80;
/** How far back "the report" looks for the report it refers to. */
const ANTECEDENT_CHARS = 1500;

/** What may follow a tag that ends its sentence: a time, a place, punctuation (", CNN reported on Sunday."). */
const TRAILING = /^[^,;:]{0,40}$/;

interface Span {
  start: number;
  end: number;
  why: string;
  /** The writer's framing of what a speaker says ("in an interview with …"), never the speaker's words. */
  framing?: boolean;
}

/** "press" as the kind of outlet, and the words after it that make it a body's own office or event instead. */
const OFFICE_AFTER_PRESS = /(?:^|\s)press$/i;
const OFFICE_WORD = /^\s+(?:service|services|office|secretary|release|conference|briefing|statement|centre|center|department)\b/i;
/**
 * The last word of a kind of publication, after which a capitalised name is the publication's own ("the
 * Russian outlet Verstka", "Telegram channel Rybar", "news site Mediazona"). Not the kinds of people
 * ("military blogger Igor Girkin" is a named person speaking for himself).
 */
const PUBLICATION_KIND = /(?:^|\s)(?:outlet|newspaper|site|website|agency|broadcaster|channel|tabloid|daily|magazine|publication|paper|network|television|tv|portal)$/i;
/** A name after a kind of publication: up to four capitalised words, not a weekday ("the newspaper Monday"). */
const NAME_AFTER_KIND = /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|It|He|She|They)\b)(\p{Lu}(?:[\p{L}\d'’&-]|\.(?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}\d'’&-]|\.(?=\p{L}))*){0,3})/u;
/**
 * "Agentstvo, an independent Russian outlet,": a name in apposition to a kind of publication, with only
 * descriptive words between (lower-case, or a nationality from the modifier lists), so that "On Tuesday,
 * the RBC Ukraine news website" does not make "Tuesday" a publication.
 */
const NAME_BEFORE_KIND = /(\p{Lu}(?:[\p{L}\d'’&-]|\.(?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}\d'’&-]|\.(?=\p{L}))*){0,3}),\s+(?:an?|the)\s+((?:[\p{L}.-]+\s+){0,3}?)$/u;
const DESCRIPTIVE: ReadonlySet<string> = new Set([...sourceModifiers.entries, ...groupModifiers.entries].map((e) => e.term));
/** Capitalised words that start sentences or clauses, and days and months: they name no publication. */
const NOT_A_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'he', 'she', 'they', 'but', 'and', 'according', 'as', 'after', 'meanwhile', 'earlier', 'later',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** True when every word between a name and its kind describes it: "an independent Russian outlet". */
function onlyDescriptive(between: string): boolean {
  return between.split(/\s+/).filter(Boolean).every((w) => /^[a-z]/.test(w) || DESCRIPTIVE.has(w.toLowerCase()));
}

/** The names the text introduces as publications ("the independent outlet Agentstvo"), for its later sentences. */
let introducedFor: { text: string; names: string[] } | null = null;

function introducedOutlets(text: string): string[] {
  if (introducedFor?.text === text) return introducedFor.names;
  const names = new Set<string>();
  for (const m of anyMatcher.find(text)) {
    if (!KINDS.has(m.entry) || !PUBLICATION_KIND.test(m.text)) continue;
    const after = NAME_AFTER_KIND.exec(text.slice(m.end, m.end + NAME_PEEK_CHARS))?.[1];
    const apposed = NAME_BEFORE_KIND.exec(text.slice(Math.max(0, m.start - NAME_PEEK_CHARS), m.start));
    const before = apposed && onlyDescriptive(apposed[2]!) ? apposed[1] : undefined;
    for (const name of [after, before]) if (name && !name.split(/\s+/).some((w) => NOT_A_NAME.has(w.toLowerCase()))) names.add(name);
  }
  introducedFor = { text, names: [...names] };
  return introducedFor.names;
}

/** Mentions of the names the text introduced as publications, in the sentence. */
function introducedMentions(ctx: RuleContext): { start: number; end: number; named: boolean }[] {
  const out: { start: number; end: number; named: boolean }[] = [];
  const slice = ctx.sentence.text;
  for (const name of introducedOutlets(ctx.text)) {
    let at = slice.indexOf(name);
    while (at >= 0) {
      const end = at + name.length;
      const whole = !/[\p{L}\d]/u.test(slice[at - 1] ?? ' ') && !/[\p{L}\d]/u.test(slice[end] ?? ' ');
      if (whole) out.push({ start: ctx.sentence.start + at, end: ctx.sentence.start + end, named: true });
      at = slice.indexOf(name, end);
    }
  }
  return out;
}

/** Outlets mentioned in the sentence: lexicon names and kinds, and capitalised names ending in an outlet word. */
function outletMentions(ctx: RuleContext): { start: number; end: number; named: boolean }[] {
  const out: { start: number; end: number; named: boolean }[] = [];
  const { text } = ctx;
  for (const m of anyMatcher.find(text, ctx.sentence.start, ctx.sentence.end, sentenceRuns(ctx))) {
    if (KINDS.has(m.entry)) {
      // "the press service of the Ministry of Justice", "a press conference": a body's own office or event, not an outlet.
      if (OFFICE_AFTER_PRESS.test(m.text) && OFFICE_WORD.test(text.slice(m.end, m.end + 16))) continue;
      // "the Russian outlet Verstka reported": the kind and the publication's name are one mention.
      const name = PUBLICATION_KIND.test(m.text) ? NAME_AFTER_KIND.exec(text.slice(m.end, Math.min(ctx.sentence.end, m.end + NAME_PEEK_CHARS))) : null;
      if (name && !name[1]!.split(/\s+/).some((w) => NOT_A_NAME.has(w.toLowerCase()))) out.push({ start: m.start, end: m.end + name[0].length, named: true });
      else out.push({ start: m.start, end: m.end, named: false });
      continue;
    }
    // Names are proper nouns: "AP" and "the Sun" name outlets, "ap" and "the sun" do not.
    if (!HEADS.has(m.entry)) {
      if (/\p{Lu}/u.test(m.text.split(/\s+/).at(-1)!)) out.push({ start: m.start, end: m.end, named: true });
      continue;
    }
    if (!NAME_WORD.test(m.text)) continue;
    // Extend leftwards over the capitalised words of the name ("The Washington Post").
    let start = m.start;
    for (let k = 0; k < MAX_NAME_WORDS; k++) {
      const prev = /([\p{L}.'’&-]+)\s+$/u.exec(text.slice(Math.max(ctx.sentence.start, start - 30), start));
      if (!prev || !NAME_WORD.test(prev[1]!)) break;
      start -= prev[0].length;
    }
    // A head word alone at the start of a sentence is not yet a name ("News of the strike …").
    if (start === m.start && start === ctx.sentence.start) continue;
    const article = /\bthe\s+$/i.exec(text.slice(Math.max(ctx.sentence.start, start - 4), start));
    if (article) start -= article[0].length;
    out.push({ start, end: m.end, named: true });
  }
  for (const m of introducedMentions(ctx)) if (!out.some((o) => o.start < m.end && m.start < o.end)) out.push(m);
  return out;
}

/** True when a capitalised phrase names an outlet: a listed name, or a name ending in an outlet word. */
/**
 * The page's own outlet, where the text names it as its own: a dateline "(Reuters)", "KYIV (AP) —", a closing
 * "— Reuters". "told Reuters" in Reuters' own copy is its reporters' interview, not one passed on.
 */
const OWN_OUTLET = /\((\p{Lu}[\p{L}.'’& -]{1,40})\)|[\u2014\u2013-]\s*(\p{Lu}[\p{L}.'’& -]{1,40})\s*$/gmu;
/** The last text's own outlets: the rule asks once per interview it finds, and a text is analysed in one go. */
let ownFor: { text: string; own: Set<string> } | null = null;

function ownOutlets(text: string): Set<string> {
  if (ownFor?.text === text) return ownFor.own;
  const own = new Set<string>();
  for (const m of text.matchAll(OWN_OUTLET)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    if (isOutletName(name)) own.add(name.replace(/^the\s+/i, '').toLowerCase());
  }
  ownFor = { text, own };
  return own;
}

export function isOutletName(phrase: string): boolean {
  return nameMatcher.find(phrase).length > 0 || headMatcher.find(phrase.split(/\s+/).at(-1)!).length > 0;
}

/**
 * "The report said" refers back: to an outlet's report (relayed) or to a named body's ("a UN report …
 * The report said"), which is that body's own finding.
 */
function reportOfNamedBody(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - ANTECEDENT_CHARS), at);
  const mentions = [...before.matchAll(/(?:([\p{L}.'’&-]+)['’]?s?\s+)?(?:report|reports)\b(?:\s+(?:by|from|of)\s+(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*))?/gu)];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const [, qualifier, agent] = mentions[i]!;
    for (const w of [qualifier, agent]) {
      if (w && /^\p{Lu}/u.test(w) && !DETERMINER_WORDS.test(w)) return !isOutletName(w);
    }
  }
  return false;
}

export const relayedReport: Rule = {
  id: 'relayed-report',
  category: 'unverified',
  run(ctx) {
    const spans = [...outletSpans(ctx).filter((s) => !namedSpeakerBesides(ctx, s)), ...reportSpans(ctx), ...headlineSpans(ctx)];
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    return flagsOf(ctx, spans);
  },
};

/**
 * "Peskov told Reuters", "the defence ministry said, according to Reuters", "'…,' Khodakovsky said, the
 * Kyiv Independent reported": someone named speaks, and the outlet only carried the words. The claim rests
 * on the named speaker, which flags.md leaves unflagged; an outlet relayed on its own ("the Post reported
 * that …", "according to Reuters, …") or carrying an unnamed source's words ("a source told Reuters",
 * which the anonymous-source rule flags) is still the outlet's report.
 */
function namedSpeakerBesides(ctx: RuleContext, s: Span): boolean {
  const { text, sentence } = ctx;
  // A quotation in a named speaker's words ("'…,' Roland Schilling, of the UN agency, told the BBC"); an
  // outlet quoted ("Telegram channel Mash said: '…'") is the relay itself.
  if (ctx.quotations.some((q) => q.named && q.start < sentence.end && sentence.start < q.end && !speaksForOutlet(text, q.speaker, s))) return true;
  if (s.framing) return namedInterviewee(text.slice(Math.max(sentence.start, s.start - LOOK_BEHIND_CHARS), s.start), text.slice(s.end, sentence.end));
  // "CNN quoted Andriy Yusov as saying", "the Post reported, citing Dmitry Peskov": the outlet names its speaker.
  const after = text.slice(s.end, sentence.end);
  if (NAMED_AFTER_RELAY.test(after) || (/\b(?:quoted|cited)$/i.test(text.slice(s.start, s.end)) && NAME_NEXT.test(after))) return true;
  // The sentence read again, alone (a copy of the whole text per relay was the core's slowest step), with
  // the relay and the comma before it blanked out: reported speech still found, begun before the relay,
  // has another speaker ("'…,' Khodakovsky said, the Kyiv Independent reported"); words begun after it are
  // what the outlet reports ("The newspaper believes that the West should say so").
  const from = s.start - (/,\s*$/.exec(text.slice(sentence.start, s.start))?.[0].length ?? 0);
  const own = text.slice(sentence.start, from) + ' '.repeat(s.end - from) + text.slice(s.end, sentence.end);
  return reportedSpeech(own, { start: 0, end: own.length, text: own }).some((r) => r.start < from - sentence.start);
}

/** Whether a quotation's speaker is the outlet the relay names ("Mash" of "Telegram channel, Mash, said"). */
function speaksForOutlet(text: string, speaker: string | null, s: Span): boolean {
  return !!speaker && text.slice(s.start, s.end).includes(speaker);
}

/** A person named right after the relay's verb: "(CNN quoted) Andriy Yusov", "(reported,) citing Dmitry Peskov". */
const NAMED_AFTER_RELAY = /^(?:\s+quoted|,?\s+citing)\s+(?:[a-z][\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+/u;
/** A person's name (two capitalised words, a title or description before them) next: after "CNN quoted". */
const NAME_NEXT = /^\s+(?:[a-z][\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+/u;

/**
 * The person interviewed, named before "told …" ("Dmitry Peskov told Reuters") or after the interview ("In
 * an interview with Reuters, Dmitry Peskov"); a place before "told" is where the speakers are ("Ukrainians
 * sheltering in Kharkiv told Insider").
 */
const INTERVIEWEE_BEFORE = /(?:^|[\s,(])(?<!\b(?:in|at|near|from|outside)\s)(\p{Lu}[\p{L}'’.-]+)\s+(?:(?:has|had|also|later|earlier|then)\s+)?$/u;
const INTERVIEWEE_AFTER = /^\s*,\s*(?:[a-z][\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+/u;

/** A description set off after a name, right before "told": "Leonid Slutsky, a senior member of the team, (told RT)". */
const APPOSITIVE_END = /,\s+(?:a|an|the)\s+[^,;:"“”]{1,80},\s*$/;
/** A people named by its nationality ("Ukrainians tell CNN"): a group, not a named speaker. */
const DEMONYM = /(?:ians|eans|cans|ese|elis)$/i;

function namedInterviewee(before: string, after: string): boolean {
  const name = INTERVIEWEE_BEFORE.exec(before.replace(APPOSITIVE_END, ' '))?.[1];
  if (name && !NOT_A_NAME.has(name.toLowerCase()) && !UNNAMED_HEADS.has(name.toLowerCase()) && !DEMONYM.test(name) && !isOutletName(name)) return true;
  return /\binterview\s+with\s*$|\bspeaking\s+to\s*$/i.test(before) ? false : INTERVIEWEE_AFTER.test(after);
}

/** An outlet named as the source: "the Post reported", "according to Reuters", "in an interview with the BBC". */
function outletSpans(ctx: RuleContext): Span[] {
  const { text, sentence } = ctx;
  const spans: Span[] = [];
  for (const o of outletMentions(ctx)) {
    // "Commonwealth of Independent States", "Times Square": a capitalised word after it continues another name.
    if (NAME_GOES_ON.test(text.slice(o.end, o.end + 3))) continue;
    const after = OUTLET_THEN_VERB.exec(text.slice(o.end, Math.min(sentence.end, o.end + 200)));
    if (after) spans.push({ start: o.start, end: o.end + after[0].length, why: 'the page relays another outlet\u2019s reporting' });
    const before = text.slice(Math.max(sentence.start, o.start - LOOK_BEHIND_CHARS), o.start);
    // "according to American media reports" is the unconfirmed-report rule's own phrase: one flag is enough.
    const mediaReports = !o.named && /^\s+reports?\b/i.test(text.slice(o.end, o.end + 10));
    const according = mediaReports ? null : (ACCORDING_BEFORE.exec(before) ?? AGENT_BEFORE.exec(before) ?? (o.named ? null : reportedByKind(before)));
    if (according) {
      const lead = /^[,\s]*/.exec(according[0])![0].length;
      spans.push({ start: o.start - (before.length - according.index) + lead, end: o.end, why: 'the claim rests on another outlet\u2019s reporting' });
    }
    const interview = o.named ? INTERVIEW_BEFORE.exec(before) : null;
    if (interview && !ownOutlets(text).has(text.slice(o.start, o.end).replace(/^the\s+/i, '').toLowerCase())) {
      // The interview frames the speaker's words; it is never part of them.
      spans.push({ start: o.start - (before.length - interview.index), end: o.end, why: 'the page relays an interview another outlet did', framing: true });
    }
  }
  return spans;
}

/** Reports nobody identifies: "reports say", "according to reports", "the article states", "as noted in". */
function reportSpans(ctx: RuleContext): Span[] {
  const { text, sentence } = ctx;
  const slice = sentence.text;
  // Most sentences never say "report": the patterns below are tried only where one does.
  const runs = sentenceRuns(ctx);
  const mentionsReport = runs.some((r) => REPORT_WORDS_SET.has(r.lower));
  const asNoted = runs.some((r) => r.lower === 'as') && runs.some((r) => AS_NOTED_WORDS.has(r.lower));
  const mentionsArticle = runs.some((r) => ARTICLE_WORDS.has(r.lower));
  const patterns = [
    ...(mentionsReport ? [REPORT_SUBJECT, REPORT_INVERTED, REPORTS_ABOUT, ACCORDING_TO_REPORTS, COUNTED_REPORTS, THERE_WERE_REPORTS] : []),
    ...(mentionsArticle ? [ARTICLE_SUBJECT] : []),
    ...(asNoted ? [AS_NOTED_IN] : []),
  ];
  const spans: Span[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = sentence.start + m.index;
      const reportAt = start + m[0].search(/reports?\b/i);
      // "a UN report said", "the Pentagon report": a named body's own report (an outlet's is relayed).
      const qualifier = re === ARTICLE_SUBJECT ? undefined : QUALIFIER_BEFORE.exec(text.slice(Math.max(sentence.start, reportAt - 30), reportAt))?.[1];
      if (qualifier && /^\p{Lu}/u.test(qualifier) && !DETERMINER_WORDS.test(qualifier) && !isOutletName(qualifier)) continue;
      // "The report said", "according to the report": the report named before, a body's own or an outlet's.
      const refersBack = (re === REPORT_SUBJECT && /^the\s+report\b/i.test(m[0])) || (re === ACCORDING_TO_REPORTS && /\bthe\s+report$/i.test(m[0]));
      if (refersBack && reportOfNamedBody(text, start)) continue;
      // "None of the reports said how …": a report that says nothing relays nothing.
      if (NEGATED_BEFORE.test(text.slice(Math.max(sentence.start, start - LOOK_BEHIND_CHARS), start))) continue;
      const why = re === ARTICLE_SUBJECT ? 'the page relays a piece of another outlet\u2019s reporting' : 'the claim rests on reports the page does not identify';
      spans.push({ start, end: start + m[0].length, why });
    }
  }
  return spans;
}

/** A headline that credits its claim to reports: "Reports: …", "…, report says". */
function headlineSpans(ctx: RuleContext): Span[] {
  const { sentence } = ctx;
  const slice = sentence.text;
  const spans: Span[] = [];
  const lead = HEADLINE_LEAD.exec(slice);
  if (lead && !slice.includes('\n') && !linksElsewhere(slice)) spans.push({ start: sentence.start + slice.search(/\S/), end: sentence.start + slice.indexOf(':') + 1, why: 'the headline credits its claim to reports' });
  const runs = sentenceRuns(ctx);
  const headline = runs.length > 0 && HEADLINE_WORDS.has(runs.at(-1)!.lower) ? HEADLINE_TAG.exec(slice) : null;
  if (headline && !slice.includes('\n') && !linksElsewhere(slice)) spans.push({ start: sentence.start + headline.index, end: sentence.end, why: 'the headline credits its claim to a report' });
  return spans;
}

/** One flag per span, outermost first, except where a named speaker passes the reports on in his own words. */
function flagsOf(ctx: RuleContext, spans: readonly Span[]): Flag[] {
  const { text, sentence } = ctx;
  const spoken = spans.length > 0 ? namedSpeech(ctx) : [];
  const flags: Flag[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue;
    // "Peskov says, if the media reports are true, …": a named speaker passes the reports on, in his words.
    // A tag that ends the sentence (", the Post reported.") is the writer's, for all of it.
    if (!s.framing && !TRAILING.test(text.slice(s.end, sentence.end)) && spoken.some((r) => r.start <= s.start && s.end <= r.end)) continue;
    lastEnd = s.end;
    const cue = text.slice(s.start, s.end);
    flags.push(makeFlag(ctx, relayedReport, s.start, s.end, `"${cue}": ${s.why}, which it did not check itself.`));
  }
  return flags;
}
