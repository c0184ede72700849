/** Control characters other than line feed and tab: ESC, CR, NUL, DEL and the C1 range (CSI is 0x9B). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text safe to print: each control character shown as `\x1B` instead of being sent raw, so a
 * title cannot move the cursor, rewrite a line or change the terminal's colours.
 */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
