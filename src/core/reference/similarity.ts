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
  /** Term lists are compared many times: their sets and totals are kept per list. */
  private readonly sets = new WeakMap<readonly string[], Set<string>>();
  private readonly totals = new WeakMap<readonly string[], number>();

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
    let w = this.totals.get(terms);
    if (w === undefined) {
      w = 0;
      for (const t of terms) w += this.weight(t);
      this.totals.set(terms, w);
    }
    return w;
  }

  private setOf(terms: readonly string[]): Set<string> {
    let s = this.sets.get(terms);
    if (!s) this.sets.set(terms, (s = new Set(terms)));
    return s;
  }

  private shared(a: readonly string[], b: readonly string[]): number {
    const inB = this.setOf(b);
    let shared = 0;
    for (const t of a) if (inB.has(t)) shared += this.weight(t);
    return shared;
  }

  /** Weighted Dice coefficient of two term lists (each without repeats). */
  dice(a: readonly string[], b: readonly string[]): number {
    const sum = this.total(a) + this.total(b);
    return sum === 0 ? 0 : (2 * this.shared(a, b)) / sum;
  }

  /** How much of a (by weight) b holds. */
  containment(a: readonly string[], b: readonly string[]): number {
    const total = this.total(a);
    return total === 0 ? 0 : this.shared(a, b) / total;
  }
}
