import furniture from './lexicons/site-furniture.json';
import { PhraseMatcher } from './lexicon';
import type { Sentence } from './types';

const matcher = new PhraseMatcher(furniture.entries);

/**
 * A sentence of the page's furniture ("Sign up for our newsletter", "We're sorry, this feature is
 * currently unavailable"): the site speaking to its readers, which extraction sometimes leaves in the
 * text. Its "we", "you" and "!" are no writer's judgement (site-furniture.json).
 */
export function isFurniture(text: string, sentence: Sentence): boolean {
  return matcher.find(text, sentence.start, sentence.end).length > 0;
}
