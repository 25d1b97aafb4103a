import { readFileSync } from 'node:fs';
import { segment } from '../../src/core/segment';
import { sentenceHash } from './sentence-hash';

/**
 * npm run --silent collection:sentences -- FILE...: the sentences of each text file as ClaimLens
 * segments them, one JSON line each ({file, hash, text}), for labelling a local collection. The hash
 * is the key labels are committed under.
 */
const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent collection:sentences -- FILE...\n');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`collection:sentences: ${file}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}\n`);
    failed = true;
    continue;
  }
  for (const s of segment(text)) process.stdout.write(`${JSON.stringify({ file, hash: sentenceHash(s.text), text: s.text })}\n`);
}
process.exit(failed ? 2 : 0);
