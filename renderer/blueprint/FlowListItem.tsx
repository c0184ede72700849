import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import { clearBlueprintField, deleteBlueprintEntry, updateBlueprintEntry } from '../../src/commands';
import type { Branch, Loop } from '../../src/model';
import { TextField } from '../inspector/fields';
import { useEditor } from '../state/editorStore';
import { ShareField, shareOf } from './fields';

/**
 * A loop or branch in a list: its name, its delete button, and its label and share edited in place (each
 * keystroke a command, one undo step per field, leaving it ends the step; an emptied share is cleared, not zero).
 */
export function FlowListItem({
  list,
  entry,
  name,
}: {
  list: 'loops' | 'branches';
  entry: Loop | Branch;
  /** A loop's name ("Loyalty → Consideration") or the title a branch leads to: it names the fields. */
  name: string;
}) {
  const { t } = useTranslation();
  const deleteLabel = t(list === 'loops' ? 'blueprint.deleteLoop' : 'blueprint.deleteBranch', { name });
  const shown = list === 'branches' ? `→ ${name}` : name;
  const editor = useEditor.getState;
  return (
    <li className="blueprint-flow">
      <span>{shown}</span>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={deleteLabel}
        onClick={() => editor().dispatch(deleteBlueprintEntry(list, entry.id))}
      >
        <Trash2 size={16} />
      </button>
      <TextField
        label={t('blueprint.labelOf', { name: shown })}
        value={entry.label}
        command={(label) => updateBlueprintEntry(list, entry.id, { label })}
      />
      <ShareField
        label={t('blueprint.shareOf', { name: shown })}
        value={entry.share === undefined ? '' : String(entry.share)}
        onChange={(typed) => {
          const { share } = shareOf(typed);
          editor().dispatch(
            share === undefined || Number.isNaN(share)
              ? clearBlueprintField(list, entry.id, 'share')
              : updateBlueprintEntry(list, entry.id, { share }),
          );
        }}
        onBlur={() => editor().seal()}
      />
    </li>
  );
}
