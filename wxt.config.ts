import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox's review wants the sources; leave out local output and scratch files.
  zip: { excludeSources: ['demo-output/**', '.tmp/**', 'eval-output/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description:
      'Marks unverified claims, vague attributions, editorial and emotive language in news about the Russia–Ukraine war. Runs entirely on your machine.',
    // storage: the reader's settings. The content script's http/https matches are the only host access.
    permissions: ['storage'],
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
