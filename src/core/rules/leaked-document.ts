import documentNouns from '../lexicons/document-nouns.json';
import leakMarkers from '../lexicons/leak-markers.json';
import verbs from '../lexicons/report-verbs.json';
import { alternation } from '../lexicon';
import type { Flag, Rule } from '../types';
import { anchored, endWords, firstWords, makeFlag, startsBefore, wholeWords } from './helpers';

/**
 * `unverified`: a leaked document as the subject of a verb of reporting ("The document warned that only
 * modest gains could be achieved", "one memo says", "the files show"). The page passes on a paper the
 * reader cannot see and nobody named stands behind; the unconfirmed-report rule flags the first mention
 * ("a leaked Pentagon document"), this rule the sentences that go on relaying it. Only documents the text
 * calls leaked or secret (leak-markers.json), in the sentence or shortly before: "the decree says",
 * "court documents show" pass on papers anyone can read.
 */

const DETERMINER = `(?:(?:the|this|that|these|those|one|another|a|an|both|same|other|second|leaked|classified|secret|confidential|internal)\\s+){0,3}`;
/** An aside between the document and its verb: "The document, dated February 23, warned". */
const ASIDE = `(?:\\s*,[^,.;:!?\\n]{1,80},)?`;
/**
 * "Documents seen by Reuters show", "a letter obtained by the newspaper says": who saw the paper stands
 * between it and its verb; the reader still cannot see it (the leak marker is the participle itself).
 */
const SEEN_BY = `(?:\\s+(?:seen|obtained|reviewed)\\s+by\\s+(?:the\\s+)?(?:[\\p{L}.'’&-]+\\s+){0,3}?[\\p{L}.'’&-]+)?`;
const FILLER = `(?:\\s+(?:also|further|even|reportedly|apparently|has|have|had|was|were))*?`;
const VERB = `(?:${alternation(verbs)}|warn|warns|warned|show|shows|showed|shown|put|puts|estimate|estimates|estimated|describe|describes|described|outline|outlines|outlined)`;
const DOCUMENT_SUBJECT = new RegExp(wholeWords(`${DETERMINER}(?:${alternation(documentNouns)})${SEEN_BY}${ASIDE}${FILLER}\\s+${VERB}`), 'iuy');
const LEAKED = new RegExp(`(?<![\\w'’-])(?:${alternation(leakMarkers)})(?![\\w'’-])`, 'i');
const DOCUMENT_WORDS = endWords(documentNouns.entries.map((e) => e.term));
const FIRST = firstWords(['the', 'this', 'that', 'these', 'those', 'one', 'another', 'a', 'an', 'both', 'same', 'other', 'second', 'leaked', 'classified', 'secret', 'confidential', 'internal'], documentNouns.entries.map((e) => e.term));
/** A document phrase starts at most this many words before its noun: "the same leaked document". */
const WORDS_BEFORE_NOUN = 3;
/** How far back the text is read for the leak that brought the document: a few paragraphs. */
const LEAK_CONTEXT_CHARS = 2000;
/** "The decree, signed by Putin, says": a named author before the verb makes it that author's paper. */
const SIGNED_BY = /\b(?:signed|issued|published|released)\s+by\s+\p{Lu}/u;

export const leakedDocument: Rule = {
  id: 'leaked-document',
  category: 'unverified',
  run(ctx) {
    const flags: Flag[] = [];
    const starts = startsBefore(ctx, DOCUMENT_WORDS, WORDS_BEFORE_NOUN);
    if (starts.length === 0) return flags;
    const leakedBefore = LEAKED.test(ctx.text.slice(Math.max(0, ctx.sentence.start - LEAK_CONTEXT_CHARS), ctx.sentence.end));
    if (!leakedBefore) return flags;
    let lastEnd = -1;
    for (const a of anchored(DOCUMENT_SUBJECT, ctx.sentence.text, starts, FIRST)) {
      const start = ctx.sentence.start + a.start;
      const end = ctx.sentence.start + a.end;
      if (start < lastEnd || SIGNED_BY.test(a.groups[0])) continue;
      lastEnd = end;
      const cue = ctx.text.slice(start, end);
      flags.push(makeFlag(ctx, leakedDocument, start, end, `"${cue}": the page passes on a leaked document the reader cannot see, which nobody named stands behind.`));
    }
    return flags;
  },
};
