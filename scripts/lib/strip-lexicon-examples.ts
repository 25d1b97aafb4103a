/** The part of a Vite plugin used here (typed locally: WXT bundles its own Vite). */
interface TransformPlugin {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
}

/** The word lists' own files, whose entries carry examples for the unit tests. */
const LEXICON = /[\\/]src[\\/]core[\\/]lexicons[\\/][^\\/]+\.json$/;

/**
 * Leaves the lexicon entries' examples and counterexamples out of the built extension: they are
 * there for the unit test that runs every entry on them, and would add some 40 KB to the background
 * worker, which the browser parses each time it wakes the worker.
 */
export function stripLexiconExamples(): TransformPlugin {
  return {
    name: 'claimlens:strip-lexicon-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!LEXICON.test(id)) return null;
      const lexicon = JSON.parse(code) as { entries?: Record<string, unknown>[] };
      for (const entry of lexicon.entries ?? []) {
        delete entry.examples;
        delete entry.counterexamples;
      }
      return { code: JSON.stringify(lexicon), map: null };
    },
  };
}
