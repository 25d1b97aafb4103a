import type { CategoryId } from './types';

/**
 * The category registry: the single source for popup toggles, highlight styles, settings defaults,
 * the CLI and docs/categories.md. Colours are the Okabe–Ito colour-blind-safe palette; every
 * category also has its own decoration so colour is never the only cue.
 */
export interface CategoryDef {
  id: CategoryId;
  label: string;
  group: 'Sourcing' | 'Language' | 'Reference check';
  /** One line for the popup. */
  description: string;
  /** Media-literacy note: why a reader should care. */
  whyItMatters: string;
  /** Hex colour of the underline and (translucent) background. */
  color: string;
  /** CSS text-decoration-style; with `line`, distinct per category. */
  decoration: 'wavy' | 'dashed' | 'solid' | 'dotted' | 'double';
  /** CSS text-decoration-line: the reference categories mark above the text as well. */
  line: 'underline' | 'underline overline';
  defaultEnabled: boolean;
}

export const CATEGORIES: readonly CategoryDef[] = [
  {
    id: 'unverified',
    label: 'Unverified claim',
    group: 'Sourcing',
    description: 'Anonymous sources, other outlets\u2019 reports passed on, "reportedly", "has not been confirmed".',
    whyItMatters:
      'A claim that rests on unnamed people or that the outlet itself says is unconfirmed may later turn out to be wrong; look for confirmation from a named source.',
    color: '#E69F00',
    decoration: 'wavy',
    line: 'underline',
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
    line: 'underline',
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
    line: 'underline',
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
    line: 'underline',
    defaultEnabled: true,
  },
  {
    id: 'conflict',
    label: 'Conflicts with the reference set',
    group: 'Reference check',
    description: 'Stated differently in the reference articles, disputed among them, or since reversed.',
    whyItMatters:
      'When careful sources say otherwise, or the policy has changed since, the page may be wrong or out of date; compare the evidence before you repeat the claim.',
    color: '#D55E00',
    decoration: 'double',
    line: 'underline',
    defaultEnabled: true,
  },
  {
    id: 'supported',
    label: 'Matches the reference set',
    group: 'Reference check',
    description: 'The reference articles state the same fact, consistently.',
    whyItMatters:
      'Agreement with other reports is support, not proof: see which sources agree and whether they are independent of each other.',
    color: '#0072B2',
    decoration: 'solid',
    line: 'underline overline',
    defaultEnabled: false,
  },
  {
    id: 'uncovered',
    label: 'Not covered by the reference set',
    group: 'Reference check',
    description: 'A checkable fact (a number, an event) that no reference claim covers.',
    whyItMatters:
      'Nothing here confirms or contradicts it: look for a source before relying on the number or the event.',
    color: '#8C8C8C',
    decoration: 'dashed',
    line: 'underline overline',
    defaultEnabled: false,
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
      `text-decoration: ${c.line} ${c.decoration} ${c.color}; text-decoration-thickness: 2px; ` +
      `text-underline-offset: 3px; }`,
  ).join('\n');
}
