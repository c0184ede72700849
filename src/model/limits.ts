/** Sane upper bounds for anything read from outside (files, CSV, IPC). */
export const LIMITS = {
  id: 64,
  shortText: 300,
  longText: 20_000,
  color: 32,
  avatar: 400_000, // an emoji or a small data: URL image
  scenarios: 20,
  stages: 200,
  personas: 200,
  channels: 200,
  touchpoints: 20_000,
  annotations: 50_000,
  replies: 500,
  listItems: 200,
  fileBytes: 50 * 1024 * 1024,
} as const;
