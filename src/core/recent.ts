/**
 * A few values kept by the identity of their keys, the oldest replaced first: for what is worked out
 * per sentence (its word runs, its tokens made ready for matching) and asked for again only while that
 * sentence is read. A WeakMap entry per sentence left the garbage collector an entry to clear for each
 * (WeakMap insertions and their collection were a few per cent of the bench, profiled); a value asked
 * for after it was replaced is worked out again, the same. The last few keys stay reachable until
 * replaced: a sentence's context holds its page's text until the next analysis.
 */
export class Recent<K extends object, V> {
  private readonly keys: (K | null)[];
  private readonly values: (V | undefined)[];
  private next = 0;

  constructor(size: number) {
    this.keys = new Array<K | null>(size).fill(null);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  get(key: K): V | undefined {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) return this.values[i];
    return undefined;
  }

  set(key: K, value: V): void {
    const slot = this.next;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.next = (slot + 1) % this.keys.length;
  }
}
