import type { Analysis } from './analyze';
import type { Genre } from './types';

/**
 * On a page read as news, the outlet's own voice is not the writer's judgement, which is what
 * editorial marks (flags.md: "the writer's own judgement presented inside reporting"): the newsroom's
 * "we" ("we will update this page"), its "you" ("you can follow our live coverage"), an exclamation
 * or a question put to readers in a teaser. In opinion writing the same voice argues, and stays marked;
 * a sentence or a text with no page around it (the CLI, the public sets) is read as before.
 */
export const NEWSROOM_VOICE_RULES: ReadonlySet<string> = new Set(['first-person-plural', 'reader-address', 'exclamation', 'rhetorical-question']);

/** An analysis as the page's genre shows it: on news, without the newsroom's voice. */
export function asGenreShows(analysis: Analysis, genre: Genre): Analysis {
  if (genre !== 'news') return analysis;
  return { ...analysis, flags: analysis.flags.filter((f) => !NEWSROOM_VOICE_RULES.has(f.rule)) };
}
