// The architecture as rules, checked by `npm run lint` (README: Architecture). Paths are from the repository root.
// Each layer may import its own layer and the layers below it, never one above; nothing may import in a circle.
// Type-only imports count: a type from a layer above ties the code to that layer as much as a value does.

/** renderer/ layer 1, foundation: widgets, words and the host adapter; they know nothing of maps being edited. */
const FOUNDATION = '^renderer/(ui|i18n|platform)/';
/** renderer/ layer 2, state: the stores and the open document's lifetime (session, saving, routes, tabs). */
const STATE = '^renderer/(state|documents)/';
/** renderer/ layer 4, shell: the editor screen that puts the features together, the app and its entry. */
const SHELL = '^renderer/(editor/|App\\.tsx$|Dialogs\\.tsx$|main\\.tsx$)';
/**
 * renderer/ layer 3, features: every other folder — canvas, inspector, actions, export, import, merge,
 * insights, notes, workshop, library, settings, interchange and any new feature folder — may use each other
 * (without circles) and the layers below.
 */
const FEATURES = '^renderer/[^/]+/';

/** Frameworks and libraries that need a DOM or a UI (package-name patterns): the core runs in Node too. */
const UI_LIBRARIES = [
  'react',
  'react-[^/]+',
  'i18next',
  '@xyflow/[^/]+',
  '@radix-ui/[^/]+',
  'zustand',
  'lucide-react',
  'electron',
  'html-to-image',
];
/** These npm packages (names or name patterns): their files as resolved, or their bare names if not installed. */
const npm = (names) => `^(node_modules/)?(${names.join('|')})(/|$)`;

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A circle of imports has no bottom: none of its modules can be read, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-framework-free',
      comment: 'src/ runs in Node, the browser and the CLI: it imports neither renderer/ nor electron/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(renderer|electron)/' },
    },
    {
      name: 'core-has-no-ui-libraries',
      comment: 'src/ is framework-free: no React, no stores, no DOM-only libraries, no Electron.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: npm(UI_LIBRARIES) },
    },
    {
      name: 'core-storage-alone-on-indexeddb',
      comment: 'dexie (IndexedDB) is src/storage/ own: the rest of the core works on plain journeys.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/storage/' },
      to: { path: npm(['dexie']) },
    },
    {
      name: 'core-node-only-in-cli',
      comment: "Node's own modules only in src/cli/: the rest of the core also runs in the browser.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'desktop-not-renderer',
      comment: 'electron/ (main process, preload) never imports the React app.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'renderer-only-shared-electron',
      comment: 'The renderer reaches the desktop only through the channels in electron/shared/.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/', pathNot: '^electron/shared/' },
    },
    {
      name: 'foundation-imports-foundation',
      comment: 'ui/, i18n/ and platform/ are used by everything, so they import only each other.',
      severity: 'error',
      from: { path: FOUNDATION },
      to: { path: '^renderer/', pathNot: FOUNDATION },
    },
    {
      name: 'state-below-features',
      comment: 'The stores and the document session import no feature and not the shell.',
      severity: 'error',
      from: { path: STATE },
      to: { path: '^renderer/', pathNot: [FOUNDATION, STATE] },
    },
    {
      name: 'features-below-shell',
      comment: 'A feature never imports the editor screen or the app: the shell hands it what it needs.',
      severity: 'error',
      from: { path: FEATURES, pathNot: [FOUNDATION, STATE, SHELL] },
      to: { path: SHELL },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.ts'] },
  },
};
