/**
 * One name in other spellings: transliterations from Ukrainian and Russian vary by a letter
 * ("Okhmatdyt" and "Okhmadyt", "Klymenko" and "Klimenko"). Names one letter apart (one letter added,
 * dropped or changed), long enough for one letter not to make another name, are one name: the set's
 * sources among themselves, and a page against the set. Two letters apart ("Vinnytsia", "Vinitsia") is
 * too far to tell from another name.
 */

/** Names shorter than this differ by one letter too often ("Mark", "Mary"). */
export const MIN_SPELLING_LENGTH = 6;
/** Spellings of one name share their first letters: "Okhm…", "Kl…". */
const SHARED_START = 2;

/** Spellings vary in letters; a designation with digits ("m1a1", "kh101") is exact. */
const LETTERS = /^[a-z\u00C0-\u024F\u0400-\u04FF]+$/;

function spelled(k: string): boolean {
  return k.length >= MIN_SPELLING_LENGTH - 1 && LETTERS.test(k);
}

function alike(a: string, b: string): boolean {
  return a.slice(0, SHARED_START) === b.slice(0, SHARED_START) && Math.max(a.length, b.length) >= MIN_SPELLING_LENGTH && oneEdit(a, b);
}

/**
 * Each name key of a set with the spelling it is read as: the most frequent of itself and the keys one
 * letter from it (then the alphabetically first, so that every run reads the same). Direct neighbours
 * only, never a chain: "Kovalenko", "Kovalenka" and "Kovalchuk" do not run into one name.
 */
export function spellingClusters(counts: ReadonlyMap<string, number>): Map<string, string> {
  const keys = [...counts.keys()].filter(spelled);
  const near = neighbourIndex(keys);
  const rank = (a: string, b: string) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0);
  const canon = new Map<string, string>();
  for (const k of keys) {
    let best = k;
    for (const other of near(k)) if (rank(other, best) < 0) best = other;
    canon.set(k, best);
  }
  return canon;
}

/**
 * The keys one letter from a word, found through the words each key becomes with one letter deleted:
 * two words one edit apart share such a form (or one is a form of the other), so no pair is compared
 * blindly.
 */
function neighbourIndex(keys: readonly string[]): (word: string) => string[] {
  const byForm = new Map<string, string[]>();
  for (const k of keys) for (const f of forms(k)) (byForm.get(f) ?? byForm.set(f, []).get(f)!).push(k);
  return (word) => [...new Set(forms(word).flatMap((f) => byForm.get(f) ?? []))].filter((k) => alike(k, word));
}

/** A word and the words it becomes with one letter deleted. */
function forms(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** A page's name key as the set spells it (spellingClusters): its own, or the set's one letter away. */
export function spellingsOf(canon: ReadonlyMap<string, string>): (key: string) => string {
  const near = neighbourIndex([...canon.keys()]);
  const memo = new Map<string, string>();
  return (key) => {
    const known = canon.get(key);
    if (known !== undefined || !spelled(key)) return known ?? key;
    let found = memo.get(key);
    if (found === undefined) {
      const spellings = new Set(near(key).map((k) => canon.get(k)!));
      found = spellings.size === 1 ? [...spellings][0]! : key;
      memo.set(key, found);
    }
    return found;
  };
}

/** Whether two different words differ by exactly one letter added, dropped or changed. */
export function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}
