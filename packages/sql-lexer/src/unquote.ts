/** Strips the quotes of a quoted name and undoes doubled quotes (and backslash escapes if `backslash`). */
export function unquote(text: string, backslash: boolean): string {
  const quote = text[0];
  let out = '';
  for (let j = 1; j < text.length - 1; j += 1) {
    const ch = text[j] as string;
    if (backslash && ch === '\\') {
      j += 1;
      out += text[j] ?? '';
    } else if (ch === quote) {
      j += 1;
      out += ch;
    } else {
      out += ch;
    }
  }
  return out;
}
