export * from './identity.ts';
export * from './internal-token.ts';
export * from './permissions.ts';
