import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/dom/extract';
import { MARK_TAG } from '../../../src/dom/fallback-painter';
import { createPainting } from '../../../src/extension/content/painting';
import { flagKeys } from '../../../src/extension/messages';
import { fakeContext, flag, sessionWith, testPage, WAR_ARTICLE } from './fakes';

/** A session on the war article with two flags found by their words, and its painting. */
function setUp(raw: Record<string, unknown> = {}) {
  const page = testPage(WAR_ARTICLE);
  const ctx = fakeContext();
  const session = sessionWith(raw);
  session.extraction = extractArticle(page.doc);
  const text = session.extraction!.map.text;
  const at = (cue: string) => flag(cue === 'disastrous' ? 'editorial' : 'unverified', 'rule', cue, text.indexOf(cue));
  const flags = [at('disastrous'), at('has not been confirmed')];
  // Keys as the content script makes them: with the cue, spaces and all.
  const keys = flagKeys(flags);
  session.items = flags.map((f, i) => ({ key: keys[i]!, flag: f }));
  const painting = createPainting(ctx, page.doc, session);
  const marks = () => [...page.doc.querySelectorAll(MARK_TAG)].map((m) => `${JSON.parse((m as HTMLElement).dataset.keys!).join(' ')}: ${m.textContent}`);
  return { ...page, ctx, session, painting, marks };
}

describe('painting', () => {
  it('paints nothing before there is a painter, then takes the marks where the Highlight API is missing', () => {
    const { painting, session, marks, doc } = setUp();
    const before = doc.body.innerHTML;
    expect(painting.repaint()).toBe(false);
    expect(painting.active).toBe(false);
    expect(painting.ensure()).toBe(true);
    expect(painting.ensure()).toBe(false);
    expect(session.state.painter).toBe('fallback');
    expect(painting.repaint()).toBe(true);
    expect(marks()).toEqual(['unverified|rule|has not been confirmed|1: has not been confirmed', 'editorial|rule|disastrous|1: disastrous']);
    painting.clear();
    expect(doc.body.innerHTML).toBe(before);
    expect(painting.active).toBe(true);
  });

  it('paints only what the reader sees: categories switched on, not dismissed', () => {
    const { painting, session, marks } = setUp({ categories: { unverified: false } });
    painting.ensure();
    painting.repaint();
    expect(marks()).toEqual(['editorial|rule|disastrous|1: disastrous']);
    session.dismissed = new Set(['editorial|rule|disastrous|1']);
    painting.repaint();
    expect(marks()).toEqual([]);
  });

  it('finds the flags under the pointer among those painted', () => {
    const { painting, doc } = setUp();
    painting.ensure();
    painting.repaint();
    const mark = [...doc.querySelectorAll(MARK_TAG)].find((m) => m.textContent === 'disastrous')!;
    (doc as unknown as { elementFromPoint: () => Element }).elementFromPoint = () => mark.firstChild!.parentElement!;
    expect(painting.flagsAt(50, 20).map((i) => i.flag.cue)).toEqual(['disastrous']);
    expect(painting.rectOf('editorial|rule|disastrous|1')).toMatchObject({ top: 10, bottom: 30 });
    // A cue of several words: its key has spaces, and the marks still find it.
    const unconfirmed = [...doc.querySelectorAll(MARK_TAG)].find((m) => m.textContent === 'has not been confirmed')!;
    (doc as unknown as { elementFromPoint: () => Element }).elementFromPoint = () => unconfirmed;
    expect(painting.flagsAt(50, 20).map((i) => i.flag.cue)).toEqual(['has not been confirmed']);
    expect(painting.rectOf('unverified|rule|has not been confirmed|1')).not.toBeNull();
    expect(painting.rectOf('no such flag')).toBeNull();
  });

  it('drops the painter for the next article, and clears everything when the context goes', () => {
    const { painting, ctx, marks } = setUp();
    painting.ensure();
    painting.repaint();
    painting.drop();
    expect(painting.active).toBe(false);
    expect(marks()).toEqual([]);
    painting.ensure();
    painting.repaint();
    expect(marks()).toHaveLength(2);
    ctx.invalidate();
    expect(marks()).toEqual([]);
    expect(painting.active).toBe(false);
  });

  it('uses the compatibility painter when the reader asks for it', () => {
    const { painting, session } = setUp({ compatibilityPainter: true });
    painting.ensure();
    expect(session.state.painter).toBe('fallback');
  });
});
