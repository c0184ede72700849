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
