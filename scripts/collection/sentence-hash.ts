import { createHash } from 'node:crypto';

/**
 * The key of a labelled sentence: a hash of its text, so labels can be committed without the
 * third-party text they describe. Whitespace is collapsed first, so a re-extracted page whose
 * line breaks moved still finds its labels.
 */
export function sentenceHash(sentence: string): string {
  return createHash('sha256').update(sentence.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

/** The hash of a whole stored page text, to check that a rebuilt collection holds the same text. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
