/**
 * Where the first JSON syntax error is, as an offset into the text, or undefined if the text is
 * valid JSON. Engines word (and locate) parse errors differently — V8 gives no position for an
 * unexpected token such as a trailing comma — so the app finds it itself. Iterative, so deep
 * nesting cannot overflow the stack.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  let at = 0;
  const containers: ('{' | '[')[] = [];

  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };

  const string = (): boolean => {
    if (text[at] !== '"') return false;
    for (at++; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        at++;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c) {
        at++;
        if (text[at] === 'u') {
          for (let i = 0; i < 4; i++) if (!/[0-9a-fA-F]/.test(text[++at] ?? '')) return false;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) return false;
      }
    }
    return false;
  };

  /** Digits from here; false (and `at` on the spot) when at least one was needed and none came. */
  const digits = (required: boolean): boolean => {
    const start = at;
    while (/[0-9]/.test(text[at] ?? '')) at++;
    return !required || at > start;
  };
  const number = (): boolean => {
    if (text[at] === '-') at++;
    if (text[at] === '0') at++;
    else if (!digits(true)) return false;
    if (text[at] === '.') {
      at++;
      if (!digits(true)) return false;
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at++;
      if (text[at] === '+' || text[at] === '-') at++;
      if (!digits(true)) return false;
    }
    return true;
  };
  const scalar = (): boolean => {
    if (text[at] === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text[at] !== word[0]) continue;
      for (const letter of word) {
        if (text[at] !== letter) return false;
        at++;
      }
      return true;
    }
    return text[at] === '-' || /[0-9]/.test(text[at] ?? '') ? number() : false;
  };

  const key = (): boolean => {
    skipSpace();
    if (!string()) return false;
    skipSpace();
    if (text[at] !== ':') return false;
    at++;
    return true;
  };

  for (;;) {
    // A value is expected here.
    skipSpace();
    const opening = text[at];
    if (opening === '{' || opening === '[') {
      at++;
      skipSpace();
      if (text[at] === (opening === '{' ? '}' : ']')) at++;
      else {
        containers.push(opening);
        if (opening === '{' && !key()) return at;
        continue;
      }
    } else if (!scalar()) return at;
    // A value ended: close containers until a separator asks for the next value.
    for (;;) {
      skipSpace();
      const open = containers.at(-1);
      if (open === undefined) return at < text.length ? at : undefined;
      if (text[at] === ',') {
        at++;
        if (open === '{' && !key()) return at;
        break;
      }
      if (text[at] !== (open === '{' ? '}' : ']')) return at;
      at++;
      containers.pop();
    }
  }
}
