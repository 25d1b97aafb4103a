/** The part of a Vite plugin used here (typed locally: WXT bundles its own Vite). */
interface TransformPlugin {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
}

/** The word lists' own files, whose entries carry examples for the unit tests. */
const LEXICON = /[\\/]src[\\/]core[\\/]lexicons[\\/][^\\/]+\.json$/;
/**
 * The topic lists, which go into the script of every page (the pre-check) and the content script:
 * their reasons are for reviewers and never shown (topic.ts reads terms only), so they stay out too.
 */
const TOPIC_LEXICON = /[\\/]topic-[a-z]+\.json$/;

/**
 * Leaves the lexicon entries' examples and counterexamples out of the built extension: they are
 * there for the unit test that runs every entry on them, and would add some 40 KB to the background
 * worker, which the browser parses each time it wakes the worker. The topic lists lose their reasons
 * too (about 2.4 KB in each page script).
 */
export function stripLexiconExamples(): TransformPlugin {
  return {
    name: 'claimlens:strip-lexicon-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!LEXICON.test(id)) return null;
      const lexicon = JSON.parse(code) as { entries?: Record<string, unknown>[] };
      const topic = TOPIC_LEXICON.test(id);
      for (const entry of lexicon.entries ?? []) {
        delete entry.examples;
        delete entry.counterexamples;
        if (topic) delete entry.reason;
      }
      return { code: JSON.stringify(lexicon), map: null };
    },
  };
}
