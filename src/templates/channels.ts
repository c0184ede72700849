import type { Channel, ChannelKind, Language } from '../model';

interface ChannelPreset {
  key: string;
  kind: ChannelKind;
  color: string;
  name: Record<Language, string>;
}

/** The channels a new journey starts with; colours chosen to stay apart for colour-blind viewers. */
export const DEFAULT_CHANNELS: ChannelPreset[] = [
  { key: 'web', kind: 'web', color: '#0072b2', name: { en: 'Web', es: 'Web' } },
  { key: 'email', kind: 'email', color: '#7c3aed', name: { en: 'Email', es: 'Correo electrónico' } },
  { key: 'phone', kind: 'phone', color: '#0f766e', name: { en: 'Phone', es: 'Teléfono' } },
  { key: 'store', kind: 'in-person', color: '#b45309', name: { en: 'Store', es: 'Tienda' } },
  { key: 'social', kind: 'social', color: '#be185d', name: { en: 'Social media', es: 'Redes sociales' } },
  { key: 'app', kind: 'app', color: '#4d7c0f', name: { en: 'App', es: 'App' } },
];

export function defaultChannels(language: Language, now: string, makeId: () => string): Map<string, Channel> {
  return new Map(
    DEFAULT_CHANNELS.map((preset) => [
      preset.key,
      {
        id: makeId(),
        name: preset.name[language],
        kind: preset.kind,
        color: preset.color,
        icon: preset.kind,
        updatedAt: now,
      },
    ]),
  );
}
