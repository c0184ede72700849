import i18next from 'i18next';
import { addTouchpoint } from '../../src/commands';
import { newId } from '../../src/model';
import { useEditor } from '../state/editorStore';
import { getShownJourney } from '../state/shownJourney';
import { useUi } from '../state/uiStore';
import { emotionAtTop, GEOMETRY, indexAtLeft } from './geometry';
import type { Lane } from './layout';

/**
 * Add a touchpoint in a cell of the scenario on show and select it. In the channel view
 * the lane is a channel: the touchpoint goes to the selected (or first) persona, on that channel.
 */
export function addTouchpointInCell(
  lane: Lane,
  stageId: string,
  emotion: number,
  options: { index?: number; title?: string } = {},
): string | undefined {
  const { selection, dispatch, select } = useEditor.getState();
  const journey = getShownJourney();
  if (!journey) return undefined;
  const selectedPersona = selection.kind === 'persona' ? selection.id : undefined;
  const personaId = lane.kind === 'persona' ? lane.id : (selectedPersona ?? journey.personas[0]?.id);
  if (!personaId) return undefined;
  const channelIds = lane.kind === 'channel' && lane.channel ? [lane.channel.id] : [];
  const id = newId();
  const ok = dispatch(
    addTouchpoint(
      {
        id,
        scenarioId: journey.scenarios[0]!.id,
        personaId,
        stageId,
        title: options.title ?? i18next.t('touchpoint.new'),
        emotion,
        channelIds,
      },
      options.index,
    ),
  );
  if (!ok) return undefined;
  select({ kind: 'touchpoints', ids: [id] });
  // A new, untitled card opens its title for typing at once.
  if (options.title === undefined) useUi.getState().setEditing(id, true);
  return id;
}

/** The emotion and the place in a cell of a card centred on `point` (flow units; `cell`: the cell's top-left). */
export function placeInCell(
  point: { x: number; y: number },
  cell: { x: number; y: number },
): { emotion: number; index: number } {
  return {
    emotion: emotionAtTop(point.y - cell.y - GEOMETRY.cardHeight / 2),
    index: indexAtLeft(point.x - cell.x - GEOMETRY.cardWidth / 2),
  };
}
