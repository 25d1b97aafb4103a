import { detectTopic, mayBeOnTopic, NOT_ON_TOPIC } from '../../core/topic';
import { extractArticle, quickPageText } from '../../dom/extract';
import type { Session } from './session';
import type { Timing } from './timing';

/**
 * Reading the page: the quick check on raw text that most pages end at, then the article and its
 * topic. Each step records its main-thread time; the article is read again only after the page
 * changed (the watch drops the extraction).
 */

/** False when the page's raw text cannot be about the war (the page is then off topic). */
export function mayBeAboutTheWar(doc: Document, session: Session, timing: Timing): boolean {
  const t0 = performance.now();
  const maybe = mayBeOnTopic(quickPageText(doc));
  timing.measure('pregate', t0);
  if (!maybe) {
    session.state.topic = NOT_ON_TOPIC;
    session.state.status = 'off-topic';
  }
  return maybe;
}

/**
 * Reads the article and its topic before the settings are known, while they are being read: on a page
 * the pre-check handed over this is what the first run does next, and the storage round trip is then
 * no longer in its way. A page whose raw text cannot be about the war (the script started from the
 * popup on an off-topic page) is left to the run. False when nothing was read.
 */
export function readAhead(doc: Document, session: Session, timing: Timing): boolean {
  const t0 = performance.now();
  const maybe = mayBeOnTopic(quickPageText(doc));
  timing.measure('pregate', t0);
  if (maybe) readArticle(doc, session, timing, true);
  return maybe;
}

/** Where a page stands once its article is read. */
export type Standing = 'no-article' | 'off-topic' | 'article';

/** Reads the article (unless read since the page last changed) and its topic; the gate may be off. */
export function readArticle(doc: Document, session: Session, timing: Timing, gateOff: boolean): Standing {
  const { state } = session;
  if (!session.extraction) {
    const t0 = performance.now();
    session.extraction = extractArticle(doc);
    timing.measure('extract', t0);
    session.stale = true;
  }
  const text = session.extraction?.map.text ?? '';
  if (text.trim().length === 0) {
    state.status = 'no-article';
    return 'no-article';
  }
  if (!state.topic || session.topicOf !== session.extraction) {
    const t0 = performance.now();
    state.topic = detectTopic(text);
    session.topicOf = session.extraction;
    timing.measure('topic', t0);
  }
  if (!state.topic.onTopic && !gateOff) {
    state.status = 'off-topic';
    return 'off-topic';
  }
  return 'article';
}
