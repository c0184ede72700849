/** A line break as editors count it: CRLF (Windows), LF (Unix) or a lone CR (old Mac, some exports). */
const LINE_BREAK = /\r\n?|\n/g;

/** How many line breaks lie in `text` between `from` and `to`. */
export function countLineBreaks(text: string, from = 0, to = text.length): number {
  return text.slice(from, to).match(LINE_BREAK)?.length ?? 0;
}

/** 1-based line and column of an offset into `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  let lineStart = 0;
  let line = 1;
  for (const found of before.matchAll(LINE_BREAK)) {
    line++;
    lineStart = found.index + found[0].length;
  }
  return { line, column: offset - lineStart + 1 };
}
