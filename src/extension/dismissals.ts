import type { StorageArea } from './settings';

/** Flags a reader marked "Not an issue", remembered per page (URL without its fragment). */
export const DISMISSED_KEY = 'dismissed';
/** Pages remembered at most; the oldest are forgotten first. */
const MAX_PAGES = 500;

type Store = Record<string, string[]>;

export function pageKey(url: string): string {
  return url.split('#')[0]!;
}

async function read(area: StorageArea): Promise<Store> {
  const raw = (await area.get(DISMISSED_KEY))[DISMISSED_KEY];
  return raw && typeof raw === 'object' ? (raw as Store) : {};
}

export async function loadDismissed(area: StorageArea, url: string): Promise<Set<string>> {
  return new Set((await read(area))[pageKey(url)] ?? []);
}

export async function setDismissed(area: StorageArea, url: string, key: string, dismissed: boolean): Promise<Set<string>> {
  const store = await read(area);
  const page = pageKey(url);
  const keys = new Set(store[page] ?? []);
  if (dismissed) keys.add(key);
  else keys.delete(key);
  delete store[page];
  if (keys.size > 0) store[page] = [...keys];
  const pages = Object.keys(store);
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_PAGES))) delete store[old];
  await area.set({ [DISMISSED_KEY]: store });
  return keys;
}
