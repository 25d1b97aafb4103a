import speechVerbs from '../../lexicons/speech-verbs.json';
import channels from '../../lexicons/reference-channels.json';
import locatives from '../../lexicons/reference-locatives.json';
import placeNouns from '../../lexicons/reference-place-nouns.json';
import nameHeads from '../../lexicons/reference-name-heads.json';
import siteLeads from '../../lexicons/reference-site-leads.json';
import { verbForms } from '../../lexicon';
import { isDateWord } from './calendar';
import type { Token } from './tokens';
import type { EntityKind, Vocabulary } from './vocabulary';

/**
 * What a sentence is about: the parties, countries, places, weapons and things it names. A country
 * after "inside", "into" … or before "territory", "soil" … is its territory ("strikes inside Russia",
 * "Russian soil"), which is another anchor than the country as an actor ("Russia warned"). Capitalised
 * names the vocabulary does not know ("Leopard 2", "Storm Shadow") are anchors too, by their words.
 */
export type AnchorKind = EntityKind | 'territory' | 'name';
export interface Anchor {
  id: string;
  kind: AnchorKind;
  start: number;
  end: number;
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** A name that speaks or reports ("Klymenko said", "told Reuters", "wrote on Telegram"): a source, not where it happened. */
  speaker?: true;
  /** A name after a word of place ("in Hroza", "at the Amstor mall", "the village of Hroza"): where it happened. */
  located?: true;
  /** Not in the sentence: the story's place, which the sentence refers back to ("the mall"; check.ts withStoryPlaces). */
  implied?: true;
}

function territories(text: string, tokens: readonly Token[], vocabulary: Vocabulary, found: Anchor[]): Anchor[] {
  if (!found.some((a) => a.kind === 'country')) return found;
  const words = vocabulary.places.find(text, tokens);
  const prepEndingAt = new Map(words.filter((w) => w.entry.role === 'preposition').map((w) => [w.to, w]));
  const nounStartingAt = new Map(words.filter((w) => w.entry.role === 'noun').map((w) => [w.from, w]));
  const nounEndingAt = new Map(words.filter((w) => w.entry.role === 'noun').map((w) => [w.to, w]));
  return found.map((a) => {
    if (a.kind !== 'country') return a;
    // "on the territory of the Russian Federation", "the soil of Russia": the noun before "of" is the country's.
    const ofAt = tokens[a.from - 1]?.norm === 'the' ? a.from - 2 : a.from - 1;
    const nounBefore = tokens[ofAt]?.norm === 'of' ? nounEndingAt.get(ofAt) : undefined;
    if (nounBefore) return { ...a, kind: 'territory' as const, start: nounBefore.start, from: nounBefore.from };
    const prep = prepEndingAt.get(a.from);
    const noun = nounStartingAt.get(a.to);
    if (!prep && !noun) return a;
    if (!noun && ownsWhatFollows(text, tokens, a)) return a;
    return { ...a, kind: 'territory' as const, start: prep?.start ?? a.start, end: noun?.end ?? a.end, from: prep?.from ?? a.from, to: noun?.to ?? a.to };
  });
}

/**
 * "In Russia's strike on Hroza", "on Ukraine's request": after a word of place, a country in the
 * possessive owns the noun that follows; it is not where anything happened. A name after it ("in
 * Russia's Kursk region") still places the sentence there.
 */
