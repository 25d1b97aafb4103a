import { parseHTML } from 'linkedom';
import { vi } from 'vitest';
import type { AppContext, PageWindow } from '../../../src/extension/content/context';
import { createSession, type Session } from '../../../src/extension/content/session';
import { normaliseSettings } from '../../../src/extension/settings';
import type { Flag } from '../../../src/core/types';

/** WXT's content-script context as the tests need it: invalidate() is the extension going away. */
export interface FakeContext extends AppContext {
  invalidate(): void;
}

export function fakeContext(): FakeContext {
  const controller = new AbortController();
  const { signal } = controller;
  return {
    signal,
    get isInvalid() {
      return signal.aborted;
    },
    onInvalidated(cb) {
      signal.addEventListener('abort', cb);
      return () => signal.removeEventListener('abort', cb);
    },
    setTimeout(handler, timeout) {
      const id = setTimeout(() => signal.aborted || handler(), timeout);
      signal.addEventListener('abort', () => clearTimeout(id));
      return id as unknown as number;
    },
    addEventListener(target, type, handler) {
      target.addEventListener(type, handler, { signal });
    },
    invalidate: () => controller.abort(),
  };
}

/** linkedom ignores the `signal` of addEventListener; browsers honour it, and the content script relies on it. */
function honourSignals(target: EventTarget): void {
  const add = target.addEventListener.bind(target);
  target.addEventListener = (type: string, handler: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    add(type, handler, options);
    const signal = typeof options === 'object' ? options.signal : undefined;
    signal?.addEventListener('abort', () => target.removeEventListener(type, handler, options));
  };
}

export interface TestPage {
  doc: Document;
  win: PageWindow;
  /** Dispatches an event on the page's document or window. */
  fire(target: EventTarget, type: string, props?: Record<string, unknown>): void;
}

/**
 * A page in linkedom, with a window of its own that has what the content script uses from a browser
 * window: an address, animation frames, reduced motion (so that nothing waits for a smooth scroll),
 * timers and events (linkedom's own window writes through to Node's globals, so it is not used).
 */
export function testPage(body: string, { url = 'https://news.example/war', title = 'Page' } = {}): TestPage {
  const parsed = parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`) as unknown as {
    window: { HTMLElement: { prototype: Record<string, unknown> }; Text: { prototype: Record<string, unknown> }; Event: typeof Event; MutationObserver: typeof MutationObserver };
    document: Document;
  };
  const { document } = parsed;
  const win = Object.assign(new EventTarget(), {
    document,
    location: { href: url, hostname: new URL(url).hostname },
    innerWidth: 1200,
    innerHeight: 800,
    requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0),
    matchMedia: () => ({ matches: true }),
    setTimeout: (cb: () => void, ms?: number) => setTimeout(cb, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  }) as unknown as PageWindow;
  Object.defineProperty(document, 'defaultView', { value: win });
  const proto = parsed.window.HTMLElement.prototype;
  proto.scrollIntoView = () => undefined;
  proto.getBoundingClientRect = () => ({ top: 10, bottom: 30, left: 10, right: 200, width: 190, height: 20 });
  // linkedom has no Text.splitText, which the compatibility painter uses.
  parsed.window.Text.prototype.splitText = function (this: Text, offset: number): Text {
    const rest = document.createTextNode(this.data.slice(offset));
    this.data = this.data.slice(0, offset);
    this.parentNode!.insertBefore(rest, this.nextSibling);
    return rest;
  };
  honourSignals(document);
  vi.stubGlobal('MutationObserver', parsed.window.MutationObserver);
  const fire = (target: EventTarget, type: string, props: Record<string, unknown> = {}) => {
    const event = target === win ? new Event(type) : new parsed.window.Event(type);
    target.dispatchEvent(Object.assign(event, props));
  };
  return { doc: document, win, fire };
}

/** A session with settings, as the content script has it once the settings are read. */
export function sessionWith(raw: Record<string, unknown> = {}, host = 'news.example'): Session {
  const session = createSession(host);
  session.settings = normaliseSettings(raw);
  return session;
}

export function flag(category: Flag['category'], rule: string, cue: string, start: number, end = start + cue.length): Flag {
  return { category, rule, cue, start, end, explanation: `${cue} explained` };
}

/** Lets pending timers, animation frames and promise callbacks run. */
export const settle = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A short article about the war, with flags of several kinds. */
export const WAR_ARTICLE = `<main><article>
<h1>Ukraine war: Russian strikes on Kharkiv</h1>
<p>Russian missiles struck Kharkiv overnight, Ukrainian officials said, and troops shelled villages near the front.</p>
<p>The attack has not been confirmed by independent sources. Critics warn that the offensive will drag on.</p>
<p>President Zelensky called for more air defence from NATO allies after the invasion entered its third year.</p>
<p>Moscow's disastrous blunder has obviously cost the Kremlin dearly, and Ukrainian forces pushed back the Russian troops.</p>
</article></main>`;

/** An ordinary page about something else. */
export const OFF_TOPIC_PAGE = `<main><article><h1>Gardening in spring</h1>
<p>Plant the tomatoes once the frost has passed, and water them in the morning rather than at night.</p>
<p>Mulch keeps the soil moist, and a little compost goes a long way in a small bed.</p></article></main>`;
