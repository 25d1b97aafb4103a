import { CATEGORIES, isCategoryId } from '../core/categories';
import type { Sensitivity } from '../core/confidence';
import type { CategoryId } from '../core/types';

/** The one typed definition of the reader's settings, with defaults. Stored in storage.local. */
export interface Settings {
  /** Master switch: off removes every highlight and stops analysis. */
  enabled: boolean;
  /** Which categories are painted. */
  categories: Record<CategoryId, boolean>;
  /** Turns the topic gate off: every article is analysed. */
  analyseEveryArticle: boolean;
  /** strict: fewer and surer flags; broad: also low-confidence ones. */
  sensitivity: Sensitivity;
  /** Per-site choices, by host name: pause ClaimLens there, or always analyse (no topic gate). */
  sites: Record<string, SiteChoice>;
  /** Paint by wrapping text in marks instead of the Highlight API (browsers without it use this anyway). */
  compatibilityPainter: boolean;
  /**
   * Record the content script's work as `claimlens:*` performance entries in the page, for the benchmark
   * and the page tests. Off by default and not in the options page: a page's own analytics can read
   * every performance entry, and a reader's extensions are none of their business.
   */
  timingMarks: boolean;
}

export type SiteChoice = 'paused' | 'always';

export const SETTINGS_KEY = 'settings';
/** Bumped when the stored shape changes; normaliseSettings migrates older shapes. */
export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  categories: Object.fromEntries(CATEGORIES.map((c) => [c.id, c.defaultEnabled])) as Record<CategoryId, boolean>,
  analyseEveryArticle: false,
  sensitivity: 'standard',
  sites: {},
  compatibilityPainter: false,
  timingMarks: false,
};

/** Whatever is stored (nothing, an older version, garbage) becomes valid settings. */
export function normaliseSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories }, sites: {} };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.enabled === 'boolean') out.enabled = r.enabled;
  if (typeof r.analyseEveryArticle === 'boolean') out.analyseEveryArticle = r.analyseEveryArticle;
  if (typeof r.compatibilityPainter === 'boolean') out.compatibilityPainter = r.compatibilityPainter;
  if (typeof r.timingMarks === 'boolean') out.timingMarks = r.timingMarks;
  if (r.sensitivity === 'strict' || r.sensitivity === 'standard' || r.sensitivity === 'broad') out.sensitivity = r.sensitivity;
  if (r.sites && typeof r.sites === 'object') {
    for (const [host, choice] of Object.entries(r.sites as Record<string, unknown>)) {
      if (choice === 'paused' || choice === 'always') out.sites[host] = choice;
    }
  }
  if (r.categories && typeof r.categories === 'object') {
    for (const [k, v] of Object.entries(r.categories as Record<string, unknown>)) {
      if (isCategoryId(k) && typeof v === 'boolean') out.categories[k] = v;
    }
  }
  return out;
}

export function enabledCategories(settings: Settings): Set<CategoryId> {
  if (!settings.enabled) return new Set();
  return new Set(CATEGORIES.filter((c) => settings.categories[c.id]).map((c) => c.id));
}

/** The slice of the browser's storage API that settings need (so tests can pass a fake). */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: StorageArea): Promise<Settings> {
  const stored = await area.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(area: StorageArea, change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings(area));
  await area.set({ [SETTINGS_KEY]: { ...next, version: SETTINGS_VERSION } });
  return next;
}
