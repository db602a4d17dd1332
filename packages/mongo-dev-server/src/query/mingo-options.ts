import type { Document } from 'bson';
import type { Options } from 'mingo/types';

/** mingo options for a command's optional `collation`. */
export function queryOptions(collation?: Document): Partial<Options> {
  return collation && typeof collation.locale === 'string'
    ? { collation: collation as unknown as Options['collation'] }
    : {};
}
