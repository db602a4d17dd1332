import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findViolations, importsOf, manifestViolations, violationsOf } from './boundaries.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('import boundaries', () => {
  it('reads static, side-effect, re-export and dynamic imports', () => {
    const source = [
      "import { a } from '@tessera/a';",
      "import type {\n  B,\n} from '../b.ts';",
      "import './c.ts';",
      "export { d } from '@tessera/d/sub';",
      "const e = await import('@tessera/e');",
    ].join('\n');
    expect(importsOf(source)).toEqual(
      expect.arrayContaining(['@tessera/a', '../b.ts', './c.ts', '@tessera/d/sub', '@tessera/e']),
    );
  });

  it('names each kind of violation', () => {
    expect(violationsOf('packages/testing/src/x.ts', "import { s } from '@tessera/canvases/live';")).toEqual([
      expect.objectContaining({ rule: 'a library in packages/ imports an application workspace' }),
    ]);
    expect(violationsOf('web/src/x.tsx', "import { CloseCode } from '@tessera/collab-server';")).toEqual([
      expect.objectContaining({ rule: 'the web app imports the collab server' }),
    ]);
    expect(
      violationsOf('subgraphs/ai/src/testing/h.ts', "import { s } from '../../../../e2e/support/stack.ts';"),
    ).toEqual([expect.objectContaining({ rule: 'code outside e2e/ imports from e2e/' })]);
    expect(
      violationsOf('bench/web/run.ts', "import { l } from '../../e2e/browser/support/browser.ts';"),
    ).toHaveLength(1);
    expect(
      manifestViolations(
        'packages/x/package.json',
        JSON.stringify({ devDependencies: { '@tessera/gateway': '*' } }),
      ),
    ).toHaveLength(1);
    // Allowed: e2e importing itself and applications, applications importing each other, libraries importing libraries.
    expect(
      violationsOf(
        'e2e/api/a.int.test.ts',
        "import { s } from '../support/stack.ts';\nimport '@tessera/gateway';",
      ),
    ).toEqual([]);
    expect(violationsOf('collab-server/src/index.ts', "await import('@tessera/canvases/live');")).toEqual([]);
    expect(violationsOf('packages/testing/src/x.ts', "import { db } from '@tessera/db';")).toEqual([]);
    expect(violationsOf('packages/testing/src/x.ts', "import { s } from './support/e2e/x.ts';")).toEqual([]);
  });

  it('holds across the repository', () => {
    expect(findViolations(root)).toEqual([]);
  });
});
