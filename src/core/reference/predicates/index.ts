import { aidPackage } from './aid-package';
import { aidTotal } from './aid-total';
import { attackCasualties } from './attack-casualties';
import { strikeAuthorisation } from './strike-authorisation';
import { strikeScope } from './strike-scope';
import { troopDeployment } from './troop-deployment';
import type { Predicate } from './types';
import { weaponRange } from './weapon-range';

/** The claim detectors shared by the reference-set build and the page check. */
export const PREDICATES: readonly Predicate[] = [weaponRange, troopDeployment, aidPackage, aidTotal, attackCasualties, strikeAuthorisation, strikeScope];
