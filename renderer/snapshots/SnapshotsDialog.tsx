import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replaceJourney } from '../../src/commands';
import type { SnapshotRecord } from '../../src/storage';
import { LIMITS } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { getLibrary, useSession } from '../state/session';
import { Field } from '../ui/Field';
import { Modal } from '../ui/Modal';

/** Named versions of the open map: save one, list them, restore one (undoably). */
export function SnapshotsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const journey = useEditor((s) => s.journey)!;
  const [snapshots, setSnapshots] = useState<SnapshotRecord[]>([]);
  const format = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const [name, setName] = useState(() =>
    t('snapshots.defaultName', { date: format(new Date().toISOString()) }),
  );
  const reload = useCallback(() => getLibrary().listSnapshots(journey.id).then(setSnapshots), [journey.id]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('snapshots.title')}>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void getLibrary()
            .saveSnapshot(journey.id, name.trim(), journey)
            .then(reload)
            .catch((error: Error) => useSession.setState({ notice: error.message }));
        }}
      >
        <Field label={t('snapshots.name')} className="grow">
          <input value={name} maxLength={LIMITS.shortText} onChange={(e) => setName(e.target.value)} />
        </Field>
        <button type="submit" className="btn btn-primary">
          {t('snapshots.save')}
        </button>
      </form>
      {snapshots.length === 0 ? (
        <p className="muted">{t('snapshots.empty')}</p>
      ) : (
        <ul className="snapshot-list" aria-label={t('snapshots.title')}>
          {snapshots.map((snapshot) => (
            <li key={snapshot.id}>
              <span>
                <strong>{snapshot.name}</strong>
                <span className="muted small"> · {format(snapshot.createdAt)}</span>
              </span>
              <button
                type="button"
                className="btn"
                aria-label={`${t('snapshots.restore')} ${snapshot.name}`}
                onClick={() => {
                  if (useEditor.getState().dispatch(replaceJourney(snapshot.journey))) {
                    useSession.setState({ notice: t('snapshots.restored', { name: snapshot.name }) });
                    onClose();
                  }
                }}
              >
                {t('snapshots.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
