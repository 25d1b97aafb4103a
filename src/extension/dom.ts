import type { BrowserApi } from './browser-api';

/**
 * Builds an element for the extension's own pages (popup, options, side panel). Properties are set as
 * DOM properties and children appended as nodes or text: page text never goes in as HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];
  node.append(...children);
  return node;
}

/** Opens the list of flags: Chrome's side panel for the tab, or Firefox's sidebar. Needs a user gesture. */
export async function openSidePanel(browser: BrowserApi, tabId: number | undefined): Promise<boolean> {
  const chromeApi = (globalThis as unknown as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome;
  const firefox = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  try {
    if (chromeApi?.sidePanel && tabId !== undefined) await chromeApi.sidePanel.open({ tabId });
    else if (firefox) await firefox.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * "Show in list" on a flag's card: true when the list is (or now is) open beside the tab. The request
 * comes from the page, which Firefox does not count as a user action, and Firefox opens a sidebar only
 * from one (Chrome opens its side panel here). So in Firefox an open sidebar counts (it selects the
 * flag as the page tells it), and a closed one is reported, for the card to say how to open it.
 */
export async function showListFor(browser: BrowserApi, tabId: number, windowId: number | undefined): Promise<boolean> {
  const sidebar = (browser as unknown as { sidebarAction?: { isOpen(d: { windowId?: number }): Promise<boolean> } }).sidebarAction;
  if (sidebar && windowId !== undefined && (await sidebar.isOpen({ windowId }).catch(() => false))) return true;
  return openSidePanel(browser, tabId);
}
