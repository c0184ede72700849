import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { addScenario } from '../../src/commands';
import { type Journey, LIMITS, newId } from '../../src/model';
import { SCENARIO_PRESET_IDS, SCENARIO_PRESETS } from '../../src/templates';
import { CompareScenariosDialog } from './ScenarioComparison';
import { closeDialog, useDialog } from '../state/dialogStore';
import { useEditor } from '../state/editorStore';
import { showScenario } from '../state/shownJourney';
import { DialogActions } from '../ui/DialogActions';
import { CheckField, Field } from '../ui/Field';
import { Modal } from '../ui/Modal';

/** The first preset name (best case, worst case…) the journey does not use yet, else "Scenario N". */
function suggestedName(journey: Journey, t: TFunction): string {
  const used = new Set(journey.scenarios.map((s) => s.name));
  const preset = SCENARIO_PRESET_IDS.map((id) => SCENARIO_PRESETS[id].name[journey.language]).find(
    (name) => !used.has(name),
  );
  return preset ?? t('scenario.numbered', { number: journey.scenarios.length + 1 });
}

function NewScenarioDialog({
  journey,
  shownId,
  onClose,
}: {
  journey: Journey;
  shownId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => suggestedName(journey, t));
  const preset = SCENARIO_PRESET_IDS.find((id) => SCENARIO_PRESETS[id].name[journey.language] === name);
  const [description, setDescription] = useState(
    preset ? SCENARIO_PRESETS[preset].description[journey.language] : '',
  );
  const [copy, setCopy] = useState(true);
  const [withNotes, setWithNotes] = useState(true);
  const shownName = journey.scenarios.find((s) => s.id === shownId)?.name ?? '';
  const create = () => {
    const id = newId();
    const command = addScenario({ id, name: name.trim(), description }, copy ? shownId : null, newId, {
      withNotes,
    });
    if (useEditor.getState().dispatch(command)) {
      showScenario(id);
      onClose();
    }
  };
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t('scenario.addTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <Field label={t('scenario.name')}>
          <input
            className="input"
            value={name}
            maxLength={LIMITS.shortText}
            required
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field label={t('scenario.description')}>
          <textarea
            className="input"
            rows={2}
            value={description}
            maxLength={LIMITS.longText}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <fieldset className="field">
          <legend className="field-label">{t('scenario.startFrom')}</legend>
          <label className="check">
            <input type="radio" name="start" checked={copy} onChange={() => setCopy(true)} />
            {t('scenario.copyOf', { name: shownName })}
          </label>
          <CheckField
            label={t('scenario.withNotes')}
            checked={copy && withNotes}
            disabled={!copy}
            nested
            onChange={setWithNotes}
          />
          <label className="check">
            <input type="radio" name="start" checked={!copy} onChange={() => setCopy(false)} />
            {t('scenario.empty')}
          </label>
        </fieldset>
        <DialogActions label={t('scenario.create')} disabled={name.trim() === ''} onCancel={onClose} />
      </form>
    </Modal>
  );
}

/**
 * Which scenario the map shows; and the dialogs for a new one (from a copy of it) and for all of them
 * compared, which their actions open (the toolbar's "More" menu, the palette, the desktop menu).
 */
export function ScenarioBar({ journey, shownId }: { journey: Journey; shownId: string }) {
  const { t } = useTranslation();
  const dialog = useDialog((s) => s.dialog?.kind);
  return (
    <div className="toolbar-group" role="group" aria-label={t('scenario.group')}>
      <select
        className="input scenario-select"
        aria-label={t('scenario.shown')}
        value={shownId}
        onChange={(e) => showScenario(e.target.value)}
      >
        {journey.scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {dialog === 'newScenario' && (
        <NewScenarioDialog journey={journey} shownId={shownId} onClose={closeDialog} />
      )}
      {dialog === 'compareScenarios' && <CompareScenariosDialog journey={journey} onClose={closeDialog} />}
    </div>
  );
}
