import en from 'sentiment/languages/en/index.js';
import { CATEGORIES, getCategory } from './categories';
import { whyItMatters } from './rule-notes';
import type { CategoryId, Flag, Quotation } from './types';

/**
 * The page report: a summary (counts per category, the sourcing profile, the tone) and the flags
 * with the text around each, as JSON, CSV or a self-contained printable HTML file for a class.
 * Every piece of page text is escaped: a report never runs what the page contained.
 */
export interface Summary {
  counts: Record<CategoryId, number>;
  /** Named against unnamed sources: quotations by named speakers vs unnamed-source flags (introduced or referred back to) and unnamed quotes. */
  sourcing: { named: number; unnamed: number };
  /** Mean AFINN score per word (sentiment package lexicon), and its reading. */
  tone: { score: number; label: 'negative' | 'neutral' | 'positive'; words: number };
}

/** Rules whose flags stand for an unnamed source: where the text introduces one, and where it refers back to one. */
const UNNAMED_SOURCE_RULES: ReadonlySet<string> = new Set(['anonymous-source', 'unnamed-reference']);
/** Mean AFINN per word beyond which a text reads as clearly negative or positive (news hovers near 0). */
const TONE_THRESHOLD = 0.05;
/** Characters of context shown on each side of a flag in reports. */
export const CONTEXT_CHARS = 80;

export function summarise(text: string, flags: readonly Flag[], quotations: readonly Quotation[] = []): Summary {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c.id, 0])) as Record<CategoryId, number>;
  for (const f of flags) counts[f.category] = (counts[f.category] ?? 0) + 1;
  const unnamedFlags = flags.filter((f) => UNNAMED_SOURCE_RULES.has(f.rule)).length;
  const named = quotations.filter((q) => q.named).length;
  const unnamedQuotes = quotations.filter((q) => !q.named && q.speaker !== null).length;
  let sum = 0;
  let n = 0;
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z'-]*/g)) {
    n++;
    sum += en.labels[m[0]] ?? 0;
  }
  const score = n === 0 ? 0 : sum / n;
  return {
    counts,
    sourcing: { named, unnamed: unnamedFlags + unnamedQuotes },
    tone: { score: Math.round(score * 1000) / 1000, label: score <= -TONE_THRESHOLD ? 'negative' : score >= TONE_THRESHOLD ? 'positive' : 'neutral', words: n },
  };
}

export interface ReportInput {
  title: string;
  url: string;
  /** When the report was made (ISO date-time); passed in so reports are reproducible. */
  date: string;
  text: string;
  flags: readonly Flag[];
  quotations?: readonly Quotation[];
  /** What the reader was told about the page's genre ("Opinion piece (reader letter): …"), for opinion pages. */
  genre?: { line: string; reasons: readonly string[] } | null;
}

export interface ReportEntry {
  n: number;
  category: CategoryId;
  label: string;
  cue: string;
  rule: string;
  explanation: string;
  whyItMatters: string;
  before: string;
  after: string;
  start: number;
  end: number;
  evidence: NonNullable<Flag['evidence']>;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export function reportEntries(input: ReportInput): ReportEntry[] {
  return [...input.flags]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f, i) => {
      const def = getCategory(f.category);
      return {
        n: i + 1,
        category: f.category,
        label: def.label,
        cue: f.cue,
        rule: f.rule,
        explanation: f.explanation,
        whyItMatters: whyItMatters(f),
        before: squash(input.text.slice(Math.max(0, f.start - CONTEXT_CHARS), f.start)).trimStart(),
        after: squash(input.text.slice(f.end, f.end + CONTEXT_CHARS)).trimEnd(),
        start: f.start,
        end: f.end,
        evidence: f.evidence ?? [],
      };
    });
}

export function reportJson(input: ReportInput): string {
  return `${JSON.stringify(
    { title: input.title, url: input.url, date: input.date, genre: input.genre ?? null, summary: summarise(input.text, input.flags, input.quotations), flags: reportEntries(input) },
    null,
    2,
  )}\n`;
}

