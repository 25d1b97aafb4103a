/** How many first-side lists TermWeights remembers the totals of: a page statement's terms, key terms and profile keys, and a spare. */
const RECENT_LISTS = 4;

/**
 * What is kept of one term list: its total weight, and once it has been compared against, its terms
 * with their weights (a shared term is found and weighed in one look-up).
 */
interface Known {
  weights: Map<string, number> | null;
  total: number;
}

/**
 * How much two statements share, weighted by how telling each shared term is: a term most reference
 * statements have ("Ukraine" in a set about Ukraine) says little; one few have ("Kursk", "assurance")
 * says much (inverse document frequency over the set's statements). The score is the weighted Dice
 * coefficient of the two term sets: 1 for the same terms, 0 for none shared.
 */
export class TermWeights {
  private readonly idf = new Map<string, number>();
  /** A term the set never uses weighs as much as the rarest one. */
  private readonly unseen: number;
  /**
   * Term lists are compared many times: each list's total weight and (once it is compared against)
   * its weighed terms are kept together, per list, so that a comparison looks each list up once.
   */
  private readonly known = new WeakMap<readonly string[], Known>();
  /**
   * The totals of the lists last compared as the first side, by identity: a page statement's lists
   * are compared with a dozen of the set's in a row, and are new with every sentence, so keeping them
   * in `known` (a WeakMap insertion each) cost more than adding their weights again.
   */
  private readonly recentLists: (readonly string[] | null)[] = new Array<readonly string[] | null>(RECENT_LISTS).fill(null);
  private readonly recentTotals = new Float64Array(RECENT_LISTS);
  private nextRecent = 0;

  constructor(documents: readonly (readonly string[])[]) {
    const df = new Map<string, number>();
    for (const terms of documents) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(1, documents.length);
    for (const [t, d] of df) this.idf.set(t, Math.log(1 + n / d));
    this.unseen = Math.log(1 + n);
  }

  weight(term: string): number {
    return this.idf.get(term) ?? this.unseen;
  }

  total(terms: readonly string[]): number {
    for (let i = 0; i < RECENT_LISTS; i++) if (this.recentLists[i] === terms) return this.recentTotals[i]!;
    const known = this.known.get(terms);
    if (known) return known.total;
    const total = this.sum(terms);
    const slot = this.nextRecent;
    this.recentLists[slot] = terms;
    this.recentTotals[slot] = total;
    this.nextRecent = (slot + 1) % RECENT_LISTS;
    return total;
  }

  private sum(terms: readonly string[]): number {
    let total = 0;
    for (const t of terms) total += this.weight(t);
    return total;
  }

  private knownOf(terms: readonly string[]): Known {
    let k = this.known.get(terms);
    if (!k) this.known.set(terms, (k = { weights: null, total: this.sum(terms) }));
    return k;
  }

  private weighed(terms: readonly string[], k: Known = this.knownOf(terms)): Map<string, number> {
    if (!k.weights) {
      k.weights = new Map();
      for (const t of terms) k.weights.set(t, this.weight(t));
    }
    return k.weights;
  }

  private shared(a: readonly string[], inB: ReadonlyMap<string, number>): number {
    let shared = 0;
    for (const t of a) {
      const w = inB.get(t);
      if (w !== undefined) shared += w;
    }
    return shared;
  }

  /** Weighted Dice coefficient of two term lists (each without repeats). */
  dice(a: readonly string[], b: readonly string[]): number {
    const kb = this.knownOf(b);
    const sum = this.total(a) + kb.total;
    return sum === 0 ? 0 : (2 * this.shared(a, this.weighed(b, kb))) / sum;
  }

  /** How much of a (by weight) b holds. */
  containment(a: readonly string[], b: readonly string[]): number {
    const total = this.total(a);
    return total === 0 ? 0 : this.shared(a, this.weighed(b)) / total;
  }
}
