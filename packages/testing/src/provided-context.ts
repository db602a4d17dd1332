import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Owner URL of the PostgreSQL server the tests create their databases in. */
    adminDatabaseUrl: string;
  }
}
