import {
  CircleDot,
  Globe,
  Mail,
  Mailbox,
  Megaphone,
  MessageCircle,
  Phone,
  Share2,
  Smartphone,
  Store,
  type LucideIcon,
} from 'lucide-react';
import type { Channel, ChannelKind } from '../../src/model';

const ICONS: Record<ChannelKind, LucideIcon> = {
  web: Globe,
  email: Mail,
  phone: Phone,
  'in-person': Store,
  social: Share2,
  app: Smartphone,
  chat: MessageCircle,
  advertising: Megaphone,
  mail: Mailbox,
  other: CircleDot,
};

function isKind(value: string): value is ChannelKind {
  return value in ICONS;
}

/** A channel's icon: its own icon key if we know it, else its kind's. */
export function ChannelIcon({
  channel,
  size = 12,
}: {
  channel: Pick<Channel, 'icon' | 'kind'>;
  size?: number;
}) {
  const Icon = ICONS[isKind(channel.icon) ? channel.icon : channel.kind];
  return <Icon size={size} aria-hidden="true" strokeWidth={2.25} />;
}
