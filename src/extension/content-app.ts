import type { ContentApi } from './content-api';
import { createBlockAnalysis } from './content/block-analysis';
import type { AppContext, PageWindow } from './content/context';
import { createExplaining } from './content/explaining';
import { announce, answerRequests, followStorage, gateChanged } from './content/page-messages';
import { watchPage } from './content/page-watch';
import { createPainting } from './content/painting';
import { createPipeline } from './content/pipeline';
import { createSession, pageReport } from './content/session';
import { createTiming } from './content/timing';
import { loadDismissed, setDismissed } from './dismissals';
import { loadSettings } from './settings';
import { readPageMeta } from '../dom/page-meta';

export type { AppContext } from './content/context';

/** Where the list is when the browser would not open it from the card (Firefox's sidebar: see showListFor). */
const LIST_CLOSED = 'Open the list of flags from the ClaimLens toolbar button: this flag is selected there.';

/**
 * The content script's work on one page: gate on topic, read the article, have the background
 * analyse it block by block, paint, explain on hover and from the keyboard, and keep all of it in step
 * with the settings and with the page as it changes. Each part lives in src/extension/content/; this
 * function says which parts start, in what order, and how they are wired. No global state: the parts
 * live in this call, and each stops with WXT's `ctx` (extension update, disable or removal).
 */
export async function startClaimLens(ctx: AppContext, browser: ContentApi, doc: Document = document): Promise<void> {
  const startedAt = performance.now();
  const win = doc.defaultView as PageWindow;
  const url = (): string => win.location.href;
  const local = browser.storage.local;

  // The page's state, and the record of the script's own main-thread work (only when asked for).
  const session = createSession(win.location.hostname);
  const timing = createTiming(() => session.settings && session.settings.timingMarks === true);
  // Asking the background for analysis, block by block, with a cache of the blocks already analysed.
  const analysis = createBlockAnalysis((request) => browser.runtime.sendMessage(request));
  // Painting the flags, and the card and keyboard that explain them.
  const painting = createPainting(ctx, doc, session);
  const explaining = createExplaining(ctx, doc, session, painting, {
    whyItMatters: analysis.whyItMatters,
    dismiss: (key) => void dismiss(key, true),
    showInList: (key) => {
      session.selected = key;
      tell();
      void browser.runtime
        .sendMessage({ type: 'claimlens:show-in-list', key })
        .then((shown) => shown === false && explaining.say(LIST_CLOSED))
        .catch(() => undefined);
    },
  });
  const tell = (): void => announce(browser.runtime, session);
  const show = (): void => {
    if (painting.repaint()) explaining.hide();
  };
  const loadDismissedHere = () => loadDismissed(local, url());
  const dismissedNow = (dismissed: Set<string>): void => {
    session.dismissed = dismissed;
    session.dismissedLoaded = true;
    show();
    tell();
  };
  const dismiss = async (key: string, value: boolean): Promise<void> => dismissedNow(await setDismissed(local, url(), key, value));

  // Reading the page and watching it change; the run from the settings to the painted flags.
  // A change seen before the settings arrive waits for the first run, which reads the page again.
  const watch = watchPage(ctx, doc, session, { changed: () => void (session.settings && pipeline.run()), navigated: () => void pipeline.startAfresh() });
  const meta = () => readPageMeta(doc, url());
  const pipeline = createPipeline(ctx, doc, session, { analysis, painting, explaining, watch, timing, loadDismissed: loadDismissedHere, meta, show, announce: tell });

  // Settings and messages: questions from the popup, the side panel and the background; storage changes.
  answerRequests(ctx, browser.runtime, {
    state: () => structuredClone(session.state),
    analyseAnyway: () => pipeline.analyseAnyway().then(() => structuredClone(session.state)),
    report: () => pageReport(session, doc.title, url()),
    reveal: (key) => explaining.open(key, false),
    dismiss,
    step: (direction) => explaining.step(direction),
  });
  followStorage(ctx, browser.storage, {
    referenceSetsChanged: () => void pipeline.reanalyse(),
    dismissalsChanged: () => void loadDismissedHere().then(dismissedNow),
    settingsChanged: (next) => {
      const before = session.settings;
      session.settings = next;
      if (gateChanged(before, next, session.state.host)) void pipeline.run();
      else {
        show();
        tell();
      }
    },
  });

  // Start: the settings (the dismissed flags wait until there is something to paint), and while they
  // are on their way, the article.
  const setUp = performance.now();
  const settings = loadSettings(local);
  pipeline.readAhead();
  session.settings = await settings;
  if (ctx.isInvalid) return;
  timing.measure('start', startedAt, setUp);
  await pipeline.run();
}
