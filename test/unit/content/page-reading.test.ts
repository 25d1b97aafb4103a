import { describe, expect, it } from 'vitest';
import { NOT_ON_TOPIC } from '../../../src/core/topic';
import { mayBeAboutTheWar, readAhead, readArticle } from '../../../src/extension/content/page-reading';
import type { Timing } from '../../../src/extension/content/timing';
import { OFF_TOPIC_PAGE, sessionWith, testPage, WAR_ARTICLE } from './fakes';

/** Records which steps ran, by their measure names. */
function recorder(): Timing & { steps: string[] } {
  const steps: string[] = [];
  return { steps, measure: (name) => void steps.push(name), mark: () => undefined };
}

describe('reading the page', () => {
  it('ends an off-topic page at the quick check on raw text, before any extraction', () => {
    const { doc } = testPage(OFF_TOPIC_PAGE);
    const session = sessionWith();
    const timing = recorder();
    expect(mayBeAboutTheWar(doc, session, timing)).toBe(false);
    expect(session.state).toMatchObject({ status: 'off-topic', topic: NOT_ON_TOPIC });
    expect(session.extraction).toBeNull();
    expect(timing.steps).toEqual(['pregate']);
  });

  it('lets a page about the war through the quick check, and reads its article and topic', () => {
    const { doc } = testPage(WAR_ARTICLE);
    const session = sessionWith();
    const timing = recorder();
    expect(mayBeAboutTheWar(doc, session, timing)).toBe(true);
    expect(session.state.status).toBe('starting');
    expect(readArticle(doc, session, timing, false)).toBe('article');
    expect(session.extraction?.map.text).toContain('Russian missiles struck Kharkiv overnight');
    expect(session.state.topic?.onTopic).toBe(true);
    expect(session.stale).toBe(true);
    expect(timing.steps).toEqual(['pregate', 'extract', 'topic']);
  });

  it('reads the article once until the page changes; the topic again only when the text is new', () => {
    const { doc } = testPage(WAR_ARTICLE);
    const session = sessionWith();
    const timing = recorder();
    readArticle(doc, session, timing, false);
    session.stale = false;
    readArticle(doc, session, timing, false);
    expect(timing.steps).toEqual(['extract', 'topic']);
  });

  it('reads the article and its topic ahead of the settings, and the first run reads neither again', () => {
    const { doc } = testPage(WAR_ARTICLE);
    const session = sessionWith();
    const timing = recorder();
    expect(readAhead(doc, session, timing)).toBe(true);
    expect(session.state.topic?.onTopic).toBe(true);
    expect(session.state.status).toBe('starting');
    expect(readArticle(doc, session, timing, false)).toBe('article');
    expect(timing.steps).toEqual(['pregate', 'extract', 'topic']);
  });

  it('reads nothing ahead on a page whose raw text cannot be about the war, and leaves it to the run', () => {
    const { doc } = testPage(OFF_TOPIC_PAGE);
    const session = sessionWith();
    expect(readAhead(doc, session, recorder())).toBe(false);
    expect(session.extraction).toBeNull();
    expect(session.state).toMatchObject({ status: 'starting', topic: null });
  });

  it('calls an article about something else off topic, unless the gate is off', () => {
    const { doc } = testPage(OFF_TOPIC_PAGE);
    const gated = sessionWith();
    expect(readArticle(doc, gated, recorder(), false)).toBe('off-topic');
    expect(gated.state.status).toBe('off-topic');
    expect(gated.state.topic?.onTopic).toBe(false);
    const forced = sessionWith();
    expect(readArticle(doc, forced, recorder(), true)).toBe('article');
    expect(forced.state.status).toBe('starting');
  });

  it('finds no article on a page without text', () => {
    const { doc } = testPage('<main><article><img src="x.png"></article></main>');
    const session = sessionWith();
    expect(readArticle(doc, session, recorder(), true)).toBe('no-article');
    expect(session.state.status).toBe('no-article');
  });
});
