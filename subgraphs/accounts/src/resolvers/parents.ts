// What the services hand the resolvers for each GraphQL type (codegen.ts maps the types to these).
export type { CanvasGrantRow, MembershipRow, OrganizationRow, ProjectRow, UserRow } from '../data/index.ts';
