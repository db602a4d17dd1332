import { randomBytes } from 'node:crypto';
import type { Stack } from './stack.ts';

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
        name
        memberships {
          role
          organization {
            id
            name
            projects {
              id
              name
            }
          }
        }
      }
    }
  }
`;

export interface SignedUpUser {
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  userId: string;
  organizationId: string;
  projectId: string;
}

interface SignUpData {
  signUp: {
    accessToken: string;
    refreshToken: string;
    user: { id: string; memberships: { organization: { id: string; projects: { id: string }[] } }[] };
  };
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(4).toString('hex')}@example.com`;
}

export async function signUp(stack: Stack, label = 'user'): Promise<SignedUpUser> {
  const email = uniqueEmail(label);
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const result = await stack.gql<SignUpData>(SIGN_UP, {
    input: { email, password, name: `Name ${label}`, organizationName: `Org ${label}` },
  });
  if (!result.data) throw new Error(`signUp failed: ${JSON.stringify(result.errors)}`);
  const { signUp: payload } = result.data;
  const membership = payload.user.memberships[0]!;
  return {
    email,
    password,
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    userId: payload.user.id,
    organizationId: membership.organization.id,
    projectId: membership.organization.projects[0]!.id,
  };
}
