import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor } from './editor/Editor';
import { LibraryScreen, type LibraryHandlers } from './library/LibraryScreen';
import {
  closeJourney,
  dismissNotice,
  libraryChange,
  openJourney,
  startSession,
  useSession,
} from './state/session';
import { useEditor } from './state/editorStore';
import { EditorMenuItems, EditorTools } from './editor/EditorTools';
import { Dialogs } from './Dialogs';
import { connectHost } from './actions/host';
import { useActionShortcuts } from './actions/useActionShortcuts';

const handlers: LibraryHandlers = {
  open: (id) => void openJourney(id),
  duplicate: (id, title) => void libraryChange((l) => l.duplicate(id, title)),
  rename: (id, title) => void libraryChange((l) => l.rename(id, title)),
  trash: (id) => void libraryChange((l) => l.trash(id)),
  restore: (id) => void libraryChange((l) => l.restore(id)),
  deleteForever: (id) => void libraryChange((l) => l.deleteForever(id)),
  emptyTrash: () => void libraryChange((l) => l.emptyTrash()),
};

function Notice() {
  const { t } = useTranslation();
  const notice = useSession((s) => s.notice);
  const commandError = useEditor((s) => s.error);
  const message = notice ?? commandError;
  if (!message) return null;
  return (
    <div className="notice" role="alert">
      <span>{message}</span>
      <button
        type="button"
        className="btn"
        onClick={() => {
          dismissNotice();
          useEditor.getState().clearError();
        }}
      >
        {t('common.dismiss')}
      </button>
    </div>
  );
}

export function App() {
  const ready = useSession((s) => s.ready);
  const screen = useSession((s) => s.screen);
  const entries = useSession((s) => s.entries);
  const trash = useSession((s) => s.trash);
  const hasJourney = useEditor((s) => s.journey !== null);
  useActionShortcuts();
  useEffect(() => {
    void startSession();
    return connectHost();
  }, []);
  if (!ready) return null;
  return (
    <>
      {screen === 'editor' && hasJourney ? (
        <Editor
          onBack={() => void closeJourney()}
          extraTools={<EditorTools />}
          extraMenu={<EditorMenuItems />}
        />
      ) : (
        <LibraryScreen entries={entries} trash={trash} handlers={handlers} />
      )}
      <Dialogs />
      <Notice />
    </>
  );
}
