import type { Rule } from '../types';
import { anonymousSource } from './anonymous-source';
import { certaintyMarker } from './certainty-marker';
import { characterisation } from './characterisation';
import { emotiveWord } from './emotive-word';
import { exclamation } from './exclamation';
import { figureOfSpeech } from './figure-of-speech';
import { firstPersonPlural } from './first-person-plural';
import { leakedDocument } from './leaked-document';
import { learnedJudgement } from './learned-judgement';
import { loadedLanguage } from './loaded-language';
import { modalHedge } from './modal-hedge';
import { motiveSpeculation } from './motive-speculation';
import { notEstablished } from './not-established';
import { opinionArgument } from './opinion-argument';
import { passiveReport } from './passive-report';
import { prescriptiveStatement } from './prescriptive-statement';
import { readerAddress } from './reader-address';
import { relayedReport } from './relayed-report';
import { rhetoricalQuestion } from './rhetorical-question';
import { scareQuote } from './scare-quote';
import { speculativeHedge } from './speculative-hedge';
import { evidenceHedge } from './evidence-hedge';
import { stanceMarker } from './stance-marker';
import { unconfirmedReport } from './unconfirmed-report';
import { vagueAttribution } from './vague-attribution';
import { unnamedReference } from './unnamed-reference';
import { vagueQuantity } from './vague-quantity';
import { writerPrediction } from './writer-prediction';
import { writerHearsay } from './writer-hearsay';

/**
 * Every rule, in a fixed order (flags are sorted afterwards, so the order only breaks ties). The
 * scorer's rules come last: they speak only where the others found no editorial cue (ctx.earlier).
 */
export const RULES: readonly Rule[] = [
  unconfirmedReport,
  notEstablished,
  anonymousSource,
  relayedReport,
  leakedDocument,
  unnamedReference,
  writerHearsay,
  passiveReport,
  vagueAttribution,
  vagueQuantity,
  certaintyMarker,
  motiveSpeculation,
  writerPrediction,
  loadedLanguage,
  figureOfSpeech,
  characterisation,
  emotiveWord,
  stanceMarker,
  firstPersonPlural,
  readerAddress,
  rhetoricalQuestion,
  exclamation,
  prescriptiveStatement,
  scareQuote,
  speculativeHedge,
  evidenceHedge,
  modalHedge,
  learnedJudgement,
  opinionArgument,
];
