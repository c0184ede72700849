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
 * insights, scenarios, filters, snapshots, notes, workshop, library, settings, interchange and any new
 * feature folder — may use each other (without circles) and the layers below.
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

/** A rule every import must keep: `from` modules may not import `to` modules. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

export default {
  forbidden: [
    forbid(
      'no-circular',
      'A circle of imports has no bottom: none of its modules can be read, tested or moved alone.',
      {},
      { circular: true },
    ),
    forbid(
      'core-is-framework-free',
      'src/ runs in Node, the browser and the CLI: it imports neither renderer/ nor electron/.',
      { path: '^src/' },
      { path: '^(renderer|electron)/' },
    ),
    forbid(
      'core-has-no-ui-libraries',
      'src/ is framework-free: no React, no stores, no DOM-only libraries, no Electron.',
      { path: '^src/' },
      { path: npm(UI_LIBRARIES) },
    ),
    forbid(
      'core-storage-alone-on-indexeddb',
      'dexie (IndexedDB) is src/storage/ own: the rest of the core works on plain journeys.',
      { path: '^src/', pathNot: '^src/storage/' },
      { path: npm(['dexie']) },
    ),
    forbid(
      'core-node-only-in-cli',
      "Node's own modules only in src/cli/: the rest of the core also runs in the browser.",
      { path: '^src/', pathNot: '^src/cli/' },
      { dependencyTypes: ['core'] },
    ),
    forbid(
      'desktop-not-renderer',
      'electron/ (main process, preload) never imports the React app.',
      { path: '^electron/' },
      { path: '^renderer/' },
    ),
    forbid(
      'renderer-only-shared-electron',
      'The renderer reaches the desktop only through the channels in electron/shared/.',
      { path: '^renderer/' },
      { path: '^electron/', pathNot: '^electron/shared/' },
    ),
    forbid(
      'foundation-imports-foundation',
      'ui/, i18n/ and platform/ are used by everything, so they import only each other.',
      { path: FOUNDATION },
      { path: '^renderer/', pathNot: FOUNDATION },
    ),
    forbid(
      'state-below-features',
      'The stores and the document session import no feature and not the shell.',
      { path: STATE },
      { path: '^renderer/', pathNot: [FOUNDATION, STATE] },
    ),
    forbid(
      'features-below-shell',
      'A feature never imports the editor screen or the app: the shell hands it what it needs.',
      { path: FEATURES, pathNot: [FOUNDATION, STATE, SHELL] },
      { path: SHELL },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.ts'] },
  },
};
