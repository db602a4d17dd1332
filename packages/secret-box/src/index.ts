export { createSecretBox, SecretBoxError, type SecretBox } from './secret-box.ts';
export {
  deriveKeyRing,
  isKeyRing,
  parseKeyRing,
  KEY_RING_FORMAT,
  type KeyRing,
  type SecretKey,
} from './key-ring.ts';
