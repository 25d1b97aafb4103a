import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Firefox's review wants the sources; leave out local output and scratch files.
  zip: { excludeSources: ['demo-output/**', '.tmp/**', 'eval-output/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description:
      'Marks unverified claims, vague attributions, editorial and emotive language in news about the Russia–Ukraine war. Runs entirely on your machine.',
    // storage: settings, imported reference sets, dismissed flags. sidePanel: Chrome's side panel
    // (Firefox's sidebar needs no permission). The content script's matches are the only host access.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    commands: {
      'next-flag': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next flag on the page' },
      'previous-flag': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous flag on the page' },
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
