import bundled from '../../../assets/reference/reference-set.json';
import { indexReferenceSet, type ReferenceIndex } from './check';
import { loadReferenceSet } from './schema';

let cached: ReferenceIndex | null = null;

/** The reference set built from the four bundled articles (validated once, on first use). */
export function bundledReference(): ReferenceIndex {
  cached ??= indexReferenceSet(loadReferenceSet(bundled));
  return cached;
}
