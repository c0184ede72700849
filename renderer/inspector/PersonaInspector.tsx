import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { movePersona, updatePersona } from '../../src/commands';
import type { Journey, Persona } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { Avatar } from '../ui/Avatar';
import { AnnotationsList } from './AnnotationsList';
import { DeleteWithImpact } from './DeleteWithImpact';
import { ColorField, TextField } from './fields';

const AVATAR_BYTES = 200_000;

export function PersonaInspector({ journey, persona }: { journey: Journey; persona: Persona }) {
  const { t } = useTranslation();
  const id = persona.id;
  const index = journey.personas.findIndex((p) => p.id === id);
  const text = (field: 'summary' | 'goals' | 'needs' | 'frustrations' | 'quote') => (
    <TextField
      label={t(`persona.${field}`)}
      value={persona[field]}
      multiline
      command={(value) => updatePersona(id, { [field]: value })}
    />
  );
  return (
    <div>
      <h2>{t('inspector.persona')}</h2>
      <div className="persona-avatar-row">
        <Avatar avatar={persona.avatar} name={persona.name} size={56} />
        <div className="field">
          <TextField
            label={t('persona.avatar')}
            value={persona.avatar.startsWith('data:') ? '' : persona.avatar}
            maxLength={16}
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
      <TextField
        label={t('persona.name')}
        value={persona.name}
        command={(name) => updatePersona(id, { name })}
      />
      <TextField
        label={t('persona.role')}
        value={persona.role}
        placeholder={t('persona.rolePlaceholder')}
        command={(role) => updatePersona(id, { role })}
      />
      {text('summary')}
      {text('goals')}
      {text('needs')}
      {text('frustrations')}
      {text('quote')}
      <ColorField
        label={t('common.colour')}
        value={persona.color}
        command={(color) => updatePersona(id, { color })}
      />
      <div className="row">
        <button
          type="button"
          className="btn"
          disabled={index === 0}
          onClick={() => useEditor.getState().dispatch(movePersona(id, index - 1))}
        >
          <ArrowUp size={16} /> {t('persona.moveUp')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={index === journey.personas.length - 1}
          onClick={() => useEditor.getState().dispatch(movePersona(id, index + 1))}
        >
          <ArrowDown size={16} /> {t('persona.moveDown')}
        </button>
      </div>
      <AnnotationsList targetType="persona" targetId={id} />
      <DeleteWithImpact journey={journey} axis="personas" id={id} name={persona.name} />
    </div>
  );
}
