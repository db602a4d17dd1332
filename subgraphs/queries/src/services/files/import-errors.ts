const PATH_SEGMENT = /[\w.@-]+/.source;
const GENERIC_PATH = new RegExp(
  `(?:[A-Za-z]:)?(?:\\.{0,2}[\\\\/])?(?:${PATH_SEGMENT}[\\\\/])+[\\w.@-]*`,
  'g',
);
const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARK = '\uE000'; // a private-use character: no engine message carries it

/**
 * An engine message about the uploaded file, without any server path in it (DuckDB names the file
 * it read: `.data/uploads/<id>-<stamp>.csv`). Paths become "the file". A known path may be a folder
 * that prefixes the path in the message: the rest of that path goes with it.
 */
export function withoutPaths(message: string, knownPaths: string[]): string {
  let text = (message.split('\n')[0] ?? '').replaceAll(MARK, '');
  for (const known of knownPaths.filter(Boolean).sort((a, b) => b.length - a.length)) {
    text = text.replace(new RegExp(`${escapeForRegExp(known)}(?:[\\\\/]${PATH_SEGMENT})*`, 'g'), MARK);
  }
  return text
    .replace(GENERIC_PATH, MARK)
    .replace(/\.data\b\S*/g, MARK)
    .replace(/\uE000+/g, 'the file')
    .slice(0, 300);
}

const clip = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length)}…` : text);

/**
 * What was wrong with the file, where the engine says it: DuckDB's CSV errors carry
 * "CSV Error on Line: N" (the file's line, the header being line 1) and the column it was
 * converting; JSON errors the line or record. Returns "row N, column X: …", or null when the
 * message names no place (the caller then shows the scrubbed first line).
 */
export function placeOfError(message: string): string | null {
  const line = /CSV Error on Line: (\d+)/.exec(message)?.[1];
  if (line) {
    const conversion =
      /Error when converting column "([^"]+)"\. Could not convert string "([^"]*)" to '([^']+)'/.exec(
        message,
      );
    if (conversion)
      return `row ${line}, column ${clip(conversion[1]!)}: "${clip(conversion[2]!)}" is not a valid ${conversion[3]} (the type found in the rest of the column)`;
    const count = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
    if (count) return `row ${line}: expected ${count[1]} columns, found ${count[2]}`;
    if (/unterminated quote/i.test(message)) return `row ${line}: a quoted value is not closed`;
    if (/invalid unicode|utf-?8/i.test(message)) return `row ${line}: the text is not valid UTF-8`;
    return `row ${line}: the row could not be read`;
  }
  const json = /Malformed JSON[^\n]*?at byte (\d+) in (line|record\/value) (\d+): ([^\n.]*)/.exec(message);
  // DuckDB 1.5 counts the line/record one past the malformed one ("line 3" for the second line).
  if (json)
    return `${json[2] === 'line' ? 'row' : 'record'} ${Math.max(1, Number(json[3]) - 1)}, character ${json[1]}: ${json[4]!.trim()}`;
  const conversion = /Could not convert string "([^"]*)" to '([^']+)'/.exec(message);
  const column = /column "([^"]+)"/.exec(message)?.[1];
  if (conversion && column)
    return `column ${clip(column)}: "${clip(conversion[1]!)}" is not a valid ${conversion[2]}`;
  return null;
}

/** The client message for a file that could not be imported: the place when known, never a path. */
export function describeImportError(message: string, format: string, knownPaths: string[]): string {
  const place = placeOfError(message);
  return `The file could not be read as ${format.toUpperCase()}: ${place ?? withoutPaths(message, knownPaths)}`;
}
