/**
 * A live-blog page for the end-to-end suites (Chromium and Firefox): war news with a paragraph whose
 * text, set by the page's own script, looks like markup. It must stay text everywhere ClaimLens shows it.
 */
export const HOSTILE = 'Critics warn that <img src=x onerror="window.__pwned=1"> is disastrous.';

export const LIVE_PAGE = `<!doctype html><html><head><title>Live: Ukraine and Russia</title></head><body><main id="main">
<h1>Live: Ukraine and Russia at war over long-range missiles</h1>
<p>Ukraine fired missiles at Russian troops near Kursk, Ukrainian officials said on Monday.</p>
<p id="hostile"></p>
<p>Kyiv says Russia shelled Kharkiv overnight; the war goes on.</p>
</main>
<script>document.getElementById('hostile').textContent = ${JSON.stringify(HOSTILE)};</script>
</body></html>`;
