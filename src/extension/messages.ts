import type { TopicResult } from '../core/topic';
import type { CategoryId, Flag } from '../core/types';

/**
 * Every message between the parts of the extension, typed in one place.
 * content script -> background: analysis requests (the NLP code lives only in the background).
 * popup -> content script: state queries and "analyse this page anyway".
 */
export interface AnalyzeRequest {
  type: 'claimlens:analyze';
  text: string;
}
export type AnalyzeResponse = { ok: true; flags: Flag[]; ms: number } | { ok: false; error: string };

export type PageStatus = 'starting' | 'disabled' | 'no-article' | 'off-topic' | 'analysing' | 'done' | 'unsupported' | 'error';

export interface PageState {
  status: PageStatus;
  topic: TopicResult | null;
  /** Flags per category on this page (all categories, shown or not). */
  counts: Partial<Record<CategoryId, number>>;
  /** True when the reader asked to analyse an off-topic page. */
  forced: boolean;
  error?: string;
}

export interface GetStateRequest {
  type: 'claimlens:get-state';
}
export interface AnalyzeAnywayRequest {
  type: 'claimlens:analyze-anyway';
}

export type TabRequest = GetStateRequest | AnalyzeAnywayRequest;
export type BackgroundRequest = AnalyzeRequest;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

export function isBackgroundRequest(x: unknown): x is BackgroundRequest {
  return isObject(x) && x.type === 'claimlens:analyze' && typeof x.text === 'string';
}

export function isTabRequest(x: unknown): x is TabRequest {
  return isObject(x) && (x.type === 'claimlens:get-state' || x.type === 'claimlens:analyze-anyway');
}

export function countByCategory(flags: readonly Flag[]): Partial<Record<CategoryId, number>> {
  const counts: Partial<Record<CategoryId, number>> = {};
  for (const f of flags) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return counts;
}
