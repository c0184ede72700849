import { current, type Draft } from 'immer';
import { clampEmotion, type Cell, type Channel, type Journey, type Touchpoint } from '../model';
import { CommandError, find, updateItem, type Command } from './command';
import { cellOf, cellsOf, placeInCell, renumberCell } from './cells';
import { forgetMeasuresOf } from './metrics';

export type TouchpointFields = Pick<
  Touchpoint,
  'title' | 'description' | 'doing' | 'thinking' | 'feeling' | 'momentOfTruth'
>;

export interface NewTouchpoint extends Partial<Omit<Touchpoint, 'id' | 'order' | 'updatedAt'>> {
  id: string;
  scenarioId: string;
  personaId: string;
  stageId: string;
  title: string;
}

/** Refuse a cell whose scenario, persona or stage does not exist. */
export function requireCell(draft: Draft<Journey>, cell: Cell): void {
  find(draft.scenarios, cell.scenarioId, 'scenario');
  find(draft.personas, cell.personaId, 'persona');
  find(draft.stages, cell.stageId, 'stage');
}

/** Add a touchpoint to a cell, at `index` (default: the end). */
export function addTouchpoint(input: NewTouchpoint, index?: number): Command {
  return {
    type: 'add-touchpoint',
    apply(draft, { now }) {
      requireCell(draft, input);
      const touchpoint: Touchpoint = {
        description: '',
        channelIds: [],
        emotion: 0,
        doing: '',
        thinking: '',
        feeling: '',
        momentOfTruth: false,
        ...input,
        order: Number.MAX_SAFE_INTEGER,
        updatedAt: now,
      };
      draft.touchpoints.push(touchpoint);
      const added = draft.touchpoints[draft.touchpoints.length - 1]!;
      placeInCell(draft, [added], input, index ?? Number.MAX_SAFE_INTEGER, now);
    },
  };
}

/** Edit text fields; typing in one field of one touchpoint coalesces into one undo step. */
export const updateTouchpoint = (id: string, patch: Partial<TouchpointFields>): Command =>
  updateItem('touchpoint', (draft: Draft<Journey>) => draft.touchpoints, id, patch);

/**
 * Move touchpoints (kept in their current relative sequence) to a cell of their scenario, at
 * `index` among the cell's other touchpoints. Moving within a cell reorders it.
 */
export function moveTouchpoints(
  ids: readonly string[],
  personaId: string,
  stageId: string,
  index: number,
): Command {
  return {
    type: 'move-touchpoints',
    apply(draft, { now }) {
      const moving = ids.map((id) => find(draft.touchpoints, id, 'touchpoint'));
      const scenarios = new Set(moving.map((t) => t.scenarioId));
      if (scenarios.size !== 1) throw new CommandError('touchpoints move within one scenario');
      const cell = { scenarioId: moving[0]!.scenarioId, personaId, stageId };
      requireCell(draft, cell);
      placeInCell(draft, moving, cell, index, now);
    },
  };
}

export const moveTouchpoint = (id: string, personaId: string, stageId: string, index: number) =>
  moveTouchpoints([id], personaId, stageId, index);

/** Set how the persona feels at these touchpoints (-3..+3). */
export function setEmotion(ids: readonly string[], score: number): Command {
  const emotion = clampEmotion(score);
  return {
    type: 'set-emotion',
    coalesceKey: ids.length === 1 ? `touchpoint:${ids[0]}:emotion` : undefined,
    apply(draft, { now }) {
      for (const id of ids) {
        const touchpoint = find(draft.touchpoints, id, 'touchpoint');
        if (touchpoint.emotion !== emotion) {
          touchpoint.emotion = emotion;
          touchpoint.updatedAt = now;
        }
      }
    },
  };
}

export function setChannels(id: string, channelIds: readonly string[]): Command {
  return {
    type: 'set-channels',
    apply(draft, { now }) {
      const touchpoint = find(draft.touchpoints, id, 'touchpoint');
      for (const channelId of channelIds) find(draft.channels, channelId, 'channel');
      touchpoint.channelIds = [...new Set(channelIds)];
      touchpoint.updatedAt = now;
    },
  };
}

/** Delete touchpoints and the notes pinned to them. */
export function deleteTouchpoints(ids: readonly string[]): Command {
  return {
    type: 'delete-touchpoints',
    apply(draft) {
      const gone = new Set(ids);
      const deleted = draft.touchpoints.filter((t) => gone.has(t.id));
      if (deleted.length !== gone.size) throw new CommandError('some touchpoints to delete do not exist');
      const cells = cellsOf(deleted);
      draft.touchpoints = draft.touchpoints.filter((t) => !gone.has(t.id));
      draft.annotations = draft.annotations.filter(
        (a) => !(a.targetType === 'touchpoint' && gone.has(a.targetId)),
      );
      forgetMeasuresOf(draft, { touchpointIds: gone });
      for (const cell of cells) renumberCell(draft, cell);
    },
  };
}

/**
 * Copies of touchpoints, each placed right after its original; `createdIds[i]` is the copy
 * of `ids[i]`. Notes are not copied: they were about the original moment.
 */
export function duplicateTouchpoints(ids: readonly string[], makeId: () => string): Command {
  const newIds = ids.map(() => makeId());
  return {
    type: 'duplicate-touchpoints',
    createdIds: newIds,
    apply(draft, { now }) {
      ids.forEach((id, i) => {
        const original = find(draft.touchpoints, id, 'touchpoint');
        const cell = cellOf(draft, original);
        const copy: Touchpoint = { ...current(original), id: newIds[i]!, updatedAt: now };
        draft.touchpoints.push(copy);
        const added = draft.touchpoints[draft.touchpoints.length - 1]!;
        placeInCell(draft, [added], original, cell.indexOf(original) + 1, now);
      });
    },
  };
}

/** What the clipboard carries: touchpoints with their channels, so paste works between maps. */
export interface TouchpointClip {
  touchpoints: Touchpoint[];
  channels: Channel[];
}

/**
 * Paste clipped touchpoints into a cell. Channels are matched by id, then by name
 * (case-insensitive); missing ones are created.
 */
export function pasteTouchpoints(clip: TouchpointClip, cell: Cell, makeId: () => string): Command {
  const newIds = clip.touchpoints.map(() => makeId());
  const channelIds = clip.channels.map(() => makeId());
  return {
    type: 'paste-touchpoints',
    createdIds: newIds,
    apply(draft, { now }) {
      requireCell(draft, cell);
      const channelFor = new Map<string, string>();
      clip.channels.forEach((channel, i) => {
        const match =
          draft.channels.find((c) => c.id === channel.id) ??
          draft.channels.find((c) => c.name.trim().toLowerCase() === channel.name.trim().toLowerCase());
        if (match) {
          channelFor.set(channel.id, match.id);
        } else {
          draft.channels.push({ ...channel, id: channelIds[i]!, updatedAt: now });
          channelFor.set(channel.id, channelIds[i]!);
        }
      });
      const pasted = clip.touchpoints.map((t, i) => {
        draft.touchpoints.push({
          ...structuredClone(t),
          id: newIds[i]!,
          ...cell,
          order: Number.MAX_SAFE_INTEGER,
          channelIds: t.channelIds.flatMap((c) => channelFor.get(c) ?? []),
          updatedAt: now,
        });
        return draft.touchpoints[draft.touchpoints.length - 1]!;
      });
      placeInCell(draft, pasted, cell, Number.MAX_SAFE_INTEGER, now);
    },
  };
}
