// The platform as a process for the browser scenarios: shared with bench/web through @tessera/testing.
export { ensureWebBuilt, root, startPlatform, type Platform } from '@tessera/testing/browser';
