import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/categories';
import { RULE_CONFIDENCE } from '../../src/core/confidence';
import { RULE_NOTES, whyItMatters } from '../../src/core/rule-notes';
import { RULES } from '../../src/core/rules';

/** Short enough to read on a card, long enough to say something. */
const MIN_CHARS = 40;
const MAX_CHARS = 200;

describe('why it matters, per rule', () => {
  const ids = new Set([...RULES.map((r) => r.id), ...Object.keys(RULE_CONFIDENCE)]);
  it.each([...ids])('%s has a note a reader understands', (id) => {
    const note = RULE_NOTES[id];
    expect(note, id).toBeDefined();
    expect(note!.length).toBeGreaterThanOrEqual(MIN_CHARS);
    expect(note!.length).toBeLessThanOrEqual(MAX_CHARS);
    expect(note).toMatch(/[.!]$/);
  });
  it('has no note for a rule that does not exist', () => {
    for (const id of Object.keys(RULE_NOTES)) expect(ids.has(id), id).toBe(true);
  });
  it('falls back to the category note', () => {
    const c = CATEGORIES[0]!;
    expect(whyItMatters({ rule: 'no-such-rule', category: c.id })).toBe(c.whyItMatters);
    expect(whyItMatters({ rule: 'anonymous-source', category: 'unverified' })).toBe(RULE_NOTES['anonymous-source']);
  });
});
