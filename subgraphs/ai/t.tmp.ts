import { readFileSync } from 'node:fs';
import { inspectQuestion } from './src/safety/injection.ts';
for (const f of ['packages/nl2sql/src/eval/heldout.jsonl','packages/nl2sql/src/eval/paraphrase.jsonl','/work/shared/eval/nl2sql-dev.jsonl']) {
  for (const l of readFileSync(f,'utf8').split('\n').filter(Boolean)) { const q = JSON.parse(l).q; const r = inspectQuestion(q); if (r.length) console.log(f, q, r); }
}
