import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describeConflict,
  differingSpan,
  keepBothVersions,
  resolveConflict,
  type ConflictValue,
} from '../../src/commands';
import { fieldLabel, valueWords } from './conflictWords';
import { newId, type Journey, type MergeConflict } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { useSettings } from '../state/settingsStore';
import { ColumnHeaders } from '../ui/ColumnHeaders';
import { Modal } from '../ui/Modal';

type Side = 'mine' | 'theirs';

/** One side's value, with what differs from the other side marked. */
function Value({ value, other }: { value: ConflictValue; other: ConflictValue }) {
  const { t } = useTranslation();
  const words = valueWords(t, value);
  if (!words) return <span className="muted">{t('merge.empty')}</span>;
  if (value.kind === 'picture')
    return <img className="conflict-picture" src={value.src} alt={words} width={32} height={32} />;
  const { head, tail } = differingSpan(words, valueWords(t, other));
  return (
    <>
      {value.kind === 'colour' && (
        <span className="swatch conflict-swatch" style={{ background: value.hex }} />
      )}
      {words.slice(0, head)}
      <mark>{words.slice(head, words.length - tail)}</mark>
      {words.slice(words.length - tail)}
    </>
  );
}

function ConflictItem({
  journey,
  conflict,
  onResolved,
}: {
  journey: Journey;
  conflict: MergeConflict;
  onResolved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useSettings((s) => s.author);
  const about = describeConflict(journey, conflict);
  const when = (iso: string | undefined) =>
    iso
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(iso),
        )
      : '';
  const sides: { side: Side; title: string; who: string; at?: string }[] = [
    { side: 'mine', title: t('merge.mineSide'), who: me, at: about.mineAt },
    { side: 'theirs', title: t('merge.theirsSide'), who: conflict.theirsFrom ?? '', at: about.theirsAt },
  ];
  const heading = t('merge.heading', {
    item: t(`merge.item.${about.itemType}`),
    name: about.name || t('touchpoint.untitled'),
  });
  return (
    <li>
      <h3>
        {heading}
        {about.place.length > 0 && <span className="muted small"> · {about.place.join(' · ')}</span>}
      </h3>
      <table className="conflict-table" aria-label={heading}>
        <ColumnHeaders
          columns={[
            t('merge.field'),
            ...sides.map(({ side, title, who, at }) => (
              <Fragment key={side}>
                {title}
                {conflict.kept === side && <span className="badge">{t('merge.kept')}</span>}
                <span className="conflict-who small">
                  {[who, at && t('merge.changedAt', { when: when(at) })].filter(Boolean).join(' · ')}
                </span>
              </Fragment>
            )),
          ]}
        />
        <tbody>
          {about.fields.map((field) => (
            <tr key={field.key}>
              <th scope="row">{fieldLabel(t, about.itemType, field.key)}</th>
              <td>
                <Value value={field.mine} other={field.theirs} />
              </td>
              <td>
                <Value value={field.theirs} other={field.mine} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>
              {about.itemType === 'touchpoint' && (
                <button
                  type="button"
                  className="btn"
                  aria-label={t('merge.bothOf', { name: about.name })}
                  onClick={() => {
                    const other = conflict[conflict.kept === 'mine' ? 'theirs' : 'mine'];
                    const title = t('library.duplicateOf', { title: String(other.title ?? '') });
                    useEditor.getState().dispatch(keepBothVersions(conflict.id, { id: newId(), title }));
                    onResolved();
                  }}
                >
                  {t('merge.both')}
                </button>
              )}
            </td>
            {sides.map(({ side }) => (
              <td key={side}>
                <button
                  type="button"
                  className="btn"
                  aria-label={t(`merge.${side}Of`, { name: about.name })}
                  onClick={() => {
                    useEditor.getState().dispatch(resolveConflict(conflict.id, side));
                    onResolved();
                  }}
                >
                  {t(`merge.${side}`)}
                </button>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </li>
  );
}

/** The items changed on both sides of a merge: what differs, whose is whose, keep one. Each choice is undoable. */
export function ConflictsDialog({ conflicts, onClose }: { conflicts: MergeConflict[]; onClose: () => void }) {
  const { t } = useTranslation();
  const journey = useEditor((s) => s.journey);
  if (!journey) return null;
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('merge.conflictsTitle')} wide>
      <p className="muted">{t('merge.conflictsIntro')}</p>
      <ul className="conflicts">
        {conflicts.map((c) => (
          <ConflictItem
            key={c.id}
            journey={journey}
            conflict={c}
            onResolved={() => conflicts.length === 1 && onClose()}
          />
        ))}
      </ul>
    </Modal>
  );
}
