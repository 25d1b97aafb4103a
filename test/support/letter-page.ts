/**
 * A reader's letter for the end-to-end suites: written for these tests, served under
 * /opinion/letters/ with the section and schema.org type a real paper gives one. The page says what
 * it is, and the writer argues throughout; ClaimLens should say so once, not only sentence by sentence.
 */
export const LETTER_PATH = '/opinion/letters/keep-the-missiles-coming.html';

export const LETTER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Letter: Keep the missiles coming to Ukraine</title>
<meta property="article:section" content="Letters to the Editor">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"Keep the missiles coming to Ukraine","author":{"@type":"Person","name":"A. Reader"}}</script>
</head><body><main>
<article>
<h1>Keep the missiles coming to Ukraine</h1>
<p>To the editor: I have read every promise our government has made about weapons for Ukraine, and I am tired of them.</p>
<p>What Kyiv needs is not another summit but missiles that can reach the Russian launchers before they fire.</p>
<p>The decision to let Ukraine strike inside Russia came far too late, and every month of delay was paid for in Ukrainian lives.</p>
<p>Half-measures have become the alliance's habit, and it is a shameful one.</p>
<p>We can afford this, and we know it. I will keep writing until somebody in Congress listens.</p>
</article>
</main></body></html>`;
