// Sign-up through the gateway: the helpers live in @tessera/testing (also used by subgraph suites).
export { SIGN_UP, signUp, uniqueEmail, type SignedUpUser } from '@tessera/testing';
