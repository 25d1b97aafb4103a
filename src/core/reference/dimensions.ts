/**
 * What a quantity's dimension says about it (measures.ts names dimensions: "people:killed",
 * "children:injured", "troops", "people", "tank", "distance"…), asked in one place so that the reading,
 * the matching and the check mean the same by "a toll".
 */

/** People something happened to ("people:killed", "children:injured"): a toll of an event. */
export function isToll(dimension: string | null | undefined): boolean {
  return /^(?:people|children):/.test(dimension ?? '');
}

/** Tolls that only rise as a story is told: the dead are counted, then more are found. */
export function isRunningToll(dimension: string | null | undefined): boolean {
  return /^(?:people|children):(?:killed|injured)$/.test(dimension ?? '');
}

/** Counts of people, with or without a role, soldiers included ("10,000 troops", "people:missing"). */
export function countsPeople(dimension: string | null | undefined): boolean {
  return /^(?:people|children|troops)(?::|$)/.test(dimension ?? '');
}

/** People of an event, a toll or simply there ("1,000 people were inside the mall"), not soldiers of a party. */
export function peopleOfAnEvent(dimension: string | null | undefined): boolean {
  return /^(?:people|children)(?::|$)/.test(dimension ?? '');
}
