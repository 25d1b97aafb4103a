import { certaintyMarker } from '../../../src/core/rules/certainty-marker';
import { ruleTable } from '../../support/rule-table';

ruleTable(certaintyMarker, {
  flags: [
    ['Russia will undoubtedly see this as an escalation.', 'undoubtedly'],
    ['The concern, of course, is angering the Kremlin.', 'of course'],
    ['The plan is clearly a political gamble.', 'clearly'],
    ['The offer was nothing more than a stalling tactic.', 'nothing more than'],
    ['Obviously, the sanctions have not worked.', 'Obviously'],
    ['The collapse of the front was so sudden.', 'was so sudden'],
  ],
  ignores: [
    'The route was clearly marked on the map.',
    'The ministry published the figures on Monday.',
    '“Of course we will respond,” Foreign Minister Sergei Lavrov said.',
    'The course of the war changed in the spring.',
    'The losses are so far unknown.',
    'The convoy was so slow that it reached Kyiv a day late.',
  ],
});
