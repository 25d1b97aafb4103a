import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The scorer's training data, read in place: NewsSD-ENG (../shared/eval/training/newssd-eng, CC BY 4.0,
 * the authors' train/val/test split) and our own written sentences (data/training/claimlens-written.jsonl,
 * MIT). Nothing under ../shared/eval/sentences is ever read here: its licences forbid shipping anything
 * derived from it.
 */
export const ROOT = join(import.meta.dirname, '..', '..');
export const NEWSSD = join(ROOT, '..', 'shared', 'eval', 'training', 'newssd-eng');
export const WRITTEN = join(ROOT, 'data', 'training', 'claimlens-written.jsonl');

export interface Example {
  id: string;
  text: string;
  /** 1: the writer's judgement (SUBJ); 0: reporting (OBJ). */
  label: 0 | 1;
  source: 'newssd' | 'written';
  /** Examples of one group never straddle a fold or a split (a contrast pair; a run of one article's sentences). */
  group: string;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim()));
}

/**
 * NewsSD's rows come in article order (consecutive sentences of one article), but carry no article id:
 * runs of this many rows stand in for articles, so that cross-validation does not score a sentence
 * with its neighbours in training.
 */
const NEWSSD_GROUP_ROWS = 20;

export type NewsSdSplit = 'train' | 'val' | 'test';

export function loadNewsSd(split: NewsSdSplit): Example[] {
  const [header, ...rows] = parseCsv(readFileSync(join(NEWSSD, `${split}.csv`), 'utf8'));
  const iText = header!.indexOf('Sentence');
  const iLabel = header!.indexOf('Label');
  return rows.map((r, i) => {
    const label = r[iLabel]!.trim();
    if (label !== 'SUBJ' && label !== 'OBJ') throw new Error(`newssd ${split} row ${i + 2}: label ${label}`);
    return { id: `newssd-${split}-${i}`, text: r[iText]!.trim(), label: label === 'SUBJ' ? 1 : 0, source: 'newssd', group: `newssd-${split}-${Math.floor(i / NEWSSD_GROUP_ROWS)}` };
  });
}

/** Our written sentences; the two halves of a contrast pair (adjacent lines, data/training/README.md) share a group. */
export function loadWritten(): Example[] {
  const rows = readFileSync(WRITTEN, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; label: 'SUBJ' | 'OBJ'; family: string });
  const out: Example[] = [];
  // The first half of a pair opens a group, the next line closes it.
  let open: string | null = null;
  for (const r of rows) {
    let group = r.id;
    if (r.family !== 'contrast-pair') open = null;
    else if (open === null) open = r.id;
    else {
      group = open;
      open = null;
    }
    if (r.label !== 'SUBJ' && r.label !== 'OBJ') throw new Error(`${r.id}: label ${r.label}`);
    out.push({ id: r.id, text: r.text, label: r.label === 'SUBJ' ? 1 : 0, source: 'written', group });
  }
  return out;
}

/** FNV-1a, 32 bits: a fixed, platform-independent hash for assigning groups to folds. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
