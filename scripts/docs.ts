import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { categoriesMarkdown } from './lib/docs';

const dir = join(import.meta.dirname, '..', 'docs');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'categories.md'), categoriesMarkdown());
process.stdout.write('wrote docs/categories.md\n');
