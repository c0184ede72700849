import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { MessageSquare } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { renameStage } from '../../../src/commands';
import { useEditor } from '../../state/editorStore';
import { InlineName } from '../../ui/InlineName';
import type { StageHeaderData } from '../layout';

function StageHeaderNodeView({ data }: NodeProps<Node<StageHeaderData, 'stageHeader'>>) {
  const { t } = useTranslation();
  const { stage, index, touchpoints, openNotes } = data;
  const selected = useEditor((s) => s.selection.kind === 'stage' && s.selection.id === stage.id);
  return (
    <div
      className={`stage-header${selected ? ' is-selected' : ''}`}
      style={{ ['--stage' as string]: stage.color }}
    >
      <span className="stage-number" aria-hidden="true">
        {index + 1}
      </span>
      <InlineName
        value={stage.name}
        label={t('stage.name')}
        onRename={(name) => useEditor.getState().dispatch(renameStage(stage.id, name))}
      />
      <span className="stage-meta">
        {t('stage.touchpointCount', { count: touchpoints })}
        {openNotes > 0 && (
          <span className="marker-notes" aria-label={t('notes.open', { count: openNotes })}>
            <MessageSquare size={12} aria-hidden="true" /> {openNotes}
          </span>
        )}
      </span>
    </div>
  );
}

export const StageHeaderNode = memo(StageHeaderNodeView);
