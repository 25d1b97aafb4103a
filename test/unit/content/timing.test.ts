import { afterEach, describe, expect, it } from 'vitest';
import { createTiming } from '../../../src/extension/content/timing';

const ours = () => performance.getEntries().filter((e) => e.name.startsWith('claimlens:')).map((e) => `${e.entryType} ${e.name}`);

describe('timing marks', () => {
  afterEach(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('records nothing unless asked (a page can read every performance entry)', () => {
    const timing = createTiming(() => false);
    timing.measure('extract', performance.now());
    timing.mark('painted');
    expect(ours()).toEqual([]);
  });

  it('records measures and marks named claimlens:* when asked', () => {
    const timing = createTiming(() => true);
    const t0 = performance.now();
    timing.measure('extract', t0);
    timing.measure('start', t0, t0 + 1);
    timing.mark('painted');
    expect(ours()).toEqual(['measure claimlens:extract', 'measure claimlens:start', 'mark claimlens:painted']);
    expect(performance.getEntriesByName('claimlens:start')[0]!.duration).toBeCloseTo(1);
  });

  it('keeps what is measured before the settings are read, then records it or drops it as they say', () => {
    for (const setting of [true, false]) {
      let on: boolean | undefined;
      const timing = createTiming(() => on);
      const t0 = performance.now();
      timing.measure('extract', t0);
      timing.measure('topic', t0);
      expect(ours()).toEqual([]);
      on = setting;
      timing.measure('start', t0);
      expect(ours()).toEqual(setting ? ['measure claimlens:extract', 'measure claimlens:topic', 'measure claimlens:start'] : []);
      performance.clearMeasures();
    }
  });

  it('never throws for a measure the browser refuses', () => {
    expect(() => createTiming(() => true).measure('odd', Number.NaN)).not.toThrow();
  });
});
