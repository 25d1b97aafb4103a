import type { Sensitivity } from '../core/confidence';
import type { TopicResult } from '../core/topic';
import type { GenreLine } from '../core/article';
import type { PageMeta } from '../core/genre';
import type { CategoryId, Flag, Genre, Quotation } from '../core/types';
import type { SiteChoice } from './settings';

/**
 * Every message between the parts of the extension, typed in one place.
 * pre-check (every page) -> background: the page may be about the war, start the content script.
 * popup / side panel -> background: start the content script on this tab (to ask it about the page).
 * content script -> background: analysis of text blocks, "show in list".
 * popup / side panel / background -> content script: state, report, reveal, dismiss, step.
 * content script -> background and side panel (broadcast): the page changed, with its badge.
 */
export interface AnalyzeRequest {
  type: 'claimlens:analyze';
  /** Blocks (paragraphs) of the article; each is analysed on its own and can be cached. */
  blocks: string[];
  /** The page's genre, once an earlier answer decided it; without it the blocks are the whole article and decide it. */
  genre?: Genre;
  /** The page's metadata (address, section, schema.org types, bylines): for the genre and the reference check. */
  meta?: PageMeta;
}
export interface BlockResult {
  flags: Flag[];
  quotations: Quotation[];
}
export type AnalyzeResponse =
  | {
      ok: true;
      results: BlockResult[];
      /** "Why it matters" for each rule among the flags, once per answer (the notes live with the rules, not in the page). */
      notes: Record<string, string>;
      ms: number;
      /** The genre the blocks were read with, and what the reader is told about it (null for news). */
      genre: Genre;
      genreLine: GenreLine | null;
    }
  | { ok: false; error: string };

export interface ShowInListRequest {
  type: 'claimlens:show-in-list';
  key: string;
}
/** From the pre-check that runs on every page: its prose may be about the war. */
export interface MayBeOnTopic {
  type: 'claimlens:may-be-on-topic';
}
/**
 * From the popup or the side panel: start the full content script on a tab where only the pre-check
 * ran (an off-topic page), so that it can say where the page stands. Answers whether it runs there.
 */
export interface WakeRequest {
  type: 'claimlens:wake';
  tabId: number;
}
export type BackgroundRequest = AnalyzeRequest | PageUpdated | ShowInListRequest | MayBeOnTopic | WakeRequest;

export type PageStatus = 'starting' | 'disabled' | 'paused' | 'no-article' | 'off-topic' | 'analysing' | 'done' | 'error';

export interface PageState {
  status: PageStatus;
  topic: TopicResult | null;
  /** Flags per category on this page that pass the sensitivity and are not dismissed. */
  counts: Partial<Record<CategoryId, number>>;
  /** True when the reader asked to analyse an off-topic page. */
  forced: boolean;
  host: string;
  site: SiteChoice | null;
  painter: 'highlights' | 'fallback' | null;
  /** The page's genre as the reader is told it ("Opinion piece (reader letter): …"); null for news or not yet known. */
  genre: GenreLine | null;
  error?: string;
}

export interface ReportFlag {
  key: string;
  flag: Flag;
  dismissed: boolean;
}
export interface PageReport {
  title: string;
  url: string;
  status: PageStatus;
  text: string;
  flags: ReportFlag[];
  quotations: Quotation[];
  sensitivity: Sensitivity;
  /** The flag the reader last asked to "Show in list". */
  selected: string | null;
  genre: GenreLine | null;
}

export type TabRequest =
  | { type: 'claimlens:get-state' }
  | { type: 'claimlens:analyze-anyway' }
  | { type: 'claimlens:get-report' }
  | { type: 'claimlens:reveal'; key: string }
  | { type: 'claimlens:dismiss'; key: string; dismissed: boolean }
  | { type: 'claimlens:step'; direction: 1 | -1 };

/**
 * The page's state changed. One broadcast for both listeners (a message costs the page a port, a
 * reply and their tasks): the background sets the badge from it, the side panel refreshes.
 */
export interface PageUpdated {
  type: 'claimlens:page-updated';
  /** Flags shown on the page; null clears the badge (off-topic, paused, switched off). */
  badge: number | null;
}

const TAB_TYPES = new Set(['claimlens:get-state', 'claimlens:analyze-anyway', 'claimlens:get-report', 'claimlens:reveal', 'claimlens:dismiss', 'claimlens:step']);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

const GENRES = new Set(['news', 'analysis', 'editorial', 'column', 'letter', 'blog']);
export function isAnalyzeRequest(x: unknown): x is AnalyzeRequest {
  return (
    isObject(x) &&
    x.type === 'claimlens:analyze' &&
    Array.isArray(x.blocks) &&
    x.blocks.every((b) => typeof b === 'string') &&
    (x.genre === undefined || GENRES.has(x.genre as string)) &&
    (x.meta === undefined || isObject(x.meta))
  );
}
export function isShowInListRequest(x: unknown): x is ShowInListRequest {
  return isObject(x) && x.type === 'claimlens:show-in-list' && typeof x.key === 'string';
}
export function isMayBeOnTopic(x: unknown): x is MayBeOnTopic {
  return isObject(x) && x.type === 'claimlens:may-be-on-topic';
}
export function isWakeRequest(x: unknown): x is WakeRequest {
  return isObject(x) && x.type === 'claimlens:wake' && typeof x.tabId === 'number' && Number.isInteger(x.tabId);
}
export function isTabRequest(x: unknown): x is TabRequest {
  return isObject(x) && typeof x.type === 'string' && TAB_TYPES.has(x.type);
}
export function isPageUpdated(x: unknown): x is PageUpdated {
  return isObject(x) && x.type === 'claimlens:page-updated' && (x.badge === null || typeof x.badge === 'number');
}

export function countByCategory(flags: readonly Pick<Flag, 'category'>[]): Partial<Record<CategoryId, number>> {
  const counts: Partial<Record<CategoryId, number>> = {};
  for (const f of flags) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return counts;
}

/** A flag's key on its page: stable across re-analysis as long as its words stay (offsets may move). */
export function flagKeys(flags: readonly Flag[]): string[] {
  const seen = new Map<string, number>();
  return flags.map((f) => {
    const base = `${f.category}|${f.rule}|${f.cue}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}|${n}`;
  });
}
