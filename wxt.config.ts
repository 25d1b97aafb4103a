import { defineConfig } from 'wxt';
import { stripLexiconExamples } from './scripts/lib/strip-lexicon-examples';
import { PAGE_MATCHES, PREGATE_FILE } from './src/extension/injector';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Firefox's review wants the sources; leave out local output and scratch files.
  // The word lists' examples are for the unit tests, not for readers' browsers.
  vite: () => ({ plugins: [stripLexiconExamples()] }),
  zip: { excludeSources: ['demo-output/**', '.tmp/**', 'eval-output/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description:
      'Marks unverified claims, vague attributions, editorial and emotive language in news about the Russia–Ukraine war. Runs entirely on your machine.',
    // storage: settings, imported reference sets, dismissed flags. scripting: the background starts the
    // full content script where the pre-check hands over (src/extension/injector.ts). sidePanel: Chrome's
    // side panel (Firefox's sidebar needs no permission). Host access: http and https pages only (the
    // content script's matches, which WXT adds).
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'scripting', 'sidePanel'],
    // Every page gets only the topic pre-check: an unlisted script, so without WXT's content-script
    // context (entrypoints/pregate.ts). At DOMContentLoaded: the article is parsed, and the reader
    // should not wait for images.
    content_scripts: [{ matches: PAGE_MATCHES, run_at: 'document_end', js: [PREGATE_FILE] }],
    commands: {
      'next-flag': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next flag on the page' },
      'previous-flag': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous flag on the page' },
      // Firefox opens a sidebar only from a user action: a shortcut is one, a card's "Show in list" is not.
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open or close the list of flags' } }
        : {}),
    },
    ...(browser === 'firefox'
      ? {
          // 142: the first Firefox (desktop and Android) that knows data_collection_permissions.
          browser_specific_settings: {
            gecko: {
              id: 'claimlens@claimlens.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
