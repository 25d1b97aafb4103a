import furniture from './lexicons/site-furniture.json';
import { PhraseMatcher, type WordRun } from './lexicon';
import type { Sentence } from './types';

const matcher = new PhraseMatcher(furniture.entries);

/**
 * "Read also: …", "SEE ALSO: …", "Related: …": a line that links to another story, whose headline is
 * neither this page's claim nor a report it relays (the reference check and the relayed-report rule).
 */
export const LINK_LINE = /^\s*(?:(?:also\s+)?read(?:\s+also|\s+more)?|see\s+also|related(?:\s+stories)?|more\s+on\s+this)\s*:/i;

/**
 * A sentence of the page's furniture ("Sign up for our newsletter", "We're sorry, this feature is
 * currently unavailable"): the site speaking to its readers, which extraction sometimes leaves in the
 * text. Its "we", "you" and "!" are no writer's judgement (site-furniture.json). `runs`: the
 * sentence's word runs, when the caller has them (rules/helpers sentenceRuns).
 */
export function isFurniture(text: string, sentence: Sentence, runs?: readonly WordRun[]): boolean {
  return matcher.find(text, sentence.start, sentence.end, runs).length > 0;
}
