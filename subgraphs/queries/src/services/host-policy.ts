// The host policy moved to @tessera/host-policy (the canvases subgraph's delivery targets use it too).
export { createHostPolicy, portOfUrl, type HostPolicy } from '@tessera/host-policy';
