import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      'dist-bench',
      'release',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Lengths come from the schema's limits (src/model/limits.ts), so a field never takes what a file refuses.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='maxLength'] > JSXExpressionContainer > Literal",
          message: 'Take the length from LIMITS (src/model/limits.ts), not a typed number.',
        },
      ],
    },
  },
);
