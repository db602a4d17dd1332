import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { apolloNegotiator, rememberNegotiatedMediaTypes } from './apollo-negotiation.ts';

// What negotiator ranks, without the prototype method the gateway replaces.
const fromServer = createRequire(createRequire(import.meta.url).resolve('@apollo/server'));
const preferredMediaTypes = fromServer(
  fromServer.resolve('negotiator').replace(/index\.js$/, 'lib/mediaType.js'),
) as (accept: string | undefined, available: string[]) => string[];

// The lists Apollo Server offers (requestPipeline.js, ApolloServer.js, runHttpQuery.js).
const OFFERS = [
  ['multipart/mixed; incrementalSpec=v0.2', 'multipart/mixed; deferSpec=20220824'],
  [
    'application/json; charset=utf-8',
    'application/graphql-response+json; charset=utf-8',
    'application/json; callbackSpec=1.0; charset=utf-8',
  ],
  ['multipart/mixed', 'multipart/mixed; incrementalSpec=v0.2', 'multipart/mixed; deferSpec=20220824'],
];
const ACCEPTS = [
  undefined,
  '',
  '*/*',
  'application/json',
  'application/graphql-response+json, application/json;q=0.9',
  'multipart/mixed;deferSpec=20220824, application/json',
  'multipart/mixed; incrementalSpec=v0.2, application/json;q=0.5',
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'image/png',
  `application/json;q=0.1, ${'x/y, '.repeat(80)}multipart/mixed`,
];

describe('content negotiation remembered per accept header', () => {
  rememberNegotiatedMediaTypes();
  rememberNegotiatedMediaTypes();
  const Negotiator = apolloNegotiator();

  it('chooses what negotiator chooses, on first and later calls, for every list Apollo Server offers', () => {
    for (let round = 0; round < 3; round++)
      for (const accept of ACCEPTS)
        for (const offer of OFFERS)
          expect(new Negotiator({ headers: { accept } }).mediaType(offer), `${accept} / ${offer[0]}`).toBe(
            preferredMediaTypes(accept, offer)[0],
          );
  });

  it('tells a missing header (any type) from an empty one (none)', () => {
    expect(new Negotiator({ headers: {} }).mediaType(OFFERS[1])).toBe('application/json; charset=utf-8');
    expect(new Negotiator({ headers: { accept: '' } }).mediaType(OFFERS[1])).toBeUndefined();
  });
});
