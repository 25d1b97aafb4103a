import type { Settings } from './settings';

/**
 * Where the full content script runs. The manifest injects only the pre-check into every page
 * (entrypoints/pregate.ts); the full script (entrypoints/content.ts, registered at runtime) starts
 * - where the pre-check hands over (the page may be about the war), unless ClaimLens is off or paused
 *   there, or a registration below already starts it;
 * - on every page the topic gate does not apply to (analyse every article, a site set to "always"),
 *   through one content-script registration kept in step with the settings;
 * - on a tab whose popup or side panel asks about the page.
 */

/** The pre-check injected into every page, as WXT builds entrypoints/pregate.ts (an unlisted script). */
export const PREGATE_FILE = 'pregate.js';
/** The full content script, as WXT builds entrypoints/content.ts. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** The registration that starts it on pages without the topic gate. */
export const GATE_OFF_SCRIPT_ID = 'claimlens-gate-off';
/** The pages ClaimLens may run on (also the content script's matches). */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
/** A host name that can go into a match pattern as it is (no wildcard, port, path or space). */
const MATCHABLE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/i;

/** True when the topic gate does not apply to pages of `host`. */
export function gateOff(settings: Settings, host: string): boolean {
  return settings.enabled && (settings.analyseEveryArticle || settings.sites[host] === 'always');
}

/** The pages on which the full content script starts without the pre-check: none, some sites, or all. */
export function gateOffMatches(settings: Settings): string[] {
  if (!settings.enabled) return [];
  if (settings.analyseEveryArticle) return PAGE_MATCHES;
  return Object.entries(settings.sites)
    .filter(([host, choice]) => choice === 'always' && MATCHABLE_HOST.test(host))
    .map(([host]) => `*://${host}/*`)
    .sort();
}

/** Whether a page the pre-check handed over gets the full content script. */
export function startsOnHandOver(settings: Settings, host: string): boolean {
  return settings.enabled && settings.sites[host] !== 'paused' && !gateOff(settings, host);
}

/** The slice of `browser.scripting` used here (Chrome MV3; Firefox 102+ in MV2 too). */
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}
interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_end';
  allFrames: boolean;
}

/** Starts the full content script in one frame of a tab. False where it cannot run (a browser page, the web store). */
export async function startContentScript(scripting: ScriptingApi, tabId: number, frameId = 0): Promise<boolean> {
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_SCRIPT_FILE] });
    return true;
  } catch {
    return false;
  }
}

/** Keeps the gate-off registration in step with the settings: registered, updated or removed. */
export async function syncGateOffScript(scripting: ScriptingApi, settings: Settings): Promise<void> {
  const matches = gateOffMatches(settings);
  const [existing] = await scripting.getRegisteredContentScripts({ ids: [GATE_OFF_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing) await scripting.unregisterContentScripts({ ids: [GATE_OFF_SCRIPT_ID] });
    return;
  }
  if (existing && JSON.stringify([...(existing.matches ?? [])].sort()) === JSON.stringify([...matches].sort())) return;
  // The same pages as the manifest's pre-check, and the same moment: the top frame at DOMContentLoaded.
  const script: RegisteredScript = { id: GATE_OFF_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, runAt: 'document_end', allFrames: false };
  await (existing ? scripting.updateContentScripts([script]) : scripting.registerContentScripts([script]));
}
