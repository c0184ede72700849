import { memo } from 'react';
import { useReactFlow, type Node, type NodeProps } from '@xyflow/react';
import { addTouchpointInCell, placeInCell } from '../addTouchpoint';
import { useCardContext } from '../cardContext';
import type { CellData } from '../layout';

/** One (lane, stage) cell: the emotion bands behind the cards, and double-click to add. */
function CellNodeView({ data, positionAbsoluteX, positionAbsoluteY }: NodeProps<Node<CellData, 'cell'>>) {
  const { t } = useCardContext();
  const flow = useReactFlow();
  const laneName =
    data.lane.kind === 'persona' ? data.lane.persona.name : (data.lane.channel?.name ?? t('channel.none'));
  return (
    <div
      className={`cell${data.empty ? ' is-empty' : ''}`}
      role="group"
      aria-label={t('canvas.cell', { lane: laneName, stage: data.stage.name })}
      onDoubleClick={(e) => {
        const point = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        const { emotion, index } = placeInCell(point, { x: positionAbsoluteX, y: positionAbsoluteY });
        addTouchpointInCell(data.lane, data.stage.id, emotion, { index });
      }}
    >
      {data.empty && <span className="cell-hint">{t('canvas.doubleClickToAdd')}</span>}
    </div>
  );
}

export const CellNode = memo(CellNodeView);
