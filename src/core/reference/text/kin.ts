import wordKin from '../../lexicons/reference-word-kin.json';
import { stemOf } from './tokens';

/** Stems of words coverage uses for one thing, each to the stem of the word it counts as (reference-word-kin.json). */
const KIN = new Map(wordKin.entries.map((e) => [stemOf(e.term), stemOf(e.kin)]));

/** The stem a content word counts as: its kin's ("debri" is "rubbl"), or its own. */
export function kinStem(stem: string): string {
  return KIN.get(stem) ?? stem;
}
