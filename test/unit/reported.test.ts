import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { reportedSpeech } from '../../src/core/reported';

const spans = (text: string) => reportedSpeech(text, { start: 0, end: text.length, text }).map((s) => text.slice(s.start, s.end));
const voice = (text: string) =>
  analyze(text)
    .flags.filter((f) => f.category === 'editorial' || f.category === 'emotive')
    .map((f) => f.cue);

describe('reported speech without quotation marks', () => {
  it.each([
    ['Peskov said the decision was reckless.', ' the decision was reckless.'],
    ['Any economic help is a waste of money, Zeman said.', 'Any economic help is a waste of money'],
    ['The aid is a farce, he told reporters on Friday.', 'The aid is a farce'],
    ['Putin adviser Sergei Glazyev accused the US of meddling in Ukraine.', ' the US of meddling in Ukraine.'],
    ['Obama said it was an act of terror, but the media obscured the link.', ' it was an act of terror'],
    ['Russia has deliberately targeted the energy grid, the UN said.', 'Russia has deliberately targeted the energy grid'],
    ['UN investigators found that Russian forces had deliberately targeted civilians.', ' Russian forces had deliberately targeted civilians.'],
    ["Ukraine's army fired the missile at the station, Russia claimed.", "Ukraine's army fired the missile at the station"],
    ["Ukraine's army fired the missile at the station, the Russian defence ministry claimed.", "Ukraine's army fired the missile at the station"],
    ['The president called the strike an absolutely deliberate act of terrorism.', 'an absolutely deliberate act of terrorism.'],
    ['He described it as reckless, but the markets shrugged.', 'reckless'],
    ['The new rockets will help Kyiv repel the invaders, the Daily Courier reported on Friday.', 'The new rockets will help Kyiv repel the invaders'],
    ['Reporters at the Kyiv Courier reported that the drones merely circled the plant.', ' the drones merely circled the plant.'],
    ['Professor Hartmann is convinced that the regime will collapse within a year.', ' that the regime will collapse within a year.'],
    ['The analyst stresses that the shelling was deliberate and cowardly.', ' that the shelling was deliberate and cowardly.'],
    ['Kovalenko emphasised that the offensive is a disaster.', ' that the offensive is a disaster.'],
    // in a relative clause, the speaker's words are the verb after "to", not the main clause after it
    ['Three generals that Kyiv claimed to have killed were later reported alive.', ' to have killed'],
    // a verb of saying in -ing goes on with the main clause's named speaker
    ["John Kirby criticised China, claiming that China's position should not be viewed as impartial.", " China's position should not be viewed as impartial."],
    ['The Kremlin slammed the move, saying it was a reckless escalation.', ' it was a reckless escalation.'],
  ])('%s', (text, reported) => expect(spans(text)).toContain(reported));

  it.each([
    'The convoy is said to have turned back.',
    'The so-called referendum was held under occupation.',
    'A group called Wagner committed disastrous crimes.',
    'Critics called the plan a disastrous mistake.',
    'I think the withdrawal was a disastrous mistake.',
    '“It was reckless,” the post states, touting a disastrous plan.',
    // an unnamed speaker's or the writer's own participle stays the text's
    'Two officials criticised the plan, saying it was a disastrous mistake.',
    'We criticised the plan, arguing it was a disastrous mistake.',
  ])('finds none in: %s', (text) => {
    const found = spans(text);
    expect(found.some((s) => /disastrous|reckless|turned|referendum/.test(s) && !s.includes('It was'))).toBe(false);
  });

  it('keeps the language rules out of the reported words but not out of the writer’s', () => {
    expect(voice('Peskov said the decision was reckless.')).toEqual([]);
    expect(voice('In a civil war, any economic help is a waste of money, Zeman said.')).toEqual([]);
    expect(voice('Trump repeatedly said the plan was ready, but the truth is that the plan was a sham.')).toContain('sham');
    expect(voice('The disastrous withdrawal, Biden said, went to plan.')).toContain('disastrous');
  });
});

describe('reported speech of unnamed sources', () => {
  it('is still the text’s to answer for', () => {
    expect(spans('One official called the retreat a disastrous mistake.')).toEqual([]);
    expect(spans('The retreat was a disastrous mistake, officials said.')).toEqual([]);
    expect(spans('Critics say the plan is a sham.')).toEqual([]);
  });
});

describe('words that only look like reporting verbs', () => {
  it.each([
    'The United States imposed a disastrous embargo.',
    'After his Zoom calls into the studio, it doubles down on the idea.',
    'A group called Antifa staged a bogus protest.',
    'False claims of a rigged vote spread quickly.',
  ])('%s', (text) => expect(spans(text)).toEqual([]));
});
