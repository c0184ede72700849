import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelSection } from '../ui/PanelSection';
import { Plus, Trash2 } from 'lucide-react';
import { linkedOnce } from '../../src/analytics';
import { addChannel, deleteChannel, updateChannel } from '../../src/commands';
import { CHANNEL_KIND_COLORS, CHANNEL_KINDS, type Journey, LIMITS, newId } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { ChannelIcon } from '../ui/channelIcon';
import { Select } from '../ui/Select';

/** How many touchpoints use each channel (a touchpoint naming one twice is still one). */
function channelUses(touchpoints: Journey['touchpoints']): Map<string, number> {
  const uses = new Map<string, number>();
  for (const { channelIds } of touchpoints)
    for (const id of linkedOnce(channelIds)) uses.set(id, (uses.get(id) ?? 0) + 1);
  return uses;
}

/** Add, rename, recolour and delete the journey's channels. */
export function ChannelsEditor({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  // Counted once per list of touchpoints, not per channel and render: typing the journey's title on a map of
  // thousands of cards went over every card for each channel at each keystroke.
  const uses = useMemo(() => channelUses(journey.touchpoints), [journey.touchpoints]);
  const dispatch = (command: Parameters<ReturnType<typeof useEditor.getState>['dispatch']>[0]) =>
    useEditor.getState().dispatch(command);
  return (
    <PanelSection title={t('channel.title')}>
      <ul className="channel-list">
        {journey.channels.map((c) => {
          const used = uses.get(c.id) ?? 0;
          return (
            <li key={c.id}>
              <span className="channel-icon" style={{ color: c.color }}>
                <ChannelIcon channel={c} size={16} />
              </span>
              <input
                className="input"
                aria-label={t('channel.name')}
                value={c.name}
                maxLength={LIMITS.shortText}
                onChange={(e) => dispatch(updateChannel(c.id, { name: e.target.value }))}
                onBlur={() => useEditor.getState().seal()}
              />
              <Select
                className="input"
                aria-label={t('channel.kind')}
                value={c.kind}
                options={CHANNEL_KINDS.map((k) => [k, t(`channel.kinds.${k}`)] as const)}
                onChange={(kind) => {
                  // A colour never picked by hand follows the kind, as it does on every other map.
                  const color = c.color === CHANNEL_KIND_COLORS[c.kind] ? CHANNEL_KIND_COLORS[kind] : c.color;
                  dispatch(updateChannel(c.id, { kind, icon: kind, color }));
                }}
              />
              <input
                type="color"
                aria-label={t('channel.colour', { name: c.name })}
                value={c.color}
                onChange={(e) => dispatch(updateChannel(c.id, { color: e.target.value }))}
              />
              <button
                type="button"
                className="btn btn-icon btn-danger"
                aria-label={t('channel.delete', { name: c.name })}
                title={t('channel.usedBy', { count: used })}
                onClick={() => dispatch(deleteChannel(c.id))}
              >
                <Trash2 size={15} />
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="btn"
        onClick={() =>
          dispatch(
            addChannel({
              id: newId(),
              name: t('channel.new'),
              kind: 'other',
              color: CHANNEL_KIND_COLORS.other,
              icon: 'other',
            }),
          )
        }
      >
        <Plus size={16} /> {t('channel.add')}
      </button>
    </PanelSection>
  );
}