function ownsWhatFollows(text: string, tokens: readonly Token[], a: Anchor): boolean {
  const last = tokens[a.to - 1]!;
  const next = tokens[a.to];
  return /['’]s$/i.test(text.slice(last.start, last.end)) && !!next && !next.cap;
}

/**
 * One key for the ways coverage shortens a name: "M1 Abrams", "M1A1 Abrams" and "Abrams"; "Leopard 2
 * A6" and "Leopard"; "Olaf Scholz" and "Scholz". The key is the last word of letters only (three or
 * more), which is the family name or the type name; designations ("M1", "2A6") are left out.
 */
export function nameKey(words: readonly Token[]): string {
  const alphabetic = words.filter((w) => /^[a-z\u00C0-\u024F\u0400-\u04FF]{3,}$/.test(w.norm));
  // "Hroza Village", "Amstor Shopping Centre": the word that names it, not the kind of place.
  const specific = alphabetic.filter((w) => !NAME_HEADS.has(w.norm));
  return (specific.at(-1) ?? alphabetic.at(-1) ?? words.at(-1)!).norm;
}

/** Nouns that end a name and only say what kind of place it is (reference-name-heads.json). */
const NAME_HEADS = new Set(nameHeads.entries.map((e) => e.term));

/** A word that can be part of a name: capitalised and not a function word, or a number right after one ("Leopard 2"). */
function namePart(tokens: readonly Token[], k: number, first: number, taken: readonly Anchor[], vocabulary: Vocabulary): boolean {
  const u = tokens[k];
  // Most words are neither capitalised nor digits: they are ruled out before any look-up (asked of every token).
  if (!u || !(u.cap || u.digits) || isTaken(taken, k) || isDateWord(u.norm)) return false;
  return (u.cap && !vocabulary.functionStems.has(u.stem)) || (u.digits && k > first && tokens[k - 1]!.cap);
}

/**
 * Whether token k is inside one of the anchors the vocabulary found: asked only of capitalised words
 * and numbers, and a sentence has a few anchors, where a flag array per sentence was an allocation for
 * every sentence read.
 */
function isTaken(taken: readonly Anchor[], k: number): boolean {
  for (let n = 0; n < taken.length; n++) if (taken[n]!.from <= k && k < taken[n]!.to) return true;
  return false;
}

/** Capitalised runs the vocabulary did not name; a sentence's first word alone is not a name. */
function names(text: string, tokens: readonly Token[], vocabulary: Vocabulary, taken: readonly Anchor[]): Anchor[] {
  const out: Anchor[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!namePart(tokens, i, i, taken, vocabulary)) {
      i++;
      continue;
    }
    const t = tokens[i]!;
    let j = i + 1;
    while (j < tokens.length && namePart(tokens, j, i, taken, vocabulary) && adjacent(text, tokens[j - 1]!, tokens[j]!)) j++;
    // A sentence's first word alone is capitalised anyway: a name only when written in capitals ("ATACMS").
    // …or a name the set knows ("Moskva cruiser sank while being towed").
    const alone = i === 0 && j === 1 && !/^[A-Z]{2,}$/.test(text.slice(t.start, t.end)) && !vocabulary.knownName?.(nameKey([t]));
    // "Tochka-U missile", "Leopard 2 tanks": a name before a noun of things names a thing.
    // …or before a kind of weapon ("Kh-22 cruise missile").
    const thing = vocabulary.thingStems.has(tokens[j]?.stem ?? '') || taken.some((a) => a.from === j && a.kind === 'weapon');
    if (!alone && !t.digits) {
      const key = nameKey(tokens.slice(i, j));
      out.push({ id: `name:${vocabulary.nameSpelling?.(key) ?? key}`, kind: thing ? 'thing' : 'name', start: t.start, end: tokens[j - 1]!.end, from: i, to: j });
    }
    i = j;
  }
  return out;
}

/** Nothing but spaces or a hyphen between two words. */
function adjacent(text: string, a: Token, b: Token): boolean {
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 45 && c !== 160) return false;
  }
  return true;
}

/** Share of capitalised words above which a line is a headline in title case, where capitals name nothing. */
export const TITLE_CASE_SHARE = 0.6;

/** Counted in one pass without copies: asked of every sentence read. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.digits) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 && caps / words >= TITLE_CASE_SHARE;
}

/** The anchors of a sentence's tokens, in text order. */
export function findAnchors(text: string, tokens: readonly Token[], vocabulary: Vocabulary): Anchor[] {
  const known: Anchor[] = vocabulary.entities.find(text, tokens).map((m) => ({
    id: m.entry.id,
    kind: m.entry.kind,
    start: m.start,
    end: m.end,
    from: m.from,
    to: m.to,
  }));
  const placed = territories(text, tokens, vocabulary, known).filter((a) => !isCorrectedAway(text, a));
  const unknown = isTitleCase(tokens) ? [] : markSpeakers(tokens, names(text, tokens, vocabulary, placed)).filter((a) => !isCorrectedAway(text, a));
  return unknown.length === 0 ? placed : [...placed, ...unknown].sort((a, b) => a.start - b.start);
}

/** "an intermediate-range missile, not an ICBM", "Kharkiv rather than Kyiv": what comes after is what the sentence says it was not. */
const CORRECTION_BEFORE = /(?:[,;\u2013\u2014]\s*not|\brather\s+than|\binstead\s+of)\s+(?:(?:an?|the)\s+)?$/i;
/** Characters before an anchor in which a correction is looked for ("…, not an "). */
const CORRECTION_REACH = 24;

/** An anchor the sentence names only to say it was not that one: it is not what the sentence is about. */
function isCorrectedAway(text: string, a: Pick<Anchor, 'start'>): boolean {
  return CORRECTION_BEFORE.test(text.slice(Math.max(0, a.start - CORRECTION_REACH), a.start));
}

