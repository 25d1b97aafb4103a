/**
 * Where readers' reference sets are kept in extension storage. Apart from reference-store.ts, so that
 * the content script, which only listens for changes to it, does not load the reference-set schema
 * and everything an older set's upgrade needs.
 */
export const REFERENCE_STORE_KEY = 'referenceSets';
