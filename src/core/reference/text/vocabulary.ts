import acts from '../../lexicons/reference-acts.json';
import conditional from '../../lexicons/reference-conditional.json';
import counted from '../../lexicons/reference-counted.json';
import entities from '../../lexicons/reference-entities.json';
import era from '../../lexicons/reference-era.json';
import functionWords from '../../lexicons/reference-function-words.json';
import negators from '../../lexicons/reference-negators.json';
import notNegation from '../../lexicons/reference-not-negation.json';
import places from '../../lexicons/reference-places.json';
import reversers from '../../lexicons/reference-reversers.json';
import scope from '../../lexicons/reference-scope.json';
import thingNouns from '../../lexicons/reference-thing-nouns.json';
import { TokenMatcher, type MatcherEntry } from './token-matcher';
import { stemOf } from './tokens';

/**
 * The reference check's vocabulary: which words name one party, place, weapon or act, which deny,
 * limit or date a claim, and what a number counts. All of it is data (src/core/lexicons/reference-*.json,
 * each entry with its reason); a reference set adds the names of its own story (its vocabulary.json).
 */
export type EntityKind = 'country' | 'actor' | 'place' | 'weapon' | 'thing';
export interface EntityEntry extends MatcherEntry {
  id: string;
  kind: EntityKind;
}
export type ActFamily = 'deontic' | 'event' | 'speech';
export interface ActEntry extends MatcherEntry {
  act: string;
  family: ActFamily;
  polarity?: 'negative';
  /** Words after which the term has another sense: "on fire" is a blaze, not firing weapons. */
  notAfter?: string[];
}
export interface ScopeEntry extends MatcherEntry {
  scope: 'only' | 'except' | 'wide';
}
export interface CountedEntry extends MatcherEntry {
  count?: string;
  role?: string;
}
export interface ModalEntry extends MatcherEntry {
  modality: 'hypothetical' | 'possible';
}
export interface PlaceWordEntry extends MatcherEntry {
  role: 'preposition' | 'noun';
}

/** What a reference set may add: names of its story's parties, places, weapons and things, and acts. */
export type VocabularyEntry = EntityEntry | ActEntry;

export interface Vocabulary {
  entities: TokenMatcher<EntityEntry>;
  acts: TokenMatcher<ActEntry>;
  negators: TokenMatcher<MatcherEntry>;
  /** "lift", "ease": before a ban or restriction, they end it. */
  reversers: TokenMatcher<MatcherEntry>;
  notNegation: TokenMatcher<MatcherEntry>;
  scope: TokenMatcher<ScopeEntry>;
  era: TokenMatcher<MatcherEntry>;
  conditional: TokenMatcher<ModalEntry>;
  counted: TokenMatcher<CountedEntry>;
  places: TokenMatcher<PlaceWordEntry>;
  /** Stems of nouns of things used in the war: a name before one names a thing (reference-thing-nouns.json). */
  thingStems: ReadonlySet<string>;
  /** Stems of words that carry no content (reference-function-words.json). */
  functionStems: ReadonlySet<string>;
  /** Every entity id with its kind (for display and for territory: countries only). */
  entityKinds: ReadonlyMap<string, EntityKind>;
  /** A name key as a reference set spells it (spellings.ts); absent: as written. */
  nameSpelling?: (key: string) => string;
  /** Whether the set names something by this key: a sentence's first word alone is a name only then ("Moskva sank"). */
  knownName?: (key: string) => boolean;
}

export function isActEntry(e: VocabularyEntry): e is ActEntry {
  return 'act' in e;
}

function functionStemSet(): Set<string> {
  return new Set(functionWords.entries.flatMap((e) => e.term.split('|').map(stemOf)));
}

let core: Vocabulary | null = null;

/** The vocabulary of the core data, plus a reference set's own entries where given. */
export function vocabularyWith(extra: readonly VocabularyEntry[] = []): Vocabulary {
  if (extra.length === 0 && core) return core;
  const entityEntries = [...(entities.entries as EntityEntry[]), ...extra.filter((e): e is EntityEntry => !isActEntry(e))];
  const vocabulary: Vocabulary = {
    entities: new TokenMatcher(entityEntries),
    acts: new TokenMatcher([...(acts.entries as ActEntry[]), ...extra.filter(isActEntry)]),
    negators: new TokenMatcher(negators.entries),
    reversers: new TokenMatcher(reversers.entries),
    notNegation: new TokenMatcher(notNegation.entries),
    scope: new TokenMatcher(scope.entries as ScopeEntry[], { exact: true }),
    era: new TokenMatcher(era.entries, { exact: true }),
    conditional: new TokenMatcher(conditional.entries as ModalEntry[], { exact: true }),
    counted: new TokenMatcher(counted.entries as CountedEntry[]),
    places: new TokenMatcher(places.entries as PlaceWordEntry[]),
    functionStems: functionStemSet(),
    thingStems: new Set(thingNouns.entries.map((e) => stemOf(e.term))),
    entityKinds: new Map(entityEntries.map((e) => [e.id, e.kind])),
  };
  if (extra.length === 0) core = vocabulary;
  return vocabulary;
}
