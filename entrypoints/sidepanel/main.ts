import browser from 'webextension-polyfill';
import { renderSidePanel } from '../../src/extension/sidepanel';

const app = document.getElementById('app');
if (app) {
  renderSidePanel(app, browser).catch((err: unknown) => {
    app.textContent = `ClaimLens could not start: ${err instanceof Error ? err.message : String(err)}`;
  });
}
