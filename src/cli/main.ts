import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportCsv, reportHtml, summarise } from '../core/report';
import { analyze } from '../core/analyze';
import { checkExpectations, parseExpectations } from '../core/expectations';
import { detectTopic, type TopicResult } from '../core/topic';
import type { Flag, Quotation } from '../core/types';
import { InputError, loadDocument, readTextFile } from './inputs';
import { analyseArticleBlocks, genreLine, type GenreLine } from '../core/article';
import type { PageMeta } from '../core/genre';
import { buildFromDir, readReferenceSet, writeReferenceSet } from './reference';
import type { BuildReport } from '../core/reference/build';
import { bundledReference } from '../core/reference/bundled';
import { indexReferenceSet, type ReferenceIndex } from '../core/reference/check';

const USAGE = `Usage: claimlens <command>

  analyze [--any-topic] [--reference SET.json] [--format json|html|csv] FILE...
                                         analyse .txt/.md (verbatim) and .html/.htm (article extracted);
                                         html and csv print a classroom report of one FILE
  analyze --jsonl FILE [--any-topic]     one {"id","text"} per line in, one {"id","flags"} per line out
  check EXPECTATIONS.json --articles DIR check acceptance expectations against the articles in DIR
  build-reference DIR --out FILE         build a reference set from DIR/articles.json and its articles
`;

/** Exit codes: 0 success, 1 expectations failed, 2 bad input or usage. */
const EXIT_FAILED = 1;
const EXIT_BAD_INPUT = 2;

class UsageError extends Error {}

interface Io {
  out(s: string): void;
  err(s: string): void;
}

function parseArgs(args: string[], flags: string[], valued: string[]): { opts: Record<string, string | true>; rest: string[] } {
  const opts: Record<string, string | true> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      if (flags.includes(a)) opts[a] = true;
      else if (valued.includes(a)) {
        const v = args[++i];
        if (v === undefined) throw new UsageError(`${a} needs a value`);
        opts[a] = v;
      } else throw new UsageError(`unknown option ${a}`);
    } else rest.push(a);
  }
  return { opts, rest };
}

interface Findings {
  topic: TopicResult;
  flags: Flag[];
  quotations: Quotation[];
  /** The page's genre as the extension tells it ("Opinion piece (a reader's letter): …"); null for news. */
  genre: GenreLine | null;
}

/** A whole document, read as the extension reads a page: its genre decided, an opinion piece read as one. */
function findingsFor(doc: { text: string; meta?: PageMeta }, anyTopic: boolean, reference: ReferenceIndex = bundledReference()): Findings {
  const topic = detectTopic(doc.text);
  if (!anyTopic && !topic.onTopic) return { topic, flags: [], quotations: [], genre: null };
  const article = analyseArticleBlocks([doc.text], { meta: doc.meta, reference });
  const { flags, quotations } = article.analyses[0]!;
  return { topic, flags, quotations, genre: article.reading ? genreLine(article.reading) : null };
}

/** One sentence or passage of a JSONL file: no page around it, so no genre; read as news. */
function flagsOfRow(text: string, anyTopic: boolean, reference: ReferenceIndex): Flag[] {
  if (!anyTopic && !detectTopic(text).onTopic) return [];
  return analyze(text, { reference }).flags;
}

function publicTopic(t: TopicResult): { onTopic: boolean; score: number; terms: string[] } {
  return { onTopic: t.onTopic, score: t.score, terms: t.terms };
}

function cmdAnalyze(args: string[], io: Io): number {
  const { opts, rest } = parseArgs(args, ['--any-topic', '--jsonl'], ['--reference', '--format']);
  const anyTopic = opts['--any-topic'] === true;
  if (rest.length === 0) throw new UsageError('analyze needs at least one FILE');
  const format = opts['--format'] ?? 'json';
  if (format !== 'json' && format !== 'html' && format !== 'csv') throw new UsageError(`--format must be json, html or csv, not "${String(format)}"`);
  if (format !== 'json' && (rest.length !== 1 || opts['--jsonl'])) throw new UsageError(`--format ${format} makes the report of exactly one FILE`);
  let status = 0;
  let reference = bundledReference();
  if (typeof opts['--reference'] === 'string') {
    try {
      reference = indexReferenceSet(readReferenceSet(opts['--reference']));
    } catch (err) {
      if (err instanceof InputError) {
        io.err(err.message);
        return EXIT_BAD_INPUT;
      }
      throw err;
    }
  }
  if (opts['--jsonl']) {
    if (rest.length !== 1) throw new UsageError('analyze --jsonl takes exactly one FILE');
    const file = rest[0]!;
    let raw: string;
    try {
      raw = readTextFile(file);
    } catch (err) {
      if (err instanceof InputError) {
        io.err(err.message);
        return EXIT_BAD_INPUT;
      }
      throw err;
    }
    const lines = raw.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        io.err(`${file}:${i + 1}: malformed JSONL line (not valid JSON)`);
        status = EXIT_BAD_INPUT;
        return;
      }
      const r = row as Record<string, unknown> | null;
      if (!r || typeof r !== 'object' || typeof r.text !== 'string' || (typeof r.id !== 'string' && typeof r.id !== 'number')) {
        io.err(`${file}:${i + 1}: malformed JSONL line (needs "id" and a string "text")`);
        status = EXIT_BAD_INPUT;
        return;
      }
      io.out(`${JSON.stringify({ id: r.id, flags: flagsOfRow(r.text, anyTopic, reference) })}\n`);
    });
    return status;
  }
  const files: unknown[] = [];
  for (const file of rest) {
    try {
      const doc = loadDocument(file);
      const { topic, flags, quotations, genre } = findingsFor(doc, anyTopic, reference);
      const text = doc.text;
      if (format !== 'json') {
        const input = { title: basename(file), url: pathToFileURL(resolve(file)).href, date: new Date().toISOString(), text, flags, quotations, genre };
        io.out(format === 'html' ? reportHtml(input) : reportCsv(input));
        return status;
      }
      files.push({ file, topic: publicTopic(topic), genre, text, summary: summarise(text, flags, quotations), flags });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.err(err.message);
      status = EXIT_BAD_INPUT;
    }
  }
  io.out(`${JSON.stringify({ files })}\n`);
  return status;
}

