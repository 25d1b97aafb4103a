import { CATEGORIES } from '../../src/core/categories';
import { RULE_CONFIDENCE } from '../../src/core/confidence';
import { RULE_NOTES } from '../../src/core/rule-notes';
import { RULES } from '../../src/core/rules';

/** docs/categories.md, generated from the category registry and the rule list. */
export function categoriesMarkdown(): string {
  const lines = [
    '# Highlight categories',
    '',
    'Generated from `src/core/categories.ts` by `npm run docs`; a test fails when this file is stale.',
    'The meaning and edges of each category are specified in the taxonomy (`flags.md`).',
    '',
    '| category | label | colour | underline | on by default | rules |',
    '|---|---|---|---|---|---|',
    ...CATEGORIES.map(
      (c) =>
        `| \`${c.id}\` | ${c.label} | ${c.color} | ${c.decoration} | ${c.defaultEnabled ? 'yes' : 'no'} | ${RULES.filter((r) => r.category === c.id)
          .map((r) => `\`${r.id}\``)
          .join(', ')} |`,
    ),
    '',
    ...CATEGORIES.flatMap((c) => [`## ${c.label} (\`${c.id}\`)`, '', c.description, '', `Why it matters: ${c.whyItMatters}`, '']),
    '## Rules',
    '',
    'Each flag names the rule that raised it. Confidence decides the sensitivity presets that show it',
    '(strict: high; standard: high and medium; broad: all). The note is what the card and the report show.',
    '',
    '| rule | category | confidence | why it matters |',
    '|---|---|---|---|',
    ...RULES.map((r) => `| \`${r.id}\` | \`${r.category}\` | ${RULE_CONFIDENCE[r.id] ?? 'medium'} | ${RULE_NOTES[r.id] ?? ''} |`),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
