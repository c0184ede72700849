import { z } from 'zod';
import { LIMITS } from './limits';

/** A NUL ends strings in C and hides the rest of a title in terminals and other programs. */
const text = () => z.string().regex(/^[^\0]*$/, 'a NUL character is not allowed');
export const id = text().min(1).max(LIMITS.id);
export const shortText = text().max(LIMITS.shortText);
export const longText = text().max(LIMITS.longText);
/** ISO 8601 timestamp, e.g. 2026-11-22T10:00:00.000Z. ISO strings compare correctly as text. */
export const timestamp = z.iso.datetime();
export const color = z
  .string()
  .max(LIMITS.color)
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f6feb');

/** A list of at most `limit` items; a file that leaves it out has none. */
export const boundedList = <T extends z.ZodType>(item: T, limit: number) =>
  z.array(item).max(limit).default([]);

/**
 * An item of one of the journey's lists: its id, its own fields, and when it last changed (what
 * a merge compares to keep the newer side). Fields keep their order, so files are written alike.
 */
export const journeyItem = <S extends z.ZodRawShape>(fields: S) =>
  z.object({ id, ...fields, updatedAt: timestamp });
