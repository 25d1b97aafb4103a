import { segment } from '../../src/core/segment';
import { escapeHtml } from '../../src/core/report';
import { loadArticles } from './site';

/**
 * A generated live-blog page about the war, of about `words` words: timestamped updates whose
 * paragraphs are sentences of the reference articles in a deterministic shuffled order, with the
 * chrome a live blog has (navigation, "key events" aside, share buttons).
 */
export function liveBlogHtml(words = 20_000): string {
  const sentences = loadArticles().flatMap(({ text }) => segment(text).map((s) => s.text).filter((s) => s.split(' ').length >= 6));
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  const updates: string[] = [];
  let count = 0;
  let minute = 0;
  while (count < words) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 2 + (next() % 3); p++) {
      const para: string[] = [];
      for (let k = 0; k < 2 + (next() % 3); k++) para.push(sentences[next() % sentences.length]!);
      const text = para.join(' ');
      count += text.split(/\s+/).length;
      paragraphs.push(`<p>${escapeHtml(text)}</p>`);
    }
    const time = `${String(23 - Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(59 - (minute % 60)).padStart(2, '0')}`;
    minute += 7;
    updates.push(`<article class="update"><header><time>${time}</time></header>${paragraphs.join('')}<footer><button>Share</button></footer></article>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Russia-Ukraine war live: Biden allows long-range strikes</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px}.update{border-top:1px solid #ccc;padding:8px 0}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/">World</a></nav></header>
<main><h1>Russia-Ukraine war live: Biden allows Ukraine to strike inside Russia</h1>
<aside><h2>Key events</h2><ul><li>Analysts speculate about the timing</li></ul></aside>
${updates.join('\n')}
</main><footer>Reportedly the footer</footer></body></html>`;
}
