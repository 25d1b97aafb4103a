import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/core/quotes';
import { segment } from '../../src/core/segment';

const quotes = (text: string) =>
  findQuotations(text, segment(text)).map((q) => ({ quote: text.slice(q.start, q.end), speaker: q.speaker, named: q.named }));

describe('quotations and speakers', () => {
  it.each([
    ['“The aid will continue,” Secretary of State Antony Blinken said.', true],
    ['Kremlin spokesman Dmitry Peskov condemned the decision, stating it added “fuel to the fire”.', true],
    ['Putin has previously described such actions as crossing a “red line”.', true],
    ['Biden told reporters Tuesday that “we will not send those systems.”', true],
    ['“We are ready,” he said.', true],
    ['U.S. officials said the measure was a “necessary response”.', false],
    ['Senior officials have said that Ukraine gave “assurances” about their use.', false],
    ['The rhetoric about negotiating “from a position of strength” worries Kyiv.', false],
  ])('%s -> named %s', (text, named) => {
    const [q] = quotes(text);
    expect(q).toBeDefined();
    expect(q!.named).toBe(named);
  });
  it('finds the holder named after an office in an inverted tag', () => {
    const text = '"The toll will rise," said the office spokesman, Maria Lenko, at a briefing.';
    expect(quotes(text)).toEqual([{ quote: '"The toll will rise,"', speaker: 'Maria Lenko', named: true }]);
  });
  it('finds the speaker of a quote that stands alone after a colon', () => {
    const text = 'As Biden wrote:\n\n“That is why I have decided to act.”';
    expect(quotes(text)).toEqual([{ quote: '“That is why I have decided to act.”', speaker: 'Biden', named: true }]);
  });
  it('a quotation that goes on after its speaker’s tag is the same speaker’s; a scare quote or a new paragraph is not', () => {
    const text = '“We are watching with fear,” Governor Kathy Hochul said in a statement. “We condemn the violence and we are grateful for the support.” The “peace plan” was never published.\n“Nobody expected this at all in the village.”';
    expect(quotes(text).map((q) => [q.speaker, q.named])).toEqual([
      ['Governor Kathy Hochul', true],
      ['Governor Kathy Hochul', true],
      [null, false],
      [null, false],
    ]);
  });
  it('the speech verb nearest the quotation speaks it', () => {
    const [q] = quotes('An official said the country would use gas, a claim press secretary Jen Psaki called “preposterous.”');
    expect(q).toMatchObject({ speaker: 'Jen Psaki', named: true });
  });
  it('names the speaker', () => {
    expect(quotes('“No,” said Kremlin spokesman Dmitry Peskov.')[0]!.speaker).toBe('Kremlin spokesman Dmitry Peskov');
    // a modal between the speaker and the verb
    expect(quotes('Anxious buyers are stocking up, as Biden might say, “like never before.”')[0]!.speaker).toBe('Biden');
  });
  it('runs an unclosed quotation to the end of its paragraph only', () => {
    const text = 'He said “this never ends\n\nNext paragraph.';
    expect(quotes(text).map((q) => q.quote)).toEqual(['“this never ends']);
  });
  it('runs a quotation over lines without marks to the line that begins by closing it', () => {
    const text = 'Quote from Kovalenko: "The shelling has not stopped since dawn.\nOur brigades are holding the bridge and we will not give it up.\nEvery house on the river is damaged." The governor added nothing.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ speaker: 'Kovalenko', named: true });
    expect(q!.quote.endsWith('damaged."')).toBe(true);
    expect(q!.quote).toContain('we will not give it up');
  });
  it('does not run a quotation over a line with a mark of its own, or over too many lines', () => {
    const marked = 'He said "the talks are over\nThe "peace plan" was never published.\nOthers disagreed," she said.';
    expect(quotes(marked)[0]!.quote).toBe('"the talks are over');
    const long = `He said "the talks are over\n${'Another plain line.\n'.repeat(6)}It ended," she said.`;
    expect(quotes(long)[0]!.quote).toBe('"the talks are over');
  });
  it('reads a line that begins inside a quotation, with curly or straight marks', () => {
    expect(quotes('We are ready to talk,” Zelensky said.')[0]).toMatchObject({ quote: 'We are ready to talk,”', named: true });
    expect(quotes('We are ready to talk," Zelensky said.')[0]).toMatchObject({ quote: 'We are ready to talk,"', named: true });
    // a straight mark after a space opens
    expect(quotes('Zelensky said "we are ready" on Monday.').map((q) => q.quote)).toEqual(['"we are ready"']);
  });
  it('reads British single quotation marks, and tells them from apostrophes', () => {
    expect(quotes('Zelensky said: ‘Our soldiers’ courage will not be forgotten.’')[0]).toMatchObject({ named: true });
    expect(quotes('‘We will hold Kharkiv,’ the mayor’s spokesman Ihor Terekhov said.').map((q) => q.quote)).toEqual(['‘We will hold Kharkiv,’']);
    expect(quotes('Ukraine’s army and the ‘90s arsenal.')).toEqual([]);
  });
  it('does not take a question word at the start of a sentence for a speaker', () => {
    const [q] = quotes('How can the ministry claim the strike was “defensive” at all?');
    expect(q).toMatchObject({ quote: '“defensive”', named: false });
    expect(quotes('Although described as “defensive”, the strike hit a hospital.')[0]).toMatchObject({ named: false });
    expect(quotes('Even so, the ministry claimed it was “defensive”.')[0]).toMatchObject({ named: false });
  });
  it('does not treat apostrophes as quotation marks', () => {
    expect(quotes('Ukraine’s army and Russia’s navy met.')).toEqual([]);
  });
});
