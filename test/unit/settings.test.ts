import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, enabledCategories, loadSettings, normaliseSettings, SETTINGS_KEY, updateSettings } from '../../src/extension/settings';

function fakeArea(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

describe('settings', () => {
  it('defaults: on, topic gate on, every category on but supported and uncovered', () => {
    expect(DEFAULT_SETTINGS.enabled).toBe(true);
    expect(DEFAULT_SETTINGS.analyseEveryArticle).toBe(false);
    expect(DEFAULT_SETTINGS.timingMarks).toBe(false);
    expect(Object.entries(DEFAULT_SETTINGS.categories).filter(([, on]) => !on).map(([id]) => id)).toEqual(['supported', 'uncovered']);
  });
  it.each([undefined, null, 42, 'x', [], { categories: 'nope' }])('turns %j into the defaults', (raw) => {
    expect(normaliseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid values and drops unknown categories', () => {
    const s = normaliseSettings({ enabled: false, categories: { emotive: false, bogus: true }, analyseEveryArticle: true });
    expect(s.enabled).toBe(false);
    expect(s.categories.emotive).toBe(false);
    expect(s.categories.editorial).toBe(true);
    expect('bogus' in s.categories).toBe(false);
    expect(s.analyseEveryArticle).toBe(true);
  });
  it('enabled categories are none when the master switch is off', () => {
    expect(enabledCategories({ ...DEFAULT_SETTINGS, enabled: false }).size).toBe(0);
    expect(enabledCategories(DEFAULT_SETTINGS).has('editorial')).toBe(true);
  });
  it('persists changes with a version', async () => {
    const area = fakeArea();
    await updateSettings(area, (s) => ({ ...s, categories: { ...s.categories, editorial: false } }));
    expect((area.data[SETTINGS_KEY] as { version: number }).version).toBe(1);
    expect((await loadSettings(area)).categories.editorial).toBe(false);
  });
});

describe('settings: sensitivity and sites', () => {
  it('defaults to standard sensitivity and no site choices', () => {
    expect(DEFAULT_SETTINGS.sensitivity).toBe('standard');
    expect(DEFAULT_SETTINGS.sites).toEqual({});
  });
  it('keeps valid choices and drops the rest', () => {
    const s = normaliseSettings({ sensitivity: 'strict', sites: { 'example.com': 'paused', 'news.test': 'always', 'x.test': 'sometimes' } });
    expect(s.sensitivity).toBe('strict');
    expect(s.sites).toEqual({ 'example.com': 'paused', 'news.test': 'always' });
    expect(normaliseSettings({ sensitivity: 'loud' }).sensitivity).toBe('standard');
  });
});
