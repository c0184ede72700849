import { CHANNEL_KIND_COLORS, type Channel, type ChannelKind, type Language } from '../model';

interface ChannelPreset {
  key: string;
  kind: ChannelKind;
  name: Record<Language, string>;
}

/** The channels a new journey starts with, each in its kind's colour. */
export const DEFAULT_CHANNELS: ChannelPreset[] = [
  { key: 'web', kind: 'web', name: { en: 'Web', es: 'Web' } },
  { key: 'email', kind: 'email', name: { en: 'Email', es: 'Correo electrónico' } },
  { key: 'phone', kind: 'phone', name: { en: 'Phone', es: 'Teléfono' } },
  { key: 'store', kind: 'in-person', name: { en: 'Store', es: 'Tienda' } },
  { key: 'social', kind: 'social', name: { en: 'Social media', es: 'Redes sociales' } },
  { key: 'app', kind: 'app', name: { en: 'App', es: 'App' } },
];

export function defaultChannels(language: Language, now: string, makeId: () => string): Map<string, Channel> {
  return new Map(
    DEFAULT_CHANNELS.map((preset) => [
      preset.key,
      {
        id: makeId(),
        name: preset.name[language],
        kind: preset.kind,
        color: CHANNEL_KIND_COLORS[preset.kind],
        icon: preset.kind,
        updatedAt: now,
      },
    ]),
  );
}
