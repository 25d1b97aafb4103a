import browser from 'webextension-polyfill';
import { renderOptions } from '../../src/extension/options';

const app = document.getElementById('app');
if (app) {
  renderOptions(app, browser).catch((err: unknown) => {
    app.textContent = `ClaimLens options could not start: ${err instanceof Error ? err.message : String(err)}`;
  });
}
