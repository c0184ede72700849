import type { Draft } from 'immer';
import type { Channel, Journey } from '../model';
import { remove, updateItem, type Command } from './command';

export function addChannel(channel: Omit<Channel, 'updatedAt'>): Command {
  return {
    type: 'add-channel',
    createdIds: [channel.id],
    apply(draft, { now }) {
      draft.channels.push({ ...channel, updatedAt: now });
    },
  };
}

export const updateChannel = (id: string, patch: Partial<Omit<Channel, 'id' | 'updatedAt'>>): Command =>
  updateItem('channel', (draft: Draft<Journey>) => draft.channels, id, patch);

/** Delete a channel; touchpoints keep existing, without it. */
export function deleteChannel(id: string): Command {
  return {
    type: 'delete-channel',
    apply(draft, { now }) {
      remove(draft.channels, id, 'channel');
      for (const touchpoint of draft.touchpoints) {
        if (touchpoint.channelIds.includes(id)) {
          touchpoint.channelIds = touchpoint.channelIds.filter((c) => c !== id);
          touchpoint.updatedAt = now;
        }
      }
    },
  };
}