function csvCell(v: string | number): string {
  const s = String(v);
  // Quote every text cell; neutralise spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function reportCsv(input: ReportInput): string {
  const header = ['n', 'category', 'label', 'cue', 'before', 'after', 'explanation', 'rule', 'start', 'end', 'evidence'];
  const rows = reportEntries(input).map((e) =>
    [e.n, e.category, e.label, e.cue, e.before, e.after, e.explanation, e.rule, e.start, e.end, e.evidence.map((x) => `${x.source} (${x.outlet ?? 'no outlet'}, ${x.date}): ${x.quote}`).join(' | ')].map(csvCell).join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A self-contained, printable HTML report: no scripts, no external resources, all text escaped. */
export function reportHtml(input: ReportInput): string {
  const summary = summarise(input.text, input.flags, input.quotations);
  const entries = reportEntries(input);
  const e = escapeHtml;
  const style = CATEGORIES.map((c) => `.c-${c.id} mark { background: ${c.color}40; text-decoration: underline ${c.decoration} ${c.color}; text-decoration-thickness: 2px; } .c-${c.id} .tag { border-color: ${c.color}; }`).join('\n');
  const rows = entries
    .map(
      (x) => `<li class="flag c-${x.category}">
<p class="ctx">…${e(x.before)}<mark>${e(x.cue)}</mark>${e(x.after)}…</p>
<p><span class="tag">${e(x.label)}</span> ${e(x.explanation)}</p>
<p class="why">Why it matters: ${e(x.whyItMatters)}</p>
${x.evidence.length ? `<ul class="evidence">${x.evidence.map((v) => `<li>${v.side === 'disagrees' ? '<strong>Other side:</strong> ' : ''}“${e(v.quote)}” — ${e(v.outlet ?? v.title)}, ${e(v.date)} <span class="src">(${e(v.source)})</span></li>`).join('')}</ul>` : ''}
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>ClaimLens report: ${e(input.title)}</title>
<style>
body { font: 15px/1.5 Georgia, serif; color: #111; background: #fff; max-width: 780px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 22px; margin-bottom: 4px; } .meta { color: #444; font: 13px system-ui, sans-serif; word-break: break-all; }
table { border-collapse: collapse; margin: 12px 0; font: 13px system-ui, sans-serif; } td, th { border: 1px solid #999; padding: 3px 8px; text-align: left; }
ol { padding-left: 22px; } .flag { margin: 0 0 14px; break-inside: avoid; } .flag p { margin: 2px 0; }
.tag { font: 12px system-ui, sans-serif; border: 2px solid; border-radius: 3px; padding: 0 4px; } .why { color: #333; font-size: 13px; }
.evidence { font-size: 13px; color: #222; } .src { color: #555; }
${style}
@media print { body { margin: 0; } a { color: inherit; } }
</style></head>
<body>
<h1>ClaimLens report: ${e(input.title)}</h1>
<p class="meta">${e(input.url)}<br>Report made ${e(input.date)}. Everything was analysed on the reader's machine.</p>
${input.genre ? `<p class="genre"><strong>${e(input.genre.line)}</strong><br><span class="why">Why we think so: ${e(input.genre.reasons.join('; '))}.</span></p>` : ''}
<h2>Summary</h2>
<table><tr><th>Category</th><th>Flags</th></tr>
${CATEGORIES.map((c) => `<tr><td>${e(c.label)}</td><td>${summary.counts[c.id]}</td></tr>`).join('\n')}
</table>
<p>Sourcing: ${summary.sourcing.named} named, ${summary.sourcing.unnamed} unnamed. Tone: ${summary.tone.label} (${summary.tone.score} AFINN per word over ${summary.tone.words} words).</p>
<h2>Flags in reading order</h2>
<ol>
${rows}
</ol>
</body></html>
`;
}
