import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../dom/extract';
import { readPageMeta } from '../dom/page-meta';
import type { PageMeta } from '../core/genre';

/** A problem with one input file: reported in one line, exit code 2, the other files go on. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** How much of a file we look at for NUL bytes to call it binary. */
const BINARY_SNIFF_BYTES = 8192;

/** Reads a UTF-8 text file, rejecting what cannot be analysed with a message that says why. */
export function readTextFile(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`);
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a directory, not a file');
  if (!stat.isFile()) throw new InputError(file, 'is not a regular file');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`);
  }
  if (bytes.length === 0) throw new InputError(file, 'is empty');
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new InputError(file, 'looks binary (contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'is not valid UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) throw new InputError(file, 'contains only white space');
  return text;
}

/**
 * The text to analyse: .html/.htm through the content script's extraction, with what the page says
 * about itself (its section, schema.org types: the genre check reads them); anything else verbatim.
 */
export function loadDocument(file: string): { text: string; meta?: PageMeta } {
  const raw = readTextFile(file);
  const ext = extname(file).toLowerCase();
  if (ext !== '.html' && ext !== '.htm') return { text: raw };
  const { document } = parseHTML(raw);
  const doc = document as unknown as Document;
  const extraction = extractArticle(doc);
  if (!extraction || extraction.map.text.trim().length === 0) throw new InputError(file, 'no article text found in the HTML');
  return { text: extraction.map.text, meta: readPageMeta(doc, canonicalUrl(doc)) };
}

/** A saved page's own address, when it names one: the file's path says nothing about its section. */
function canonicalUrl(doc: Document): string | undefined {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return (link || og || '').trim() || undefined;
}

export function loadDocumentText(file: string): string {
  return loadDocument(file).text;
}
