/** Sane upper bounds for anything read from outside (files, CSV, IPC). */
export const LIMITS = {
  id: 64,
  shortText: 300,
  longText: 20_000,
  color: 32,
  avatar: 400_000, // an emoji or a small data: URL image
  /** What the avatar field takes when typed (an emoji or initials); pictures come through the file picker. */
  typedAvatar: 16,
  scenarios: 20,
  stages: 200,
  personas: 200,
  channels: 200,
  touchpoints: 20_000,
  annotations: 50_000,
  replies: 500,
  metrics: 100,
  metricValues: 200_000,
  researchNotes: 50_000,
  listItems: 200,
  // Service blueprint, loops, branches and the action plan (issue 18).
  owners: 200,
  blueprintLayers: 20,
  blueprintItems: 20_000,
  loops: 1_000,
  branches: 5_000,
  planEntries: 50_000,
  fileBytes: 50 * 1024 * 1024,
  /** Objects and arrays inside each other in a JSON file; a map needs about ten. */
  jsonDepth: 64,
} as const;

/** Text length as the schema counts it (zod counts code points): an emoji is one character. */
export const textLength = (text: string): number =>
  text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
