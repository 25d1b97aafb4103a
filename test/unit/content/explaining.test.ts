import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExplaining } from '../../../src/extension/content/explaining';
import type { Painting } from '../../../src/extension/content/painting';
import { fakeContext, flag, sessionWith, settle, testPage } from './fakes';

const RECT = { top: 10, bottom: 30, left: 10, right: 200, width: 190, height: 20 } as DOMRect;

function setUp() {
  const page = testPage('<main><p>Some text</p></main>');
  const ctx = fakeContext();
  const session = sessionWith();
  session.state.status = 'done';
  session.items = [
    { key: 'a', flag: flag('editorial', 'loaded-language', 'disastrous', 0) },
    { key: 'b', flag: flag('unverified', 'unconfirmed-report', 'has not been confirmed', 20) },
    { key: 'c', flag: flag('emotive', 'emotive-word', 'brutal', 50) },
  ];
  session.dismissed = new Set(['c']);
  /** The pointer is over flag "a" where x < 100, over nothing elsewhere. */
  const revealed: string[] = [];
  const painting = {
    active: true,
    flagsAt: (x: number) => (x < 100 ? [session.items[0]!] : []),
    rectOf: () => RECT,
    reveal: (key: string) => void revealed.push(key),
  } as unknown as Painting;
  const actions = { dismissed: [] as string[], listed: [] as string[] };
  const explaining = createExplaining(ctx, page.doc, session, painting, {
    whyItMatters: (rule) => (rule === 'loaded-language' ? 'A note from the background.' : undefined),
    dismiss: (key) => void actions.dismissed.push(key),
    showInList: (key) => void actions.listed.push(key),
  });
  const card = () => page.doc.querySelector('claimlens-card')?.shadowRoot?.querySelector('.card') ?? null;
  const hover = async (x: number) => {
    page.fire(page.doc, 'mousemove', { clientX: x, clientY: 20, target: page.doc.body });
    await settle();
  };
  return { ...page, ctx, session, explaining, card, hover, revealed, actions };
}

describe('the card and the keyboard', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.useRealTimers());

  it('follows the pointer only once something is painted and listen() was called', async () => {
    const { explaining, hover, card } = setUp();
    await hover(50);
    expect(card()).toBeNull();
    explaining.listen();
    explaining.listen();
    await hover(50);
    expect(card()?.textContent).toContain('Editorial language');
  });

  it('explains the flag under the pointer: category, cue, explanation, why it matters; and hides off it', async () => {
    const { explaining, hover, card } = setUp();
    explaining.listen();
    await hover(50);
    const text = card()!.textContent!;
    expect(text).toContain('\u201Cdisastrous\u201D');
    expect(text).toContain('disastrous explained');
    expect(text).toContain('Why it matters: A note from the background.');
    await hover(500);
    expect(card()).toBeNull();
  });

  it('closes the card on Escape and on scrolling', async () => {
    const { explaining, hover, card, fire, doc, win } = setUp();
    explaining.listen();
    await hover(50);
    fire(doc, 'keydown', { key: 'Enter' });
    expect(card()).not.toBeNull();
    fire(doc, 'keydown', { key: 'Escape' });
    expect(card()).toBeNull();
    await hover(50);
    fire(win, 'scroll');
    expect(card()).toBeNull();
  });

  it('passes the card’s buttons to the actions', async () => {
    const { explaining, hover, card, actions, fire } = setUp();
    explaining.listen();
    await hover(50);
    const [dismiss, list] = [...card()!.querySelectorAll('button')];
    fire(dismiss!, 'click');
    fire(list!, 'click');
    expect(actions).toEqual({ dismissed: ['a'], listed: ['a'] });
  });

  it('steps through the flags shown, both ways, opening each with the category’s note when the rule has none', async () => {
    const { explaining, revealed, card } = setUp();
    expect(explaining.step(1)).toBe(true);
    expect(explaining.step(1)).toBe(true);
    await settle();
    expect(card()?.textContent).toContain('Why it matters: A claim that rests on unnamed people');
    expect(explaining.step(-1)).toBe(true);
    expect(explaining.step(-1)).toBe(true);
    expect(explaining.step(1)).toBe(true);
    // A new page starts from its first flag again.
    explaining.restart();
    expect(explaining.step(1)).toBe(true);
    // "c" is dismissed: only a and b are stepped through.
    expect(revealed).toEqual(['a', 'b', 'a', 'b', 'a', 'a']);
  });

  it('cannot step where nothing is shown, and opens nothing for an unknown flag', async () => {
    const { explaining, session, revealed } = setUp();
    explaining.open('zzz', false);
    session.dismissed = new Set(['a', 'b', 'c']);
    expect(explaining.step(1)).toBe(false);
    expect(revealed).toEqual([]);
  });

  it('stops with the context: the card goes and the pointer is no longer followed', async () => {
    const { explaining, hover, card, ctx } = setUp();
    explaining.listen();
    await hover(50);
    ctx.invalidate();
    expect(card()).toBeNull();
    await hover(50);
    expect(card()).toBeNull();
  });
});
