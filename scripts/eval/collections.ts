import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceHash } from '../collection/sentence-hash';

/**
 * Reading the local collections (eval/collections/README.md): manifests and labels from the
 * repository, texts from the git-ignored local/collections. Nothing here is copied anywhere.
 */
export const ROOT = join(import.meta.dirname, '..', '..');
export const MANIFESTS = join(ROOT, 'eval', 'collections');
export const LOCAL = join(ROOT, 'local', 'collections');

export type Split = 'tune' | 'report';
export interface Article {
  id: string;
  url: string;
  title: string;
  outlet: string | null;
  published: string;
  role: 'page' | 'reference';
  split: Split;
  genre?: string;
}
export interface Collection {
  name: string;
  articles: Article[];
  /** Labels by page id, then by sentence hash. */
  labels: Map<string, Map<string, string[]>>;
}

export function collectionNames(): string[] {
  if (!existsSync(MANIFESTS)) return [];
  return readdirSync(MANIFESTS, { withFileTypes: true })
    // A folder without a manifest is a collection still being gathered, not one to read.
    .filter((d) => d.isDirectory() && existsSync(join(MANIFESTS, d.name, 'manifest.json')))
    .map((d) => d.name)
    .sort();
}

export function loadCollection(name: string): Collection {
  const manifest = JSON.parse(readFileSync(join(MANIFESTS, name, 'manifest.json'), 'utf8')) as { articles: Article[] };
  const labels = new Map<string, Map<string, string[]>>();
  const file = join(MANIFESTS, name, 'labels.jsonl');
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { page: string; hash: string; labels: string[] };
      const forPage = labels.get(row.page) ?? labels.set(row.page, new Map()).get(row.page)!;
      forPage.set(row.hash, row.labels);
    }
  }
  return { name, articles: manifest.articles, labels };
}

/** The article's text, or null when the local collection has not been rebuilt on this machine. */
export function articleText(collection: string, id: string): string | null {
  const file = join(LOCAL, collection, `${id}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export function labelsOf(c: Collection, page: string, sentence: string): string[] | undefined {
  return c.labels.get(page)?.get(sentenceHash(sentence));
}

/** Precision, recall and F1 from counts. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0 });
export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
export const fmt = (x: number) => x.toFixed(3);
export function scoreLine(s: Score): string {
  const { p, r, f1 } = prf(s);
  return `P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}  (TP ${s.tp}, FP ${s.fp}, FN ${s.fn})`;
}
