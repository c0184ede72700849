import { customAlphabet } from 'nanoid';

/** URL- and file-safe ids (21 chars of a 62-letter alphabet: collision-safe for offline merging). */
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const generate = customAlphabet(alphabet, 21);

export function newId(): string {
  return generate();
}
