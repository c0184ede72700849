import { useTranslation } from 'react-i18next';
import { resolveConflict } from '../../src/commands';
import type { MergeConflict } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { Modal } from '../ui/Modal';

const label = (version: Record<string, unknown>) => String(version.title ?? version.name ?? '');

function describe(version: Record<string, unknown>): string {
  const parts = Object.entries(version)
    .filter(
      ([key, value]) =>
        !['id', 'updatedAt', 'order'].includes(key) && typeof value !== 'object' && value !== '',
    )
    .map(([key, value]) => `${key}: ${String(value)}`);
  return parts.join(' · ');
}

/** The items changed on both sides of a merge: see both versions, keep one. Each choice is undoable. */
export function ConflictsDialog({ conflicts, onClose }: { conflicts: MergeConflict[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('merge.conflictsTitle')} wide>
      <p className="muted">{t('merge.conflictsIntro')}</p>
      <ul className="conflicts">
        {conflicts.map((c) => (
          <li key={c.id}>
            <h4>{label(c.mine) || label(c.theirs)}</h4>
            {(['mine', 'theirs'] as const).map((side) => (
              <div key={side} className="conflict-side">
                <p className="small">
                  {describe(c[side])}
                  {c.kept === side && <span className="badge">{t('merge.kept')}</span>}
                </p>
                <button
                  type="button"
                  className="btn"
                  aria-label={`${t(`merge.${side}`)}: ${label(c[side])}`}
                  onClick={() => {
                    useEditor.getState().dispatch(resolveConflict(c.id, side));
                    if (conflicts.length === 1) onClose();
                  }}
                >
                  {t(`merge.${side}`)}
                </button>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
