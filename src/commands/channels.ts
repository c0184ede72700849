import type { Channel } from '../model';
import { assignChanged, editKey, find, remove, type Command } from './command';

export function addChannel(channel: Omit<Channel, 'updatedAt'>): Command {
  return {
    type: 'add-channel',
    createdIds: [channel.id],
    apply(draft, { now }) {
      draft.channels.push({ ...channel, updatedAt: now });
    },
  };
}

export function updateChannel(id: string, patch: Partial<Omit<Channel, 'id' | 'updatedAt'>>): Command {
  return {
    type: 'update-channel',
    coalesceKey: editKey('channel', id, patch),
    apply(draft, { now }) {
      const channel = find(draft.channels, id, 'channel');
      assignChanged(channel, patch, now);
    },
  };
}

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
