import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { movePersona, updatePersona } from '../../src/commands';
import { LIMITS, type Journey, type Persona } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { Avatar } from '../ui/Avatar';
import { AnnotationsList } from './AnnotationsList';
import { DeleteWithImpact } from './DeleteWithImpact';
import { ColorField, TextField } from './fields';
import { MoveButtons } from './MoveButtons';
import { useTextFields } from './useTextFields';

const AVATAR_BYTES = 200_000;

export function PersonaInspector({ journey, persona }: { journey: Journey; persona: Persona }) {
  const { t } = useTranslation();
  const id = persona.id;
  const index = journey.personas.findIndex((p) => p.id === id);
  const text = useTextFields('persona', persona, (patch) => updatePersona(id, patch));
  return (
    <div>
      <h2>{t('inspector.persona')}</h2>
      <div className="persona-avatar-row">
        <Avatar avatar={persona.avatar} name={persona.name} size={56} />
        <div className="field">
          <TextField
            label={t('persona.avatar')}
            value={persona.avatar.startsWith('data:') ? '' : persona.avatar}
            maxLength={LIMITS.typedAvatar}
            command={(avatar) => updatePersona(id, { avatar })}
          />
          <label className="btn">
            {t('persona.uploadImage')}
            <input
              type="file"
              accept="image/png,image/jpeg,image/webp"
              className="sr-only"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                if (file.size > AVATAR_BYTES) {
                  useEditor.setState({ error: t('persona.imageTooLarge') });
                  return;
                }
                const reader = new FileReader();
                reader.onload = () =>
                  useEditor.getState().dispatch(updatePersona(id, { avatar: String(reader.result) }));
                reader.readAsDataURL(file);
              }}
            />
          </label>
        </div>
      </div>
      {text('name')}
      {text('role', { placeholder: t('persona.rolePlaceholder') })}
      {text('summary', { multiline: true })}
      {text('goals', { multiline: true })}
      {text('needs', { multiline: true })}
      {text('frustrations', { multiline: true })}
      {text('quote', { multiline: true })}
      <ColorField
        label={t('common.colour')}
        value={persona.color}
        command={(color) => updatePersona(id, { color })}
      />
      <MoveButtons
        index={index}
        count={journey.personas.length}
        onMove={(to) => useEditor.getState().dispatch(movePersona(id, to))}
        back={
          <>
            <ArrowUp size={16} /> {t('persona.moveUp')}
          </>
        }
        forward={
          <>
            <ArrowDown size={16} /> {t('persona.moveDown')}
          </>
        }
      />
      <AnnotationsList targetType="persona" targetId={id} />
      <DeleteWithImpact journey={journey} axis="personas" id={id} name={persona.name} />
    </div>
  );
}