function cmdCheck(args: string[], io: Io): number {
  const { opts, rest } = parseArgs(args, [], ['--articles']);
  if (rest.length !== 1 || typeof opts['--articles'] !== 'string') throw new UsageError('check needs EXPECTATIONS.json and --articles DIR');
  const dir = opts['--articles'];
  let expectations;
  try {
    expectations = parseExpectations(JSON.parse(readTextFile(rest[0]!)));
  } catch (err) {
    if (err instanceof InputError) io.err(err.message);
    else io.err(`${rest[0]}: ${err instanceof SyntaxError ? 'not valid JSON' : (err as Error).message}`);
    return EXIT_BAD_INPUT;
  }
  const articles = new Map<string, { text: string; flags: Flag[] }>();
  let status = 0;
  for (const name of new Set([...expectations.must, ...expectations.mustNot].map((e) => e.article))) {
    try {
      const doc = loadDocument(join(dir, name));
      articles.set(name, { text: doc.text, flags: findingsFor(doc, false).flags });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.err(err.message);
      status = EXIT_BAD_INPUT;
    }
  }
  const results = checkExpectations(expectations, articles);
  const failed = results.filter((r) => !r.passed);
  for (const r of failed) {
    io.out(`FAIL ${r.kind} ${r.expectation.category} ${r.expectation.article}: "${r.expectation.quote}": ${r.problem}\n`);
  }
  io.out(`${results.length - failed.length} passed, ${failed.length} failed\n`);
  return failed.length > 0 ? EXIT_FAILED : status;
}

/** What a build made of its sentences: the counts a teacher needs to judge a set. */
export function describeBuild(r: BuildReport): string {
  const skipped = Object.entries(r.skipped)
    .filter(([, n]) => n > 0)
    .map(([why, n]) => `${n} ${why}`)
    .join(', ');
  return (
    `${r.sentences} sentences from ${r.set.sources.length} sources: ${r.statements} became claims` +
    `${r.described > 0 ? ` (${r.described} of them for their wording only: no act or amount the vocabulary knows)` : ''}, ` +
    `${r.sentences - r.statements} skipped (${skipped || 'none'}); ${r.claims} claims, ` +
    `${r.groupedStatements} statements grouped with another source's or sentence's; ${r.curatedEvidence} curated evidence entries`
  );
}

function cmdBuildReference(args: string[], io: Io): number {
  const { opts, rest } = parseArgs(args, [], ['--out', '--name']);
  if (rest.length !== 1 || typeof opts['--out'] !== 'string') throw new UsageError('build-reference needs DIR and --out FILE');
  const dir = rest[0]!;
  let report;
  try {
    report = buildFromDir(dir, typeof opts['--name'] === 'string' ? opts['--name'] : basename(resolve(dir)));
  } catch (err) {
    if (err instanceof InputError) {
      io.err(err.message);
      return EXIT_BAD_INPUT;
    }
    if (err instanceof Error && /^curation entry/.test(err.message)) {
      io.err(`${join(dir, 'curation.json')}: ${err.message}`);
      return EXIT_BAD_INPUT;
    }
    throw err;
  }
  writeReferenceSet(opts['--out'], report.set);
  io.err(`${describeBuild(report)}; wrote ${opts['--out']}`);
  return 0;
}

export function main(argv: string[], io: Io): number {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'analyze':
      case 'analyse':
        return cmdAnalyze(args, io);
      case 'check':
        return cmdCheck(args, io);
      case 'build-reference':
        return cmdBuildReference(args, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.err(USAGE);
        return command === undefined ? EXIT_BAD_INPUT : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`claimlens: ${err.message}\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    io.err(`claimlens: internal error: ${err instanceof Error ? err.message : String(err)}`);
    return 3;
  }
}
