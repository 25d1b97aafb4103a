import furniture from './lexicons/site-furniture.json';
import { PhraseMatcher, type WordRun } from './lexicon';
import type { Sentence } from './types';

const matcher = new PhraseMatcher(furniture.entries);

/**
 * A sentence of the page's furniture ("Sign up for our newsletter", "We're sorry, this feature is
 * currently unavailable"): the site speaking to its readers, which extraction sometimes leaves in the
 * text. Its "we", "you" and "!" are no writer's judgement (site-furniture.json). `runs`: the
 * sentence's word runs, when the caller has them (rules/helpers sentenceRuns).
 */
export function isFurniture(text: string, sentence: Sentence, runs?: readonly WordRun[]): boolean {
  return matcher.find(text, sentence.start, sentence.end, runs).length > 0;
}
