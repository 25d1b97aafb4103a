import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textHash } from './sentence-hash';

/**
 * npm run collection:check: every local collection's text files against their manifest's sha256
 * (eval/collections/README.md). Prints one line per collection; exit 1 when a text is missing or
 * differs, so a rebuilt collection is known to be the one the labels were written for.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const MANIFESTS = join(ROOT, 'eval', 'collections');
const LOCAL = join(ROOT, 'local', 'collections');

interface Entry {
  id: string;
  sha256: string;
}
let bad = 0;
for (const name of readdirSync(MANIFESTS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const manifest = JSON.parse(readFileSync(join(MANIFESTS, name, 'manifest.json'), 'utf8')) as { articles: Entry[] };
  const missing: string[] = [];
  const differ: string[] = [];
  for (const a of manifest.articles) {
    const file = join(LOCAL, name, `${a.id}.txt`);
    if (!existsSync(file)) missing.push(a.id);
    else if (textHash(readFileSync(file, 'utf8')) !== a.sha256) differ.push(a.id);
  }
  bad += missing.length + differ.length;
  const ok = manifest.articles.length - missing.length - differ.length;
  process.stdout.write(`${name}: ${ok}/${manifest.articles.length} texts match${missing.length ? `; missing: ${missing.join(', ')}` : ''}${differ.length ? `; differ: ${differ.join(', ')}` : ''}\n`);
}
process.exit(bad > 0 ? 1 : 0);
