// A canvas opened from its address: index.html sends its SQL blocks' runs as soon as the early canvas
// header (early-header.ts) answers, before the app's modules have loaded and run (bench/web's
// waterfall: the header answered at ~160 ms, the runs went out at ~435 ms, after the app's code).
// Only the plainest blocks go early: SQL without `{{…}}` (no parameters, no other blocks read), whose
// request is then exactly the one their runner sends (sql-run.ts sqlRunRequest: the block's data
// source, else the project's first; no parameters). The order is prefetch.ts's: blocks on the first
// screen first, the rest right after at low priority (none of the rest when a first-screen block is
// not plain). open-early.ts hands each run (early-runs.ts) to query-runner.ts (adoptEarlyRun), where a block's
// runner adopts it as a prefetched run. This module is read at build time (vite.config.ts) only.
import { stringifyDocument } from '@urql/core';
import { RunQueryDocument } from '../../queries/operations';
import { GAP, ROW_HEIGHT } from '../layout';
import { EARLY_RUNS_GLOBAL as GLOBAL } from './early-runs';

/** prefetch.ts's MAX_PREFETCH and the runner's defaults (query-runner.ts), as a block sends them. */
export const EARLY_RUN_LIMITS = { maxBlocks: 50, maxRows: 5000, waitSeconds: 1 };

/**
 * The inline script (ES5), run after earlyRefreshScript and earlyHeaderScript (their globals, read
 * at once: the app takes them later).
 */
export function earlyRunsScript(refreshGlobal: string, headerGlobal: string): string {
  const hash = (RunQueryDocument as { __meta__?: { hash?: string } }).__meta__?.hash;
  const extensions = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : {};
  return `(function () {
  try {
    var header = window.${headerGlobal};
    var refresh = window.${refreshGlobal};
    if (!header || !refresh || typeof Promise !== 'function') return;
    var early = { id: header.id };
    early.runs = Promise.all([refresh, header.answer]).then(function (answers) {
      var token = answers[0] && answers[0].data && answers[0].data.refreshSession && answers[0].data.refreshSession.accessToken;
      var canvas = answers[1] && answers[1].data && answers[1].data.canvas;
      if (!token || !canvas || !canvas.blocks) return [];
      var sources = (canvas.project && canvas.project.dataSources) || [];
      var blocks = canvas.blocks.filter(function (b) { return b && typeof b.content === 'object' && b.content !== null; });
      var top = function (b) { return (b.position && b.position.y) || 0; };
      var screenRows = Math.ceil(window.innerHeight / ${ROW_HEIGHT + GAP});
      var onScreen = {};
      blocks.forEach(function (b) { if (top(b) < screenRows) onScreen[b.id] = true; });
      blocks.forEach(function (b) {
        var source = b.content.sourceBlockId != null ? b.content.sourceBlockId : b.content.source;
        if (onScreen[b.id] && typeof source === 'string') onScreen[source] = true;
      });
      var requestOf = function (b) {
        var sql = typeof b.content.runSql === 'string' ? b.content.runSql : typeof b.content.sql === 'string' ? b.content.sql : '';
        if (!sql.trim() || sql.indexOf('{{') >= 0) return null;
        var dataSourceId = typeof b.content.dataSourceId === 'string' ? b.content.dataSourceId : sources[0] ? sources[0].id : null;
        return dataSourceId ? { dataSourceId: dataSourceId, sql: sql, parameters: null } : null;
      };
      var send = function (request, priority) {
        return fetch('/graphql', {
          method: 'POST',
          priority: priority,
          headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
          body: JSON.stringify({
            query: ${JSON.stringify(stringifyDocument(RunQueryDocument))},
            variables: { input: { dataSourceId: request.dataSourceId, sql: request.sql, parameters: null, maxRows: ${EARLY_RUN_LIMITS.maxRows}, waitSeconds: ${EARLY_RUN_LIMITS.waitSeconds} } },
            operationName: 'RunQuery',
            extensions: ${JSON.stringify(extensions)},
          }),
        }).then(function (r) { return r.json(); });
      };
      var sql = blocks.filter(function (b) { return b.type === 'SQL'; });
      sql.sort(function (a, b) { return top(a) - top(b); });
      sql = sql.slice(0, ${EARLY_RUN_LIMITS.maxBlocks});
      var runs = [];
      var plainFirstScreen = true;
      sql.forEach(function (b) {
        if (!onScreen[b.id]) return;
        var request = requestOf(b);
        if (!request) { plainFirstScreen = false; return; }
        runs.push({ request: request, answer: send(request, 'high') });
      });
      if (!plainFirstScreen) return runs;
      sql.forEach(function (b) {
        if (onScreen[b.id]) return;
        var request = requestOf(b);
        if (request) runs.push({ request: request, answer: send(request, 'low') });
      });
      return runs;
    });
    window.${GLOBAL} = early;
  } catch (e) {}
})();`;
}
