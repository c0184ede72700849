import { useTranslation } from 'react-i18next';
import { clearBlueprintField, updateBlueprintEntry } from '../../src/commands';
import type { Branch, Loop } from '../../src/model';
import { TextField } from '../inspector/fields';
import { useEditor } from '../state/editorStore';
import { ShareField, shareOf } from './fields';

/**
 * An existing loop's or branch's label and share, edited in place: each keystroke a command, one undo
 * step per field (leaving it ends the step); an emptied share is cleared, not zero.
 */
export function ShareLabelFields({
  list,
  entry,
  name,
}: {
  list: 'loops' | 'branches';
  entry: Loop | Branch;
  /** What the entry is called on the panel, e.g. "Loyalty → Consideration": it names the fields. */
  name: string;
}) {
  const { t } = useTranslation();
  const editor = useEditor.getState;
  return (
    <>
      <TextField
        label={t('blueprint.labelOf', { name })}
        value={entry.label}
        command={(label) => updateBlueprintEntry(list, entry.id, { label })}
      />
      <ShareField
        label={t('blueprint.shareOf', { name })}
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
    </>
  );
}
