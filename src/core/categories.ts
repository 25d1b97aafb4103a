import type { CategoryId } from './types';

/**
 * The category registry: the single source for popup toggles, highlight styles, settings defaults,
 * the CLI and docs/categories.md. Colours are the Okabe–Ito colour-blind-safe palette; every
 * category also has its own decoration so colour is never the only cue.
 */
export interface CategoryDef {
  id: CategoryId;
  label: string;
  group: 'Sourcing' | 'Language';
  /** One line for the popup. */
  description: string;
  /** Media-literacy note: why a reader should care. */
  whyItMatters: string;
  /** Hex colour of the underline and (translucent) background. */
  color: string;
  /** CSS text-decoration-style; distinct per category. */
  decoration: 'wavy' | 'dashed' | 'solid' | 'dotted' | 'double';
  defaultEnabled: boolean;
}

export const CATEGORIES: readonly CategoryDef[] = [
  {
    id: 'unverified',
    label: 'Unverified claim',
    group: 'Sourcing',
    description: 'Anonymous sources, "reportedly", "has not been confirmed".',
    whyItMatters:
      'A claim that rests on unnamed people or that the outlet itself says is unconfirmed may later turn out to be wrong; look for confirmation from a named source.',
    color: '#E69F00',
    decoration: 'wavy',
    defaultEnabled: true,
  },
  {
    id: 'attribution',
    label: 'Vague attribution',
    group: 'Sourcing',
    description: 'Views put in the mouths of unnamed groups: "critics warn", "it is widely expected".',
    whyItMatters:
      'When no one is named, you cannot judge who holds the view, how many do, or whether it is the writer\u2019s own opinion.',
    color: '#56B4E9',
    decoration: 'dashed',
    defaultEnabled: true,
  },
  {
    id: 'editorial',
    label: 'Editorial language',
    group: 'Language',
    description: 'The writer\u2019s own judgement inside reporting: loaded words, "of course", "apparently".',
    whyItMatters:
      'Opinion dressed as reporting steers your conclusion before you have weighed the facts; separate what happened from how it is judged.',
    color: '#CC79A7',
    decoration: 'solid',
    defaultEnabled: true,
  },
  {
    id: 'emotive',
    label: 'Emotive wording',
    group: 'Language',
    description: 'Strongly charged words chosen by the writer: "horrific", "heroic", "brutal".',
    whyItMatters:
      'Charged words make you feel before you think; ask whether a plainer word would tell the same facts.',
    color: '#009E73',
    decoration: 'dotted',
    defaultEnabled: true,
  },
];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export function getCategory(id: CategoryId): CategoryDef {
  const def = CATEGORIES.find((c) => c.id === id);
  if (!def) throw new Error(`Unknown category: ${id}`);
  return def;
}

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

/** The name under which a category's Highlight is registered in CSS.highlights. */
export function highlightName(id: CategoryId): string {
  return `claimlens-${id}`;
}

/** Opacity of the background tint: visible on white and on near-black pages without hiding the text. */
const TINT_ALPHA = 0.28;

function hexToRgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The ::highlight() rules for every category, generated from the registry. */
export function highlightCss(): string {
  return CATEGORIES.map(
    (c) =>
      `::highlight(${highlightName(c.id)}) { background-color: ${hexToRgba(c.color, TINT_ALPHA)}; ` +
      `text-decoration: underline ${c.decoration} ${c.color}; text-decoration-thickness: 2px; ` +
      `text-underline-offset: 3px; }`,
  ).join('\n');
}
