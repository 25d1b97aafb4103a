import { motiveSpeculation } from '../../../src/core/rules/motive-speculation';
import { ruleTable } from '../../support/rule-table';

ruleTable(motiveSpeculation, {
  flags: [
    ['Apparently, this means they will use the missiles only at home.', 'Apparently'],
    ['The White House could purport this to be a defensive step.', 'could purport'],
    ['The move aims to solidify its legacy before January.'],
    ['The administration appears to be recalibrating its stance.', 'appears to be recalibrating'],
    ['The offer was seemingly designed to split the alliance.', 'seemingly'],
    // the writer reads the actor's mind
    ['Berlin reluctantly agreed to send the tanks.', 'reluctantly'],
    ['The battalion deliberately shelled the market.', 'deliberately'],
    // "seems" with its complement: the writer's impression given as a finding
    ['A deal before winter seems remote.', 'seems remote'],
    ['Putin seemed eager to lower tensions.', 'seemed eager'],
  ],
  ignores: [
    // the motive a party denies or alleges, not the writer's guess
    'Russia denies deliberately targeting civilians.',
    'Officials accused Kyiv of deliberately placing troops near homes.',
    'The administration announced the package on Wednesday.',
    'The minister appeared at the summit in Brussels.',
    // "appears to be" that hedges what is the case is a speculative hedge (unverified), not a motive
    'The counteroffensive appears to be in its opening phases.',
    'The airport was seized by what appear to be Russian servicemen.',
    '“Apparently they have changed their minds,” Zelensky said.',
    'Scholz said Berlin had agreed reluctantly.',
    // other constructions: a forecast, a comparison
    'The offensive seems set to resume in spring.',
    'It seemed like a long wait for the families.',
  ],
});
