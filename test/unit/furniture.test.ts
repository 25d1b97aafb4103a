import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';

const voice = (text: string) => analyze(text).flags.filter((f) => f.category === 'editorial' || f.category === 'emotive');

describe('the page’s furniture is not the writer’s voice', () => {
  it.each([
    'Sign up for our newsletter and we will bring you the best stories!',
    'We’re sorry, this feature is currently unavailable.',
    'We value your privacy.',
    'For all the latest headlines follow our Google News channel online or via the app.',
    'You have reached your limit of free articles.',
  ])('no editorial or emotive flag: %s', (text) => {
    expect(voice(text)).toEqual([]);
  });
  it.each(['We must not abandon Ukraine now!', 'You should write to your senator today.'])('the writer’s own “we”, “you” and “!” are still editorial: %s', (text) => {
    expect(voice(text).length).toBeGreaterThan(0);
  });
});
