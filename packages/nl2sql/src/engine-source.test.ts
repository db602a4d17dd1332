import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The engine must stay general: no question of an evaluation set may appear in its source.
const SRC = fileURLToPath(new URL('.', import.meta.url));
const SETS = [
  join(SRC, '../../../../shared/eval/nl2sql-dev.jsonl'),
  join(SRC, 'eval/heldout.jsonl'),
  join(SRC, 'eval/paraphrase.jsonl'),
];
const normalize = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

function engineSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return ['eval', 'test-support'].includes(name) ? [] : engineSources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('engine source', () => {
  it('contains no four consecutive words of any evaluation question', () => {
    const questions = SETS.flatMap((file) => {
      try {
        return readFileSync(file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => (JSON.parse(line) as { q: string }).q);
      } catch {
        return [];
      }
    });
    expect(questions.length).toBeGreaterThanOrEqual(52);
    const hits: string[] = [];
    for (const file of engineSources(SRC)) {
      const text = normalize(readFileSync(file, 'utf8'));
      for (const question of questions) {
        const words = normalize(question).trim().split(' ');
        for (let i = 0; i + 4 <= words.length; i++) {
          const gram = words.slice(i, i + 4).join(' ');
          if (text.includes(` ${gram} `)) hits.push(`${file}: "${gram}" (${question})`);
        }
      }
    }
    expect(hits).toEqual([]);
  });
});
