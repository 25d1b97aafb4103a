import { figureOfSpeech } from '../../../src/core/rules/figure-of-speech';
import { ruleTable } from '../../support/rule-table';

ruleTable(figureOfSpeech, {
  flags: [
    ['The administration has been trying to walk a tightrope between the two.', 'walk a tightrope'],
    ['Moscow treats Kyiv like a cat playing with a mouse.', 'like a cat playing with a mouse'],
    ['The two capitals have locked horns over sanctions.', 'locked horns'],
    ['Sending the missiles is playing with fire.', 'playing with fire'],
  ],
  ignores: [
    'Kremlin spokesman Dmitry Peskov said it added “fuel to the fire”.',
    'Firefighters put out the fire at the depot.',
    'The acrobat walked across the square.',
  ],
});
