import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE, GATE_OFF_SCRIPT_ID, gateOffMatches, PAGE_MATCHES, startContentScript, startsOnHandOver, syncGateOffScript, type ScriptingApi } from '../../src/extension/injector';
import { addedTextLength } from '../../src/extension/late-text';
import { startPregate } from '../../src/extension/pregate';
import { normaliseSettings, type Settings } from '../../src/extension/settings';

const settings = (raw: Record<string, unknown> = {}): Settings => normaliseSettings(raw);

/** A stand-in for browser.scripting that keeps its registrations and records what was asked. */
function fakeScripting(fail = false) {
  const registered = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
  const calls: string[] = [];
  const api: ScriptingApi = {
    executeScript: async (injection) => {
      calls.push(`execute ${injection.target.tabId}/${injection.target.frameIds?.join(',')} ${injection.files.join(',')}`);
      if (fail) throw new Error('Cannot access contents of url "chrome://newtab/"');
      return [];
    },
    getRegisteredContentScripts: async (filter) => [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    registerContentScripts: async (scripts) => {
      calls.push('register');
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    updateContentScripts: async (scripts) => {
      calls.push('update');
      for (const s of scripts) registered.set(s.id, s);
    },
    unregisterContentScripts: async (filter) => {
      calls.push('unregister');
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
    },
  };
  return { api, registered, calls };
}

describe('where the full content script starts', () => {
  it.each([
    ['the defaults: nowhere without the pre-check', {}, []],
    ['switched off: nowhere, whatever else is set', { enabled: false, analyseEveryArticle: true, sites: { 'a.example': 'always' } }, []],
    ['analyse every article: every page', { analyseEveryArticle: true }, PAGE_MATCHES],
    ['sites set to always, sorted; paused ones are not', { sites: { 'news.example': 'always', 'a.example': 'always', 'b.example': 'paused' } }, ['*://a.example/*', '*://news.example/*']],
    ['a host that cannot be a match pattern is left out', { sites: { 'bad host/*': 'always', 'xn--80ak6aa92e.com': 'always' } }, ['*://xn--80ak6aa92e.com/*']],
  ])('gate off: %s', (_name, raw, expected) => {
    expect(gateOffMatches(settings(raw))).toEqual(expected);
  });

  it.each([
    ['the defaults', {}, 'news.example', true],
    ['switched off', { enabled: false }, 'news.example', false],
    ['paused on this site', { sites: { 'news.example': 'paused' } }, 'news.example', false],
    ['paused on another site', { sites: { 'other.example': 'paused' } }, 'news.example', true],
    ['this site always analysed: its registration starts it', { sites: { 'news.example': 'always' } }, 'news.example', false],
    ['every article analysed: the registration starts it', { analyseEveryArticle: true }, 'news.example', false],
  ])('hand-over: %s', (_name, raw, host, expected) => {
    expect(startsOnHandOver(settings(raw), host)).toBe(expected);
  });

  it('keeps one registration in step with the settings: register, update, leave alone, remove', async () => {
    const { api, registered, calls } = fakeScripting();
    await syncGateOffScript(api, settings());
    expect(registered.size).toBe(0);
    await syncGateOffScript(api, settings({ sites: { 'a.example': 'always' } }));
    expect(registered.get(GATE_OFF_SCRIPT_ID)).toMatchObject({ js: [CONTENT_SCRIPT_FILE], matches: ['*://a.example/*'] });
    await syncGateOffScript(api, settings({ sites: { 'a.example': 'always' } }));
    await syncGateOffScript(api, settings({ analyseEveryArticle: true }));
    expect(registered.get(GATE_OFF_SCRIPT_ID)?.matches).toEqual(PAGE_MATCHES);
    await syncGateOffScript(api, settings({ enabled: false, analyseEveryArticle: true }));
    expect(registered.size).toBe(0);
    expect(calls).toEqual(['register', 'update', 'unregister']);
  });

  it('starts the script in the frame asked for, and says false where the browser refuses', async () => {
    const ok = fakeScripting();
    expect(await startContentScript(ok.api, 7, 0)).toBe(true);
    expect(ok.calls).toEqual([`execute 7/0 ${CONTENT_SCRIPT_FILE}`]);
    expect(await startContentScript(fakeScripting(true).api, 7)).toBe(false);
  });
});

describe('the pre-check on every page', () => {
  const page = (title: string, paragraphs: string[]) =>
    parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`)
      .document as unknown as Document;
  const war = page('Ukraine strikes', [
    'Ukraine used HIMARS rocket launchers against Russian positions near Kherson.',
    'Kyiv said the strikes hit ammunition depots; Moscow did not comment.',
    'The Ukrainian army has received more missiles from the United States.',
  ]);
  const cycling = page('Bicycle lanes', ['The city council approved new bicycle lanes on Main Street.', 'Work starts in spring.', 'Residents welcomed the plan.']);
  const run = (doc: Document, alive = true, signal?: AbortSignal) => {
    let handed = 0;
    startPregate(doc, { alive: () => alive, handOver: () => handed++ }, signal);
    return handed;
  };

  it('hands over a page about the war once', () => expect(run(war)).toBe(1));
  it('keeps quiet on a page about something else', () => expect(run(cycling)).toBe(0));
  it('hands nothing over once the extension is gone (an orphaned script)', () => expect(run(war, false)).toBe(0));
  it('does nothing when cancelled before it starts', () => {
    const c = new AbortController();
    c.abort();
    expect(run(war, true, c.signal)).toBe(0);
  });
});

describe('late text', () => {
  it('counts prose that a page adds, not its scripts or styles', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const el = (tag: string, text: string) => Object.assign(document.createElement(tag), { textContent: text });
    const record = (...nodes: Node[]) => ({ addedNodes: nodes }) as unknown as MutationRecord;
    const prose = 'Ukraine received the first missiles on Monday.';
    expect(addedTextLength([record(el('p', prose), document.createTextNode('and more'))])).toBe(prose.length + 'and more'.length);
    expect(addedTextLength([record(el('script', 'var x = 1;'.repeat(100)), el('style', 'p{color:red}'), el('noscript', 'enable JS'))])).toBe(0);
  });
});
