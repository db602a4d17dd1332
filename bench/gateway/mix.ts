// The realistic mix: what many signed-in users of an app send, where in-flight deduplication
// (identical subgraph queries of one caller at one moment) cannot help. 200 distinct users, each
// with their own access token (issued by the accounts service's own code, as sign-in does), send
// small reads with varied variables, a few mutations and now and then the heavy dashboard query,
// in a shuffled order. Tessera's gateway authenticates every token (bench accounts subgraph's
// /internal/authenticate, then its principal cache); the peers, as their users run them, do not
// look at the Authorization header (less work for them, not more).
import { randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAccessTokens } from '../../subgraphs/accounts/src/services/access-tokens.ts';
import { ROOT } from './processes.ts';

const USER = '\nfragment User on User { id username name }';
const REVIEW = '\nfragment Review on Review { id body }';
const PRODUCT = '\nfragment Product on Product { inStock name price shippingEstimate upc weight }';

interface Operation {
  name: string;
  /** Share of requests, in percent. */
  weight: number;
  query: string;
  variables: (user: number) => Record<string, unknown>;
  mutation?: boolean;
}

const pick = <T>(values: readonly T[]) => values[randomInt(values.length)]!;
const IDS = ['1', '2', '3', '4'];
const UPCS = ['1', '2', '3', '4', '5'];

export const MIX: Operation[] = [
  {
    name: 'UserReviews',
    weight: 25,
    query: `query UserReviews($id: ID!) { user(id: $id) { ...User reviews { ...Review product { ...Product } } } }${USER}${REVIEW}${PRODUCT}`,
    variables: () => ({ id: pick(IDS) }),
  },
  {
    name: 'ProductPage',
    weight: 25,
    query: `query ProductPage($upc: String!) { product(upc: $upc) { ...Product reviews { ...Review author { ...User } } } }${USER}${REVIEW}${PRODUCT}`,
    variables: () => ({ upc: pick(UPCS) }),
  },
  {
    name: 'TopProducts',
    weight: 20,
    query: `query TopProducts($first: Int) { topProducts(first: $first) { upc name price inStock reviews { id author { id username } } } }`,
    variables: () => ({ first: 1 + randomInt(5) }),
  },
  {
    name: 'Me',
    weight: 10,
    query: `query Me { me { ...User reviews { ...Review } } }${USER}${REVIEW}`,
    variables: () => ({}),
  },
  {
    name: 'AddReview',
    weight: 15,
    query: `mutation AddReview($upc: String!, $body: String!) { addReview(upc: $upc, body: $body) { id body product { upc name inStock } } }`,
    variables: (user) => ({ upc: pick(UPCS), body: `Review by user ${user}, #${randomInt(1e9)}` }),
    mutation: true,
  },
  {
    name: 'TestQuery',
    weight: 5,
    query: readFileSync(path.join(ROOT, 'bench/gateway/query.graphql'), 'utf8'),
    variables: () => ({}),
  },
];

export interface MixRequest {
  headers: Record<string, string>;
  body: string;
}

/** Issues one access token per user and writes `count` shuffled requests to `file` (for load.ts --mix-file). */
export async function writeMix(
  file: string,
  options: { users: number; count: number; jwtSecret: string },
): Promise<{ requests: MixRequest[]; tokens: string[] }> {
  const issuer = createAccessTokens({ secret: options.jwtSecret, ttlSeconds: 3600 });
  const tokens: string[] = [];
  for (let i = 0; i < options.users; i++)
    tokens.push(
      (
        await issuer.issue({
          userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          sessionId: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        })
      ).token,
    );
  const total = MIX.reduce((sum, op) => sum + op.weight, 0);
  const requests: MixRequest[] = [];
  for (let i = 0; i < options.count; i++) {
    let roll = randomInt(total);
    const operation = MIX.find((op) => (roll -= op.weight) < 0)!;
    const user = randomInt(options.users);
    requests.push({
      headers: { authorization: `Bearer ${tokens[user]}` },
      body: JSON.stringify({
        query: operation.query,
        operationName: operation.name,
        variables: operation.variables(user),
      }),
    });
  }
  writeFileSync(file, JSON.stringify(requests));
  return { requests, tokens };
}
