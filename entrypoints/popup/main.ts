import browser from 'webextension-polyfill';
import { renderPopup } from '../../src/extension/popup';

const app = document.getElementById('app');
if (app) {
  renderPopup(app, browser).catch((err: unknown) => {
    app.textContent = `ClaimLens could not start: ${err instanceof Error ? err.message : String(err)}`;
  });
}
