import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReferenceSet, type BuildReport, type Curation, type SourceText } from '../core/reference/build';
import { loadReferenceSet, vocabularyEntryProblems } from '../core/reference/schema';
import type { VocabularyEntry } from '../core/reference/text/vocabulary';
import type { ReferenceSet } from '../core/reference/types';
import { InputError, readTextFile } from './inputs';

/** The file in an articles folder that corrects what extraction cannot decide (optional). */
export const CURATION_FILE = 'curation.json';
/** The file in an articles folder that names the story's own weapons, parties and acts (optional). */
export const VOCABULARY_FILE = 'vocabulary.json';

function parseJson(file: string): unknown {
  const raw = readTextFile(file);
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new InputError(file, `not valid JSON (${(err as Error).message})`);
  }
}

/** Reads DIR/articles.json and the article files it lists. */
export function readArticlesDir(dir: string): { sources: SourceText[]; curation: Curation; vocabulary: VocabularyEntry[] } {
  const indexFile = join(dir, 'articles.json');
  const index = parseJson(indexFile) as { articles?: unknown };
  if (!index || !Array.isArray(index.articles)) throw new InputError(indexFile, 'needs an "articles" array');
  const sources = index.articles.map((a: Record<string, unknown>, i: number): SourceText => {
    if (typeof a?.file !== 'string' || typeof a.title !== 'string' || typeof a.published !== 'string') {
      throw new InputError(indexFile, `articles[${i}] needs string fields file, title and published`);
    }
    return {
      id: a.file,
      title: a.title,
      outlet: typeof a.outlet === 'string' ? a.outlet : null,
      published: a.published,
      ...(typeof a.url === 'string' ? { url: a.url } : {}),
      text: readTextFile(join(dir, a.file)),
    };
  });
  const curationFile = join(dir, CURATION_FILE);
  const curation = existsSync(curationFile) ? (parseJson(curationFile) as Curation) : { entries: [] };
  return { sources, curation, vocabulary: readVocabulary(dir) };
}

/** DIR/vocabulary.json, checked entry by entry: a bad entry is named, not silently ignored. */
function readVocabulary(dir: string): VocabularyEntry[] {
  const file = join(dir, VOCABULARY_FILE);
  if (!existsSync(file)) return [];
  const raw = parseJson(file) as { entries?: unknown };
  if (!raw || !Array.isArray(raw.entries)) throw new InputError(file, 'needs an "entries" array');
  const problems = raw.entries.flatMap((e, i) => vocabularyEntryProblems(e).map((p) => `entries[${i}]: ${p}`));
  if (problems.length > 0) throw new InputError(file, problems.join('; '));
  return raw.entries as VocabularyEntry[];
}

export function buildFromDir(dir: string, name: string): BuildReport {
  const { sources, curation, vocabulary } = readArticlesDir(dir);
  return buildReferenceSet(name, sources, curation, vocabulary);
}

export function writeReferenceSet(file: string, set: ReferenceSet): void {
  writeFileSync(file, `${JSON.stringify(set, null, 2)}\n`);
}

/** Loads and validates a reference-set file; problems name the JSON path. */
export function readReferenceSet(file: string): ReferenceSet {
  const raw = parseJson(file);
  try {
    return loadReferenceSet(raw);
  } catch (err) {
    throw new InputError(file, `not a valid reference set: ${(err as Error).message}`);
  }
}
