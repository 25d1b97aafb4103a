import { findQuotations } from './quotes';
import { reportedSpeech } from './reported';
import { checkAgainstReference, type PageInfo, type ReferenceIndex } from './reference/check';
import { opinionSentences, VIEW_RULES } from './reference/opinion';
import { NEWSROOM_VOICE_RULES } from './news-voice';
import { isFurniture } from './furniture';
import { RULES } from './rules';
import { sentenceRuns } from './rules/helpers';
import { segment } from './segment';
import type { CategoryId, Flag, Genre, Quotation, Rule, Sentence, Span } from './types';

export interface Analysis {
  sentences: Sentence[];
  quotations: Quotation[];
  flags: Flag[];
}

/** Categories that judge the writer's voice: never raised inside a named speaker's quotation. */
const VOICE_CATEGORIES: ReadonlySet<CategoryId> = new Set(['editorial', 'emotive']);
/**
 * Hedges are the speaker's too: "Russia will probably attack again," Budanov said, is a claim
 * attributed to a named person, which flags.md leaves unflagged; the same hedge in the text's own
 * voice marks its claim as weakly supported. So is a named speaker's doubt: "it was not clear whether
 * the depot was hit, the governor said" (the writer's own "it was not clear" is flagged), and a named
 * speaker's reading of a leaked paper ("the documents show nothing new," Reznikov said).
 */
const SPEAKER_HEDGE_RULES: ReadonlySet<string> = new Set(['speculative-hedge', 'modal-hedge', 'not-established', 'passive-report', 'leaked-document']);

/**
 * A view put in an unnamed group's mouth inside a named speaker's quotation ("“Many believe the war will
 * end soon,” Zelensky said") is the speaker's claim about the group, told in his name: flags.md's vague
 * attribution hides who holds a view, and here the page names who says it.
 */
const QUOTED_VIEW_RULES: ReadonlySet<string> = new Set(['vague-attribution', 'vague-quantity']);

export function compareFlags(a: Flag, b: Flag): number {
  return a.start - b.start || a.end - b.end || a.category.localeCompare(b.category) || a.rule.localeCompare(b.rule);
}

/**
 * The analysis core: text in, flags out. Pure and deterministic: no DOM, no clock, no randomness.
 * Offsets in every flag index into `text`.
 */
export interface AnalyzeOptions {
  /** Check claims against this reference set (adds conflict, supported, uncovered flags with evidence). */
  reference?: ReferenceIndex;
  /** What is known of the page besides its text (its address: a reference source there is the page itself). */
  page?: PageInfo;
  rules?: readonly Rule[];
  /**
   * The page's genre (detectGenre in genre.ts). In an opinion genre the writer's argument is editorial
   * even without a loaded word (rule opinion-argument); without it the text is read as news.
   */
  genre?: Genre;
}

export function analyze(text: string, { rules = RULES, reference, page, genre = 'news' }: AnalyzeOptions = {}): Analysis {
  const sentences = segment(text);
  const quotations = findQuotations(text, sentences);
  const named = quotations.filter((q) => q.named);
  const flags: Flag[] = [];
  let qi = 0;
  sentences.forEach((sentence, index) => {
    const earlier: Flag[] = [];
    const ctx = { text, sentence, index, sentences, quotations, genre, earlier };
    // named quotations are sorted; skip those that end before this sentence
    while (qi < named.length && named[qi]!.end <= sentence.start) qi++;
    let reported: readonly Span[] | undefined;
    let furniture: boolean | undefined;
    // Indexed loops: for-of over each rule's result made an iterator per rule and sentence (profiled garbage).
    for (let ri = 0; ri < rules.length; ri++) {
      const found = rules[ri]!.run(ctx);
      for (let f = 0; f < found.length; f++) {
        const flag = found[f]!;
        if (VOICE_CATEGORIES.has(flag.category) && (furniture ??= isFurniture(text, sentence, sentenceRuns(ctx)))) continue;
        if (VOICE_CATEGORIES.has(flag.category) || SPEAKER_HEDGE_RULES.has(flag.rule)) {
          if (insideNamedQuote(flag, named, qi)) continue;
          reported ??= reportedSpeech(text, sentence);
          if (reported.some((r) => r.start <= flag.start && flag.end <= r.end)) continue;
        }
        if (QUOTED_VIEW_RULES.has(flag.rule) && insideNamedQuote(flag, named, qi)) continue;
        flags.push(flag);
        earlier.push(flag);
      }
    }
  });
  // A page's opinions ("the decision will undoubtedly help Ukraine") are not facts to check. On news,
  // the newsroom's own voice ("we will update this page") is no opinion (news-voice.ts), though its
  // flags stay in the analysis until the genre is known (article.ts asGenreShows).
  if (reference) {
    const voiced = genre === 'news' ? flags.filter((f) => !NEWSROOM_VOICE_RULES.has(f.rule)) : flags;
    flags.push(...checkAgainstReference(text, sentences, reference, { ...page, opinion: opinionSentences(sentences, voiced), views: opinionSentences(sentences, voiced, VIEW_RULES) }));
  }
  flags.sort(compareFlags);
  return { sentences, quotations, flags: dedupe(flags) };
}

/**
 * A flag that overlaps a named quotation speaks for the speaker, unless it holds the whole quotation:
 * a question in the writer's voice that quotes someone ("Why call the strike “defensive”?") is still
 * the writer's.
 */
function insideNamedQuote(flag: Flag, named: readonly Quotation[], from: number): boolean {
  for (let i = from; i < named.length && named[i]!.start < flag.end; i++) {
    const q = named[i]!;
    const overlaps = flag.start < q.end && q.start < flag.end;
    const holdsIt = flag.start < q.start && q.end < flag.end;
    if (overlaps && !holdsIt) return true;
  }
  return false;
}

/** Two rules of one category on the same span say the same thing once. */
function dedupe(sorted: Flag[]): Flag[] {
  return sorted.filter((f, i) => {
    const p = sorted[i - 1];
    return !(p && p.start === f.start && p.end === f.end && p.category === f.category);
  });
}
