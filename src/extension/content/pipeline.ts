import { flagKeys } from '../messages';
import type { PageMeta } from '../../core/genre';
import type { BlockAnalysis } from './block-analysis';
import type { AppContext } from './context';
import type { Explaining } from './explaining';
import { mayBeAboutTheWar, readAhead, readArticle } from './page-reading';
import type { PageWatch } from './page-watch';
import type { Painting } from './painting';
import { forgetPage, type Session } from './session';
import type { Timing } from './timing';

export interface PipelineParts {
  analysis: BlockAnalysis;
  painting: Painting;
  explaining: Pick<Explaining, 'hide' | 'listen' | 'restart'>;
  watch: PageWatch;
  timing: Timing;
  /** The reader's dismissed flags on this page, from storage. */
  loadDismissed(): Promise<Set<string>>;
  /** The page's metadata (address, section, schema.org types, bylines), read when the article is. */
  meta(): PageMeta;
  /** Paints the flags the reader sees. */
  show(): void;
  /** Tells the background (badge) and the side panel that the page's state changed. */
  announce(): void;
}

export interface Pipeline {
  /** Reads the article ahead of the first run, before the settings are known (see readAhead). */
  readAhead(): void;
  /** Brings the page up to date with the settings and its text; one run at a time. */
  run(): Promise<void>;
  /** The reader asked to analyse an off-topic page: the gate is off for it. */
  analyseAnyway(): Promise<void>;
  /** Analyses every block again (other reference sets give other reference flags; the cache is per set). */
  reanalyse(): Promise<void>;
  /** A single-page navigation: another article, read afresh (the settings stay). */
  startAfresh(): Promise<void>;
}

/**
 * The content script's work on the page, from the settings to the painted flags: switched off or
 * paused ends at once; the topic gate; the article read; its changed blocks analysed in the
 * background; the flags painted. A run that fails leaves the page in the 'error' state.
 */
export function createPipeline(ctx: AppContext, doc: Document, session: Session, parts: PipelineParts): Pipeline {
  const { analysis, painting, explaining, watch, timing } = parts;
  const { state } = session;

  /** The gate: switched off, paused, or a page that cannot be about the war ends here. */
  async function step(): Promise<void> {
    if (ctx.isInvalid) return;
    const { settings } = session;
    state.site = settings.sites[state.host] ?? null;
    if (!settings.enabled || state.site === 'paused') {
      painting.clear();
      explaining.hide();
      state.status = settings.enabled ? 'paused' : 'disabled';
      return;
    }
    const gateOff = settings.analyseEveryArticle || state.forced || state.site === 'always';
    // Most pages are not about the war: decide that from raw text before extracting anything.
    if (!session.extraction && !state.topic && !gateOff && !mayBeAboutTheWar(doc, session, timing)) {
      watch.observe();
      return;
    }
    return readAnalysePaint(gateOff);
  }

  /** Past the gate, in its own function: the pages that never get here never compile it. */
  async function readAnalysePaint(gateOff: boolean): Promise<void> {
    const standing = readArticle(doc, session, timing, gateOff);
    watch.observe();
    if (standing === 'off-topic') painting.clear();
    if (standing !== 'article') return;
    if (session.stale && !(await analyseArticle(ctx, session, parts, session.extraction!.map.text))) return;
    const t0 = performance.now();
    if (painting.ensure()) explaining.listen();
    parts.show();
    timing.measure('paint', t0);
    timing.mark('painted');
    state.status = 'done';
  }

  const run = oneRunAtATime(ctx, session, step, parts.announce);

  return {
    run,
    readAhead() {
      // Watched from here: a change before the first run is one it must see.
      if (readAhead(doc, session, timing)) watch.observe();
    },
    analyseAnyway() {
      state.forced = true;
      return run();
    },
    reanalyse() {
      analysis.forget();
      session.stale = true;
      return run();
    },
    startAfresh() {
      painting.drop();
      explaining.hide();
      explaining.restart();
      forgetPage(session);
      return run();
    },
  };
}

/** The article's flags from the background, with the reader's dismissals; false if stopped meanwhile. */
async function analyseArticle(ctx: AppContext, session: Session, parts: PipelineParts, text: string): Promise<boolean> {
  session.state.status = 'analysing';
  const [result, dismissed] = await Promise.all([parts.analysis.analyse(text, parts.meta()), session.dismissedLoaded ? session.dismissed : parts.loadDismissed()]);
  if (ctx.isInvalid) return false;
  session.state.genre = result.genre;
  session.dismissed = dismissed;
  session.dismissedLoaded = true;
  const keys = flagKeys(result.flags);
  session.items = result.flags.map((flag, i) => ({ key: keys[i]!, flag }));
  session.quotations = result.quotations;
  session.stale = false;
  parts.painting.drop();
  return true;
}

/**
 * One run at a time: a run asked for during another waits for it, so that a change during a run is
 * picked up by the next one. A run that fails leaves the page in the 'error' state; every run ends
 * with `after` (the announcement) unless the context is gone.
 */
function oneRunAtATime(ctx: AppContext, session: Session, step: () => Promise<void>, after: () => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  return async () => {
    while (running) await running;
    running = step()
      .catch((err: unknown) => {
        session.state.status = 'error';
        session.state.error = err instanceof Error ? err.message : String(err);
      })
      .finally(() => {
        running = null;
        if (!ctx.isInvalid) after();
      });
    return running;
  };
}
