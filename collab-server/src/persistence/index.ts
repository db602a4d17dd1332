export type { PersistenceAdapter, StoredCanvas, StorePayload } from './types.ts';
export { FilePersistence } from './file-persistence.ts';
export { MemoryPersistence, type MemoryCanvas } from './memory-persistence.ts';
