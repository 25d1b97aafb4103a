import { loadArticles } from '../../scripts/lib/site';

/**
 * A war article that a single-page site's scripts put in place of an off-topic page: the paragraphs,
 * and the function that runs in the page (either browser's driver passes it to page.evaluate).
 */
export function lateArticleParagraphs(): string[] {
  return loadArticles()[1]!.text.split(/\n\s*\n/).slice(0, 12);
}

export function becomeWarArticle(texts: string[]): void {
  const article = document.createElement('article');
  for (const t of texts) article.append(Object.assign(document.createElement('p'), { textContent: t }));
  document.body.replaceChildren(article);
  history.pushState({}, '', '/news/ukraine');
}
