import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripLexiconExamples } from '../../scripts/lib/strip-lexicon-examples';

describe('the build leaves the lexicons’ examples out', () => {
  const plugin = stripLexiconExamples();
  const file = join(import.meta.dirname, '..', '..', 'src', 'core', 'lexicons', 'hyperbole.json');
  const source = readFileSync(file, 'utf8');

  it('keeps terms and reasons, drops examples and counterexamples', () => {
    const before = JSON.parse(source) as { entries: { term: string; reason: string; examples?: string[] }[] };
    expect(before.entries.some((e) => e.examples)).toBe(true);
    const after = JSON.parse(plugin.transform(source, file)!.code) as typeof before;
    expect(after.entries.map((e) => [e.term, e.reason])).toEqual(before.entries.map((e) => [e.term, e.reason]));
    expect(after.entries.every((e) => !('examples' in e) && !('counterexamples' in e))).toBe(true);
  });

  it('drops the topic lists’ reasons too (never shown; they ride in every page’s script), keeping their terms', () => {
    const topic = join(import.meta.dirname, '..', '..', 'src', 'core', 'lexicons', 'topic-war.json');
    const before = JSON.parse(readFileSync(topic, 'utf8')) as { entries: { term: string; reason?: string }[] };
    const after = JSON.parse(plugin.transform(JSON.stringify(before), topic)!.code) as typeof before;
    expect(after.entries.map((e) => e.term)).toEqual(before.entries.map((e) => e.term));
    expect(after.entries.some((e) => 'reason' in e)).toBe(false);
  });

  it('touches no other JSON', () => {
    expect(plugin.transform('{"entries":[{"examples":[]}]}', '/x/assets/reference/reference-set.json')).toBeNull();
  });
});
