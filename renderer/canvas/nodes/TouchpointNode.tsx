import { memo } from 'react';
import type { NodeProps, Node } from '@xyflow/react';
import { MessageSquare, Star, TriangleAlert } from 'lucide-react';
import { valenceOf } from '../../../src/model';
import { updateTouchpoint } from '../../../src/commands';
import { useEditor } from '../../state/editorStore';
import { useUi } from '../../state/uiStore';
import { ChannelIcon } from '../../ui/channelIcon';
import { NameInput } from '../../ui/NameInput';
import { EmotionFace, VALENCE_COLOR } from '../../ui/emotion';
import { useCardContext, useCardDetail } from '../cardContext';
import type { TouchpointCardData } from '../layout';
import { CardBadges } from '../../metrics/CardBadges';
import type { CardBadge } from '../../metrics/measuresView';
import { linkDroppedResearch, RESEARCH_DRAG_TYPE } from '../../research/researchDrag';

function TitleEditor({ id, initial }: { id: string; initial: string }) {
  const { t } = useCardContext();
  return (
    <NameInput
      initial={initial}
      label={t('touchpoint.title')}
      className="card-title-input"
      selectAll
      onRename={(title) =>
        useEditor.getState().dispatch(updateTouchpoint(id, { title }), { amend: useUi.getState().editingNew })
      }
      onDone={() => {
        useEditor.getState().seal();
        useUi.getState().setEditing(null);
      }}
    />
  );
}

const NO_BADGES: readonly CardBadge[] = [];

function TouchpointNodeView({
  data,
  selected,
  positionAbsoluteX,
  positionAbsoluteY,
}: NodeProps<Node<TouchpointCardData, 'touchpoint'>>) {
  const { t } = useCardContext();
  // Level of detail: zoomed out, icons and chips are too small to read and cost most of the paint time.
  const detailed = useCardDetail(positionAbsoluteX, positionAbsoluteY);
  const { touchpoint, channels, color, openNotes, openPainPoints, dimmed, badges, evidence } = data;
  const editing = useUi((s) => s.editingId === touchpoint.id);
  const valence = valenceOf(touchpoint.emotion);
  const title = editing ? (
    <TitleEditor id={touchpoint.id} initial={touchpoint.title} />
  ) : (
    <span className="card-title">{touchpoint.title || t('touchpoint.untitled')}</span>
  );
  return (
    <div
      className={`card card-${valence}${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}${detailed ? '' : ' is-light'}`}
      style={{ borderTopColor: color, ['--valence' as string]: VALENCE_COLOR[valence] }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        useUi.getState().setEditing(touchpoint.id);
      }}
      onDragOver={(e) => e.dataTransfer.types.includes(RESEARCH_DRAG_TYPE) && e.preventDefault()}
      onDrop={(e) => linkDroppedResearch(e, touchpoint.id)}
    >
      {!detailed && title}
      {detailed && (
        <div className="card-head">
          <EmotionFace score={touchpoint.emotion} label={t(`emotion.score.${touchpoint.emotion}`)} />
          {title}
        </div>
      )}
      {detailed && (
        <div className="card-foot">
          <ul className="chips" aria-label={t('touchpoint.channels')}>
            {channels.slice(0, 3).map((c) => (
              <li key={c.id} className="chip" style={{ ['--chip' as string]: c.color }} title={c.name}>
                <ChannelIcon channel={c} />
                <span>{c.name}</span>
              </li>
            ))}
            {channels.length > 3 && <li className="chip chip-more">+{channels.length - 3}</li>}
          </ul>
          <span className="card-markers">
            {touchpoint.momentOfTruth && (
              <Star size={14} className="marker-mot" role="img" aria-label={t('touchpoint.momentOfTruth')} />
            )}
            {openPainPoints > 0 && (
              <span className="marker-pain" title={t('notes.painPoints', { count: openPainPoints })}>
                <TriangleAlert
                  size={14}
                  role="img"
                  aria-label={t('notes.painPoints', { count: openPainPoints })}
                />
              </span>
            )}
            {openNotes > 0 && (
              <span className="marker-notes" title={t('notes.open', { count: openNotes })}>
                <MessageSquare size={13} aria-hidden="true" />
                <span aria-label={t('notes.open', { count: openNotes })}>{openNotes}</span>
              </span>
            )}
          </span>
        </div>
      )}
      {detailed && evidence && (
        <CardBadges badges={badges.get(touchpoint.id) ?? NO_BADGES} evidence={evidence} />
      )}
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
