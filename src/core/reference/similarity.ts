/** The largest mark an Int32Array holds (TermWeights.marks): reached, the marks are cleared and start again. */
const MAX_MARK = 0x7fffffff;
/** How many first-side lists TermWeights remembers: a page statement's terms, key terms and profile keys, and a spare. */
const RECENT_LISTS = 4;

/**
 * What is kept of one term list: per term (in the list's order) its number among the set's terms (-1
 * for a term the set never uses) and its weight, the total weight, and the terms the set never uses
 * (null when none): a shared term is then found by its number, not looked up by its string.
 */
interface Known {
  terms: readonly string[];
  /** Plain arrays: a typed array made for every page statement's lists cost more to allocate than its reads saved. */
  ids: number[];
  weights: number[];
  total: number;
  unseen: ReadonlySet<string> | null;
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
   * The set's terms numbered, for comparing lists by number: a dice of two lists looked each term of
   * one up by its string in the other's weights, about a tenth of a million look-ups per 100,000 words.
   */
  private readonly ids = new Map<string, number>();
  /** The weight of each numbered term (`idf` by number): a term's number and weight in one look-up. */
  private readonly idWeights: number[] = [];
  /**
   * Per term number, the comparison that last marked it (shared): a list's terms are marked, and the
   * other's read, with no set made or looked in.
   */
  private readonly marks: Int32Array;
  private mark = 0;
  /**
   * Term lists are compared many times: each list's numbers, weights and total are kept together, per
   * list, so that a comparison looks each list up once.
   */
  private readonly known = new WeakMap<readonly string[], Known>();
  /**
   * The lists last compared as the first side, by identity: a page statement's lists are compared with
   * a dozen of the set's in a row, and are new with every sentence, so keeping them in `known` (a
   * WeakMap insertion each) cost more than working them out again.
   */
  private readonly recentLists: (readonly string[] | null)[] = new Array<readonly string[] | null>(RECENT_LISTS).fill(null);
  private readonly recentKnown: (Known | null)[] = new Array<Known | null>(RECENT_LISTS).fill(null);
  private nextRecent = 0;

  constructor(documents: readonly (readonly string[])[]) {
    const df = new Map<string, number>();
    for (const terms of documents) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(1, documents.length);
    for (const [t, d] of df) {
      this.idf.set(t, Math.log(1 + n / d));
      this.ids.set(t, this.ids.size);
      this.idWeights.push(this.idf.get(t)!);
    }
    this.unseen = Math.log(1 + n);
    this.marks = new Int32Array(this.ids.size);
  }

  weight(term: string): number {
    return this.idf.get(term) ?? this.unseen;
  }

  total(terms: readonly string[]): number {
    return this.recent(terms).total;
  }

  /** A first side's list: from the recent ones or `known`, else worked out and kept as recent. */
  private recent(terms: readonly string[]): Known {
    for (let i = 0; i < RECENT_LISTS; i++) if (this.recentLists[i] === terms) return this.recentKnown[i]!;
    const known = this.known.get(terms);
    if (known) return known;
    const k = this.knownOfList(terms);
    const slot = this.nextRecent;
    this.recentLists[slot] = terms;
    this.recentKnown[slot] = k;
    this.nextRecent = (slot + 1) % RECENT_LISTS;
    return k;
  }

  /** A second side's list, kept in `known`. */
  private knownOf(terms: readonly string[]): Known {
    let k = this.known.get(terms);
    if (!k) this.known.set(terms, (k = this.knownOfList(terms)));
    return k;
  }

  private knownOfList(terms: readonly string[]): Known {
    const ids: number[] = [];
    const weights: number[] = [];
    let total = 0;
    let unseen: Set<string> | null = null;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const id = this.ids.get(t);
      // The same weight as weight(t): the set's idf by the term's number, else the unseen weight.
      const w = id === undefined ? this.unseen : this.idWeights[id]!;
      if (id === undefined) (unseen ??= new Set()).add(t);
      ids.push(id ?? -1);
      weights.push(w);
      // Added in the list's order, as the totals always were: the same sum to the last bit.
      total += w;
    }
    return { terms, ids, weights, total, unseen };
  }

  /** The weight of a's terms that b holds, added in a's order (each list without repeats). */
  private shared(a: Known, b: Known): number {
    if (++this.mark === MAX_MARK) {
      this.marks.fill(0);
      this.mark = 1;
    }
    const mark = this.mark;
    const marks = this.marks;
    for (let i = 0; i < b.ids.length; i++) if (b.ids[i]! >= 0) marks[b.ids[i]!] = mark;
    let shared = 0;
    for (let i = 0; i < a.ids.length; i++) {
      const id = a.ids[i]!;
      if (id >= 0 ? marks[id] === mark : b.unseen?.has(a.terms[i]!)) shared += a.weights[i]!;
    }
    return shared;
  }

  /** Weighted Dice coefficient of two term lists (each without repeats). */
  dice(a: readonly string[], b: readonly string[]): number {
    const ka = this.recent(a);
    const kb = this.knownOf(b);
    const sum = ka.total + kb.total;
    return sum === 0 ? 0 : (2 * this.shared(ka, kb)) / sum;
  }

  /** How much of a (by weight) b holds. */
  containment(a: readonly string[], b: readonly string[]): number {
    const ka = this.recent(a);
    return ka.total === 0 ? 0 : this.shared(ka, this.knownOf(b)) / ka.total;
  }
}
