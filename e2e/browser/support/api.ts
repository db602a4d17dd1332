// The GraphQL API as a partner or a setup step calls it: a POST to the gateway, optionally with a
// bearer token. Scenarios build canvases through it when the UI is not what they test.
import type { TestUser } from './browser.ts';

/** Runs one operation against `${baseUrl}/graphql`; throws with the errors when there is no `data`. */
export async function gql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Logs `user` in through the API and returns the access token. */
export async function accessToken(baseUrl: string, user: TestUser): Promise<string> {
  const { logIn } = await gql<{ logIn: { accessToken: string } }>(
    baseUrl,
    'mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }',
    { input: { email: user.email, password: user.password } },
  );
  return logIn.accessToken;
}
