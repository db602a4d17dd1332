import { graphql } from '../../gql';

export const InviteMemberDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      role
      status
      email
    }
  }
`);

export const ShareLinkFieldsFragment = graphql(`
  fragment ShareLinkFields on ShareLink {
    id
    url
    shortUrl
    token
    expiresAt
    lockedFilters
    allowedOrigins
    createdAt
    revokedAt
  }
`);

export const ShareLinksDocument = graphql(`
  query ShareLinks($id: ID!) {
    canvas(id: $id) {
      id
      name
      canEdit
      published
      publication {
        id
        blockIds
      }
      blocks {
        id
        type
        content
      }
      shareLinks {
        ...ShareLinkFields
      }
    }
  }
`);

export const CreateShareLinkDocument = graphql(`
  mutation CreateShareLink($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      ...ShareLinkFields
    }
  }
`);

export const RevokeShareLinkDocument = graphql(`
  mutation RevokeShareLink($id: ID!) {
    revokeShareLink(id: $id)
  }
`);

export const CanvasEmbedUsageDocument = graphql(`
  query CanvasEmbedUsage($id: ID!, $days: Int!) {
    canvas(id: $id) {
      id
      embedUsage(days: $days) {
        viewer
        via
        views
        blocksRun
        lastSeenAt
      }
      shareLinks(includeRevoked: true) {
        id
        createdAt
        revokedAt
      }
    }
  }
`);
