import { useDeferredValue, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Copy, FolderOpen, Pencil, Plus, RotateCcw, Search, Settings, Trash2 } from 'lucide-react';
import { perform } from '../actions/registry';
import { LIMITS } from '../../src/model';
import type { JourneySketch } from '../../src/storage';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DialogActions } from '../ui/DialogActions';
import { Field } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { Thumbnail } from './Thumbnail';
import { openDialog } from '../state/dialogStore';
import { IconButton } from '../ui/IconButton';

export interface LibraryEntry {
  journey: JourneySketch;
  updatedAt: string;
}

export interface LibraryHandlers {
  open(id: string): void;
  duplicate(id: string, title: string): void;
  rename(id: string, title: string): void;
  trash(id: string): void;
  restore(id: string): void;
  deleteForever(id: string): void;
  emptyTrash(): void;
}

function RenameDialog({
  entry,
  onRename,
  onClose,
}: {
  entry: LibraryEntry;
  onRename: (title: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(entry.journey.title);
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('library.renameTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) onRename(title.trim());
          onClose();
        }}
      >
        <Field label={t('journey.title')}>
          <input
            autoFocus
            value={title}
            maxLength={LIMITS.shortText}
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <DialogActions label={t('common.rename')} onCancel={onClose} />
      </form>
    </Modal>
  );
}

/** Every scenario's touchpoints, said to be so when there are several (the editor shows one at a time). */
function touchpointCount(t: TFunction, journey: JourneySketch): string {
  const touchpoints = t('stage.touchpointCount', { count: journey.touchpoints.length });
  const scenarios = journey.scenarios.length;
  return scenarios > 1 ? t('library.inScenarios', { touchpoints, count: scenarios }) : touchpoints;
}

function JourneyCard({
  entry,
  trashed,
  handlers,
  onRename,
}: {
  entry: LibraryEntry;
  trashed: boolean;
  handlers: LibraryHandlers;
  onRename: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { journey } = entry;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(entry.updatedAt),
  );
  return (
    <li className="journey-card">
      <button
        type="button"
        className="journey-card-open"
        aria-label={t('library.open', { title: journey.title })}
        disabled={trashed}
        onClick={() => handlers.open(journey.id)}
      >
        <Thumbnail journey={journey} />
      </button>
      <div className="journey-card-body">
        <h3 className="journey-card-title">{journey.title}</h3>
        <p className="muted small">{t('library.updated', { when })}</p>
        <p className="muted small">
          {t('library.counts', {
            stages: t('library.stageCount', { count: journey.stages.length }),
            personas: t('library.personaCount', { count: journey.personas.length }),
            touchpoints: touchpointCount(t, journey),
          })}
        </p>
      </div>
      <div
        className="journey-card-actions"
        role="group"
        aria-label={t('library.actionsFor', { title: journey.title })}
      >
        {trashed ? (
          <>
            <button type="button" className="btn" onClick={() => handlers.restore(journey.id)}>
              <RotateCcw size={15} /> {t('library.restore')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => handlers.deleteForever(journey.id)}
            >
              <Trash2 size={15} /> {t('library.deleteForever')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="btn"
              onClick={() =>
                handlers.duplicate(journey.id, t('library.duplicateOf', { title: journey.title }))
              }
            >
              <Copy size={15} /> {t('library.duplicate')}
            </button>
            <button type="button" className="btn" onClick={onRename}>
              <Pencil size={15} /> {t('library.rename')}
            </button>
            <button type="button" className="btn btn-danger" onClick={() => handlers.trash(journey.id)}>
              <Trash2 size={15} /> {t('library.trash')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}

export function LibraryScreen({
  entries,
  trash,
  handlers,
}: {
  entries: LibraryEntry[];
  trash: LibraryEntry[];
  handlers: LibraryHandlers;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [showTrash, setShowTrash] = useState(false);
  const [renaming, setRenaming] = useState<LibraryEntry | null>(null);
  const deferredQuery = useDeferredValue(query.trim().toLocaleLowerCase());
  const shown = (showTrash ? trash : entries).filter((e) =>
    e.journey.title.toLocaleLowerCase().includes(deferredQuery),
  );
  return (
    <div className="app library">
      <header className="topbar">
        <h1 className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <path
              d="M3 22 C9 6, 13 6, 16 16 S 24 28, 29 9"
              fill="none"
              stroke="var(--accent)"
              strokeWidth="4"
              strokeLinecap="round"
            />
          </svg>
          {t('app.name')}
        </h1>
        <span className="spacer" />
        <label className="search">
          <Search size={16} aria-hidden="true" />
          <input
            type="search"
            aria-label={t('library.search')}
            placeholder={t('library.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="btn"
          aria-pressed={showTrash}
          onClick={() => setShowTrash((v) => !v)}
        >
          <Trash2 size={16} /> {t('library.trashView')} ({trash.length})
        </button>
        <IconButton label={t('settings.title')} onClick={() => perform('settings')}>
          <Settings size={17} />
        </IconButton>
        <button type="button" className="btn" onClick={() => perform('openFile')}>
          <FolderOpen size={16} /> {t('import.open')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => openDialog({ kind: 'mermaid', direction: 'import' })}
        >
          {t('mermaid.importOpen')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => perform('newJourney')}>
          <Plus size={16} /> {t('library.newJourney')}
        </button>
      </header>
      <main className="library-main">
        <div className="library-heading">
          <h2>{showTrash ? t('library.trashView') : t('library.title')}</h2>
          {showTrash && trash.length > 0 && (
            <ConfirmButton
              label={t('library.emptyTrash')}
              icon={<Trash2 size={15} />}
              title={t('library.emptyTrash')}
              message={t('library.emptyTrashConfirm', { count: trash.length })}
              confirm={t('library.deleteForever')}
              onConfirm={handlers.emptyTrash}
            />
          )}
        </div>
        {shown.length === 0 ? (
          <p className="muted">
            {deferredQuery
              ? t('library.noMatch', { query })
              : showTrash
                ? t('library.trashEmpty')
                : t('library.empty')}
          </p>
        ) : (
          <ul className="journey-grid" aria-label={showTrash ? t('library.trashView') : t('library.title')}>
            {shown.map((entry) => (
              <JourneyCard
                key={entry.journey.id}
                entry={entry}
                trashed={showTrash}
                handlers={handlers}
                onRename={() => setRenaming(entry)}
              />
            ))}
          </ul>
        )}
      </main>
      {renaming && (
        <RenameDialog
          entry={renaming}
          onRename={(title) => handlers.rename(renaming.journey.id, title)}
          onClose={() => setRenaming(null)}
        />
      )}
    </div>
  );
}
