import { analyze } from '../../src/core/analyze';
import { buildReferenceSet, type SourceText } from '../../src/core/reference/build';
import { indexReferenceSet } from '../../src/core/reference/check';
import type { Flag } from '../../src/core/types';

/** The reference flags a page sentence gets against a set built in a test. */
export function referenceFlagsAgainst(set: Parameters<typeof indexReferenceSet>[0]): (text: string) => Flag[] {
  const index = indexReferenceSet(set);
  return (text) => analyze(text, { reference: index }).flags.filter((f) => f.rule.startsWith('reference-'));
}

/** The reference categories a page sentence gets against a set built in a test. */
export function categoriesAgainst(set: Parameters<typeof indexReferenceSet>[0]): (text: string) => string[] {
  const flags = referenceFlagsAgainst(set);
  return (text) => flags(text).map((f) => f.category);
}

/** The categories against a set built from the given sources, as a teacher's set is. */
export function categoriesAgainstSources(name: string, sources: SourceText[]): (text: string) => string[] {
  return categoriesAgainst(buildReferenceSet(name, sources).set);
}
