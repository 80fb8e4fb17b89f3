// ESLint for the whole tree: TypeScript's recommended rules, React's hook rules in the renderer, and
// Växel's own: the import layers of docs/architecture.md, features that do not import each other,
// and no date arithmetic outside the shop calendar (shared/domain/calendar.ts).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import vaxel from './scripts/eslint-plugin-vaxel.mjs';

/** Day arithmetic that breaks at midnight or across a clock change: the calendar does it instead. */
const DATE_ARITHMETIC = [
  { selector: 'Literal[value=86400000]', message: 'A day is not always 86,400,000 ms: step days with shared/domain/calendar (addDays, shiftDays).' },
  { selector: "BinaryExpression[operator='*'][left.value=24][right.value=3600000]", message: 'A day is not always 24 hours: step days with shared/domain/calendar.' },
  {
    selector: "CallExpression[callee.property.name='slice'][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
    message: "toISOString().slice(0, 10) is the UTC date, not the shop's: use today()/dateOf() from shared/domain/calendar.",
  },
  {
    selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(setHours|setDate|setUTCHours|setUTCDate|getDay|getUTCDay|getDate|getUTCDate)$/]",
    message: "The browser's or the UTC calendar is not the shop's: use shared/domain/calendar.",
  },
];

/** Grouping that copies the group for every item is quadratic: shared/domain/groupBy instead. */
const COPY_APPEND = [
  {
    selector: "ArrayExpression > SpreadElement[argument.type='LogicalExpression'][argument.operator='??'][argument.left.type='CallExpression'][argument.left.callee.property.name='get']",
    message: 'map.set(k, [...(map.get(k) ?? []), x]) copies the group on every item (quadratic): use groupBy from shared/domain/groupBy, or push.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', '.scratch/**', '**/*.d.ts', 'scripts/**/*.mjs', 'eslint.config.mjs', 'vite.config.mts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { vaxel },
    rules: {
      'no-restricted-syntax': ['error', ...DATE_ARITHMETIC, ...COPY_APPEND],
      'vaxel/layering': 'error',
      'vaxel/features-apart': 'error',
      // unused names are a type-check concern here (tsc runs strict); `_`-names mark deliberate ones
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // the word lists' hundreds of patterns: a control character in one is a typo that never matches
    // (a "\b" once written as a backspace hid one). Elsewhere the search's snippet markers are
    // control characters on purpose.
    files: ['electron/services/suggest/**/*.ts'],
    rules: { 'no-control-regex': 'error' },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
