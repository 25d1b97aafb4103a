import type { CategoryId, Flag } from './types';

/** The acceptance format of ../shared/acceptance/seed-expectations.json. */
export interface Expectation {
  article: string;
  quote: string;
  category: string;
  why?: string;
}
export interface Expectations {
  must: Expectation[];
  mustNot: Expectation[];
}

export interface ExpectationResult {
  kind: 'must' | 'mustNot';
  expectation: Expectation;
  passed: boolean;
  /** Why it failed, in one line. */
  problem?: string;
}

export function parseExpectations(raw: unknown): Expectations {
  if (!raw || typeof raw !== 'object') throw new Error('expectations must be a JSON object');
  const r = raw as Record<string, unknown>;
  const list = (key: 'must' | 'mustNot'): Expectation[] => {
    const v = r[key] ?? [];
    if (!Array.isArray(v)) throw new Error(`"${key}" must be an array`);
    return v.map((e, i) => {
      const o = e as Record<string, unknown>;
      if (!o || typeof o.article !== 'string' || typeof o.quote !== 'string' || typeof o.category !== 'string') {
        throw new Error(`${key}[${i}] needs string fields article, quote and category`);
      }
      return { article: o.article, quote: o.quote, category: o.category, why: typeof o.why === 'string' ? o.why : undefined };
    });
  };
  return { must: list('must'), mustNot: list('mustNot') };
}

/** Checks each expectation against the flags of its article; `articles` maps file name to text and flags. */
export function checkExpectations(
  expectations: Expectations,
  articles: ReadonlyMap<string, { text: string; flags: readonly Flag[] }>,
): ExpectationResult[] {
  const results: ExpectationResult[] = [];
  for (const [kind, list] of [['must', expectations.must], ['mustNot', expectations.mustNot]] as const) {
    for (const expectation of list) {
      const article = articles.get(expectation.article);
      if (!article) {
        results.push({ kind, expectation, passed: false, problem: `article ${expectation.article} not found` });
        continue;
      }
      const start = article.text.indexOf(expectation.quote);
      if (start < 0) {
        results.push({ kind, expectation, passed: false, problem: 'quote not found in the article' });
        continue;
      }
      const end = start + expectation.quote.length;
      const overlapping = article.flags.filter(
        (f) => f.category === (expectation.category as CategoryId) && f.start < end && start < f.end,
      );
      if (kind === 'must') {
        results.push(
          overlapping.length > 0
            ? { kind, expectation, passed: true }
            : { kind, expectation, passed: false, problem: `no ${expectation.category} flag overlaps the quote` },
        );
      } else {
        results.push(
          overlapping.length === 0
            ? { kind, expectation, passed: true }
            : {
                kind,
                expectation,
                passed: false,
                problem: `unexpected ${expectation.category} flag: ${overlapping.map((f) => `"${f.cue}" (${f.rule})`).join(', ')}`,
              },
        );
      }
    }
  }
  return results;
}
