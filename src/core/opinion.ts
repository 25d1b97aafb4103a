import type { Genre } from './types';

/**
 * The genres in which the writer argues throughout: rule opinion-argument reads their sentences at a
 * lower bar. Analysis is not one of them: it interprets the news but mostly reports it. Apart from
 * genre.ts (which runs the analysis) so that the rules can ask without importing it.
 */
export const OPINION_GENRES: ReadonlySet<Genre> = new Set(['editorial', 'column', 'letter', 'blog']);

export function isOpinion(genre: Genre): boolean {
  return OPINION_GENRES.has(genre);
}

/** For the reader: "Reader letter", "Editorial", … */
export const GENRE_LABELS: Readonly<Record<Genre, string>> = {
  news: 'News report',
  analysis: 'News analysis',
  editorial: 'Editorial',
  column: 'Opinion column',
  letter: 'Reader letter',
  blog: 'Blog post',
};
