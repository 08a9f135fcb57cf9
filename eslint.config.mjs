// One lint setup for the whole repository (type-aware typescript-eslint, React hooks rules).
import reactHooks from 'eslint-plugin-react-hooks';
import tandem from './tools/eslint-boundaries.mjs';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', '.data/**', 'test/artifacts/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each file is checked with the nearest tsconfig.json that includes it (root, addin/,
        // manifest/, scripts/, test/bench/); TypeScript walks up to an ancestor config for files a
        // nearer one excludes (the bench tests belong to the root config).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Off on purpose: fakes and adapters implement Promise-returning ports with `async` so that
      // a throw becomes a rejection, as in the real adapter; an `await` adds nothing there.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['addin/**/*.ts', 'addin/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },

  {
    // Features, kernel and platform stay apart (tools/eslint-boundaries.mjs).
    files: [
      'functions/src/**/*.ts',
      'shared/src/**/*.ts',
      'addin/src/**/*.ts',
      'addin/src/**/*.tsx',
    ],
    plugins: { tandem },
    rules: { 'tandem/boundaries': 'error' },
  },
  {
    // JS config files are not part of any TypeScript project.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
