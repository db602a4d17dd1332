export { createHostPolicy, portOfUrl, type HostPolicy, type HostPolicyOptions } from './host-policy.ts';
