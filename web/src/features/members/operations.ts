import { graphql } from '../../gql';

export const OrganizationPeopleDocument = graphql(`
  query OrganizationPeople($id: ID!) {
    organization(id: $id) {
      id
      name
      members {
        email
        role
        status
        user {
          id
          name
        }
      }
    }
    me {
      id
    }
  }
`);

export const EmbeddingSecretStatusDocument = graphql(`
  query EmbeddingSecretStatus($id: ID!) {
    organization(id: $id) {
      id
      embeddingSecretCreatedAt
    }
  }
`);

export const InviteOrganizationMemberDocument = graphql(`
  mutation InviteOrganizationMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      email
      role
      status
      inviteUrl
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($organizationId: ID!, $email: String!) {
    revokeInvitation(organizationId: $organizationId, email: $email)
  }
`);

export const SetMemberRoleDocument = graphql(`
  mutation SetMemberRole($input: SetMemberRoleInput!) {
    setMemberRole(input: $input) {
      role
      status
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($organizationId: ID!, $userId: ID!) {
    removeMember(organizationId: $organizationId, userId: $userId)
  }
`);

export const CreateEmbeddingSecretDocument = graphql(`
  mutation CreateEmbeddingSecret($organizationId: ID!) {
    createEmbeddingSecret(organizationId: $organizationId)
  }
`);

export const CanvasOrganizationDocument = graphql(`
  query CanvasOrganization($id: ID!) {
    canvas(id: $id) {
      id
      name
      project {
        id
        organization {
          id
        }
      }
    }
  }
`);

export const CanvasPeopleDocument = graphql(`
  query CanvasPeople($organizationId: ID!, $canvasId: ID!) {
    canvasPeople(organizationId: $organizationId, canvasId: $canvasId) {
      members {
        email
        role
        status
        user {
          id
          name
        }
      }
      grants {
        email
        role
        user {
          id
          name
        }
      }
    }
  }
`);

export const UnshareCanvasDocument = graphql(`
  mutation UnshareCanvas($input: UnshareCanvasInput!) {
    unshareCanvas(input: $input)
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      role
      organization {
        id
        name
      }
    }
  }
`);

/** Resolved by the canvases subgraph: it checks the caller may share the canvas, accounts stores the grant. */
export const ShareCanvasDocument = graphql(`
  mutation ShareCanvas($input: ShareCanvasInput!) {
    shareCanvas(input: $input)
  }
`);