/** Forms of the verbs by which someone speaks or reports (speech-verbs.json), plus what outlets do. */
const SPEAKING = new Set([
  ...verbForms(speechVerbs),
  'report', 'reports', 'reported', 'post', 'posts', 'posted', 'publish', 'published', 'cite', 'cited', 'quoted',
]);
/** Platforms statements go out on ("Telegram", "YouTube"), as name anchor ids. */
const CHANNELS = new Set(channels.entries.map((e) => `name:${e.term.split(' ').at(-1)}`));
/** Words between a speaking verb and the channel it used ("wrote on Telegram", "said in a video on YouTube"). */
const CHANNEL_PREPOSITIONS = new Set(['on', 'via', 'to']);

/**
 * Names that speak rather than locate: followed by a speaking verb ("Klymenko said", "Reuters
 * reported"), after one ("told Reuters", "said Klymenko", "according to Babel"), or the channel a
 * statement went out on ("wrote on Telegram"). A count's place is never its source.
 */
function markSpeakers(tokens: readonly Token[], names: Anchor[]): Anchor[] {
  for (const a of names) {
    if (a.kind !== 'name') continue;
    const next = SPEAKING.has(normAt(tokens, a.to)) || ((normAt(tokens, a.to) === 'also' || normAt(tokens, a.to) === 'has') && SPEAKING.has(normAt(tokens, a.to + 1)));
    const lead = normAt(tokens, a.from - 1) === 'the' ? a.from - 1 : a.from;
    const before = normAt(tokens, lead - 1);
    const after = SPEAKING.has(before) || (normAt(tokens, lead - 2) === 'according' && before === 'to') || (before === 'by' && SPEAKING.has(normAt(tokens, lead - 2)));
    const channel = CHANNELS.has(a.id) || (CHANNEL_PREPOSITIONS.has(before) && SPEAKING.has(normAt(tokens, lead - 2)));
    if (next || after || channel) a.speaker = true;
    else if (afterWordOfPlace(tokens, a.from)) a.located = true;
  }
  return names;
}

/**
 * The word at token i, '' outside the sentence. A function, not a closure made per sentence: under tsx
 * (which runs the bench and the CLI) every closure made is also named by a property definition.
 */
function normAt(tokens: readonly Token[], i: number): string {
  return tokens[i]?.norm ?? '';
}

/** "in Hroza", "at the Amstor mall", "the village of Hroza"; not "the Office of the Prosecutor General". */
function afterWordOfPlace(tokens: readonly Token[], from: number): boolean {
  const at = SITE_LEADS.has(normAt(tokens, from - 1)) ? from - 1 : from;
  const prep = normAt(tokens, at - 1);
  return LOCATIVE.has(prep) || (prep === 'of' && PLACE_NOUNS.has(normAt(tokens, at - 2)));
}

/** Prepositions that say where: a name after them is a place ("in Hroza", "near Kupiansk"; reference-locatives.json). */
const LOCATIVE = new Set(locatives.entries.map((e) => e.term));
/** Nouns of places that "of" names: "the village of Hroza", "the city of Vinnytsia" (reference-place-nouns.json). */
const PLACE_NOUNS = new Set(placeNouns.entries.map((e) => e.term));
/** Words between such a preposition and a name: "at the Amstor mall", "in central Vinnytsia" (reference-site-leads.json). */
const SITE_LEADS = new Set(siteLeads.entries.map((e) => e.term));

/**
 * A place a story names, for the tolls after it that name none: a town the vocabulary knows, or a name
 * after a word of place ("in Hroza"); not a person, an office or a source ("Sinegubov", "the OVA").
 */
export function isStoryPlace(a: Anchor): boolean {
  return a.kind === 'place' || (a.kind === 'name' && !!a.located);
}

/** Whether an anchor id names a kind of weapon ("class:icbm", reference-entities.json), as against a named system or a place. */
export function isWeaponKind(id: string): boolean {
  return id.startsWith('class:');
}

/** A party: a country or one who acts for it ("Kyiv", "Peskov"), as against places and things. */
export function isParty(a: Pick<Anchor, 'kind'>): boolean {
  return a.kind === 'country' || a.kind === 'actor';
}

/** The id an anchor contributes to a sentence's terms: territory is its own thing. */
export function anchorTerm(a: Pick<Anchor, 'id' | 'kind'>): string {
  return a.kind === 'territory' ? `t:${a.id}` : `e:${a.id}`;
}
