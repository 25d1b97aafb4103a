import { describe, expect, it } from 'vitest';
import { countedFlags, createSession, forgetPage, pageReport, visibleFlags } from '../../../src/extension/content/session';
import { flag, sessionWith } from './fakes';

/** Three flags: editorial (high confidence), emotive (medium), a modal hedge (low: only under "broad"). */
function withFlags(raw: Record<string, unknown> = {}) {
  const session = sessionWith(raw);
  session.items = [
    { key: 'e', flag: flag('editorial', 'loaded-language', 'disastrous', 0) },
    { key: 'm', flag: flag('emotive', 'emotive-word', 'brutal', 20) },
    { key: 'h', flag: flag('unverified', 'modal-hedge', 'may be', 40) },
  ];
  return session;
}

describe('the session: the page state the parts share', () => {
  it('starts on the host, before any status, with everything to analyse', () => {
    const s = createSession('news.example');
    expect(s.state).toEqual({ status: 'starting', topic: null, counts: {}, forced: false, host: 'news.example', site: null, painter: null, genre: null });
    expect(s.stale).toBe(true);
    expect(s.dismissedLoaded).toBe(false);
  });

  it('shows the flags of the categories switched on, within the sensitivity, not dismissed', () => {
    const s = withFlags();
    expect(visibleFlags(s).map((i) => i.key)).toEqual(['e', 'm']);
    s.dismissed = new Set(['e']);
    expect(visibleFlags(s).map((i) => i.key)).toEqual(['m']);
    expect(visibleFlags(withFlags({ sensitivity: 'broad' })).map((i) => i.key)).toEqual(['e', 'm', 'h']);
    expect(visibleFlags(withFlags({ categories: { emotive: false } })).map((i) => i.key)).toEqual(['e']);
    expect(visibleFlags(withFlags({ enabled: false }))).toEqual([]);
  });

  it('counts for the popup the categories switched off too (so a reader sees what they hold)', () => {
    const s = withFlags({ categories: { emotive: false } });
    s.dismissed = new Set(['e']);
    expect(countedFlags(s).map((i) => i.key)).toEqual(['m']);
  });

  it('reports every flag within the sensitivity to the side panel, dismissed ones marked', () => {
    const s = withFlags({ categories: { editorial: false } });
    s.dismissed = new Set(['m']);
    s.selected = 'e';
    const report = pageReport(s, 'Title', 'https://news.example/war');
    expect(report.flags.map((f) => [f.key, f.dismissed])).toEqual([
      ['e', false],
      ['m', true],
    ]);
    expect(report).toMatchObject({ title: 'Title', url: 'https://news.example/war', status: 'starting', text: '', sensitivity: 'standard', selected: 'e' });
  });

  it('forgets the page on navigation, but not the settings', () => {
    const s = withFlags({ sensitivity: 'broad' });
    s.state.forced = true;
    s.stale = false;
    s.dismissed = new Set(['e']);
    s.dismissedLoaded = true;
    forgetPage(s);
    expect(s.items).toEqual([]);
    expect(s).toMatchObject({ stale: true, dismissedLoaded: false, extraction: null });
    expect(s.state.forced).toBe(false);
    expect(s.dismissed.size).toBe(0);
    expect(s.settings.sensitivity).toBe('broad');
  });
});
