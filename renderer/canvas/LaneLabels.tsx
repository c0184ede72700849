import { memo, type CSSProperties } from 'react';
import { useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NO_CHANNEL_COLOR } from '../../src/model';
import { Avatar } from '../ui/Avatar';
import { ChannelIcon } from '../ui/channelIcon';
import { customerLanes, type CustomerLane, type LanePlacement } from './layout';
import { laneLabelSpots, type LaneLabelSpot } from './laneLabelPlacement';

function LaneLabel({ lane, spot }: { lane: CustomerLane; spot: LaneLabelSpot }) {
  const { t } = useTranslation();
  const icon = spot.size === 'full' ? 48 : 30;
  const style = {
    '--lane': lane.kind === 'persona' ? lane.persona.color : (lane.channel?.color ?? NO_CHANNEL_COLOR),
    transform: `translateY(${spot.centre}px) translateY(-50%)`,
  } as CSSProperties;
  return (
    <div className={`lane-label is-${spot.size}`} style={style}>
      {lane.kind === 'persona' ? (
        <Avatar avatar={lane.persona.avatar} name={lane.persona.name} size={icon} />
      ) : (
        <span className="lane-label-icon" style={{ width: icon, height: icon }}>
          {lane.channel && <ChannelIcon channel={lane.channel} size={icon * 0.58} />}
        </span>
      )}
      <span className="lane-label-name">
        {lane.kind === 'persona' ? lane.persona.name : (lane.channel?.name ?? t('channel.none'))}
      </span>
    </div>
  );
}

/**
 * Each lane's name in a strip beside the canvas, level with its lane whatever the pan and zoom (workshop
 * mode, where the lane headers are off screen or small). Beside the map, not over it: no label covers a
 * card or a header, and exports leave it out. Hidden from assistive technology: it only repeats, for the
 * eye, the names the lane headers already carry.
 */
function LaneLabelsView({ lanes: all }: { lanes: readonly LanePlacement[] }) {
  const lanes = customerLanes(all);
  // Narrow subscriptions: a sideways pan changes none of these (no render). A zoom, or a step's animated
  // pan (it zooms out a little on the way), re-places a few labels per frame and touches no card.
  const y = useStore((s) => s.transform[1]);
  const zoom = useStore((s) => s.transform[2]);
  const height = useStore((s) => s.height);
  const spots = laneLabelSpots(lanes, { y, zoom, height });
  return (
    <div className="lane-labels" aria-hidden="true">
      {lanes.map((placement, i) => {
        const spot = spots[i];
        return spot && <LaneLabel key={placement.lane.id} lane={placement.lane} spot={spot} />;
      })}
    </div>
  );
}

export const LaneLabels = memo(LaneLabelsView);
