import { passesSensitivity } from '../../core/confidence';
import type { Quotation } from '../../core/types';
import type { Extraction } from '../../dom/extract';
import type { PaintedFlag } from '../../dom/painter';
import type { PageReport, PageState } from '../messages';
import { enabledCategories, type Settings } from '../settings';

/**
 * The content script's state on one page, in one object that lives as long as WXT's context (no global
 * state): where the page stands, the reader's settings, the article read from it, its flags and the
 * reader's dismissals. The other parts read and change it; the functions below derive what is shown.
 */
export interface Session {
  readonly state: PageState;
  /**
   * Read from storage once the listeners are up (so that the popup's first question is heard); every
   * use comes after that read.
   */
  settings: Settings;
  extraction: Extraction | null;
  /** The extraction whose text `state.topic` was decided on. */
  topicOf: Extraction | null;
  /** Every flag of the article with its key, whatever is shown. */
  items: PaintedFlag[];
  quotations: Quotation[];
  /** The reader's dismissed flags on this page, read only once there is something to paint. */
  dismissed: Set<string>;
  dismissedLoaded: boolean;
  /** The flags no longer describe the article's text: analyse before painting. */
  stale: boolean;
  /** The flag the reader last asked to see in the side panel's list. */
  selected: string | null;
}

export function createSession(host: string): Session {
  return {
    state: { status: 'starting', topic: null, counts: {}, forced: false, host, site: null, painter: null, genre: null },
    settings: undefined as unknown as Settings,
    extraction: null,
    topicOf: null,
    items: [],
    quotations: [],
    dismissed: new Set(),
    dismissedLoaded: false,
    stale: true,
    selected: null,
  };
}

/** The flags the reader sees: categories switched on, within the sensitivity, not dismissed. */
export function visibleFlags(session: Session): PaintedFlag[] {
  const { settings, dismissed } = session;
  const enabled = enabledCategories(settings);
  return session.items.filter((i) => enabled.has(i.flag.category) && passesSensitivity(i.flag, settings.sensitivity) && !dismissed.has(i.key));
}

/** The flags the popup counts: every category (so a reader sees what a hidden one holds), not dismissed. */
export function countedFlags(session: Session): PaintedFlag[] {
  const { settings, dismissed } = session;
  return session.items.filter((i) => passesSensitivity(i.flag, settings.sensitivity) && !dismissed.has(i.key));
}

/** What the side panel shows and exports: the article's text and flags, dismissed ones marked. */
export function pageReport(session: Session, title: string, url: string): PageReport {
  const { settings, dismissed } = session;
  return {
    title,
    url,
    status: session.state.status,
    text: session.extraction?.map.text ?? '',
    flags: session.items.filter((i) => passesSensitivity(i.flag, settings.sensitivity)).map((i) => ({ key: i.key, flag: i.flag, dismissed: dismissed.has(i.key) })),
    quotations: session.quotations,
    sensitivity: settings.sensitivity,
    selected: session.selected,
    genre: session.state.genre,
  };
}

/** A single-page navigation: another article, read afresh (the settings stay). */
export function forgetPage(session: Session): void {
  session.extraction = null;
  session.items = [];
  session.state.topic = null;
  session.state.forced = false;
  session.state.genre = null;
  session.stale = true;
  session.dismissed = new Set();
  session.dismissedLoaded = false;
}
