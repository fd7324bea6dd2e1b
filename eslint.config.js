import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Domain folders talk to each other only through their public index.ts.
const domains = ['assistant', 'channels', 'knowledge', 'callcenter', 'evals'];
const crossDomainDeepImports = (self) =>
  domains
    .filter((d) => d !== self)
    .map((d) => ({ group: [`**/${d}/*/**`, `!**/${d}/index.ts`, `!**/${d}/**/tables.ts`], message: `Import ${d}/ only through ${d}/index.ts.` }));

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'out/', 'test-artifacts/', '**/*.bundle.js', 'channels/web/public/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...domains.map((d) => ({
    files: [`${d}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: crossDomainDeepImports(d) }] },
  })),
  {
    // The assistant declares ports; it never imports knowledge, callcenter or channels.
    files: ['assistant/**/*.ts'],
    // Tests and their fixtures wire the real adapters; only production code is held to the ports.
    ignores: ['assistant/**/*.test.ts', 'assistant/**/*.fixture.ts'],
    rules: {
      'no-restricted-imports': 'off',
      // The procedure model is shared vocabulary: type-only imports of knowledge/index.ts are allowed.
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['**/knowledge/**', '!**/knowledge/index.ts'], message: 'The assistant depends on its ports, not on knowledge internals.' },
        { group: ['**/knowledge/index.ts'], allowTypeImports: true, message: 'Only types from knowledge/index.ts.' },
        { group: ['**/callcenter/**', '**/channels/**'], message: 'The assistant depends on its ports, not on other domains.' },
      ] }],
    },
  },
  {
    files: ['channels/**/*.ts'],
    ignores: ['channels/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/knowledge/**', '**/callcenter/**', '**/platform/db/**'], message: 'A channel knows only channels/types.ts and the assistant public API.' },
      ] }],
    },
  },
);
