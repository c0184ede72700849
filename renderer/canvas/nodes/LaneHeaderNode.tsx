import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { renamePersona } from '../../../src/commands';
import { NO_CHANNEL_COLOR } from '../../../src/model';
import { useEditor } from '../../state/editorStore';
import { Avatar } from '../../ui/Avatar';
import { ChannelIcon } from '../../ui/channelIcon';
import { InlineName } from '../../ui/InlineName';
import type { LaneHeaderData } from '../layout';

function LaneHeaderNodeView({ data }: NodeProps<Node<LaneHeaderData, 'laneHeader'>>) {
  const { t } = useTranslation();
  const { lane, touchpoints } = data;
  const selected = useEditor((s) => s.selection.kind === 'persona' && s.selection.id === lane.id);
  if (lane.kind === 'channel') {
    return (
      <div
        className="lane-header lane-channel"
        style={{ ['--lane' as string]: lane.channel?.color ?? NO_CHANNEL_COLOR }}
      >
        <span className="lane-avatar">
          {lane.channel && <ChannelIcon channel={lane.channel} size={22} />}
        </span>
        <span className="lane-name">{lane.channel?.name ?? t('channel.none')}</span>
        <span className="lane-meta">{t('stage.touchpointCount', { count: touchpoints })}</span>
      </div>
    );
  }
  const { persona } = lane;
  return (
    <div
      className={`lane-header${selected ? ' is-selected' : ''}`}
      style={{ ['--lane' as string]: persona.color }}
    >
      <Avatar avatar={persona.avatar} name={persona.name} size={52} />
      <InlineName
        value={persona.name}
        label={t('persona.name')}
        onRename={(name) => useEditor.getState().dispatch(renamePersona(persona.id, name))}
      />
      {persona.role && <span className="lane-role">{persona.role}</span>}
      <span className="lane-meta">{t('stage.touchpointCount', { count: touchpoints })}</span>
      <span className="lane-scale" aria-hidden="true">
        <span>+3</span>
        <span>0</span>
        <span>−3</span>
      </span>
    </div>
  );
}

export const LaneHeaderNode = memo(LaneHeaderNodeView);
