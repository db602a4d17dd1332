import { describe, expect, it } from 'vitest';
import { classifyApiChanges, type AcceptedRelaxation } from './api-breaking.ts';

const before = `
  type Query { canvas(id: ID!): Canvas }
  type Canvas { id: ID! comments: CommentConnection! commentCount: Int! name: String! }
  type CommentConnection { totalCount: Int! }
  input CommentInput { body: String }
`;
const relaxation = (field: string, from: string, to: string): AcceptedRelaxation => ({
  field,
  from,
  to,
  reason: 'owned by another subgraph',
  reviewed: 'issue 16',
});

describe('schema:breaking', () => {
  it('flags a non-null output field made nullable as breaking unless the allow-list names it', async () => {
    const after = before.replace('comments: CommentConnection!', 'comments: CommentConnection');
    expect((await classifyApiChanges(before, after, [])).breaking.map((c) => c.path)).toEqual([
      'Canvas.comments',
    ]);
    const listed = await classifyApiChanges(before, after, [
      relaxation('Canvas.comments', 'CommentConnection!', 'CommentConnection'),
    ]);
    expect({ breaking: listed.breaking.length, accepted: listed.accepted.map((c) => c.path) }).toEqual({
      breaking: 0,
      accepted: ['Canvas.comments'],
    });
  });

  it('an allow-list entry covers exactly its field and change; removals and input changes stay breaking', async () => {
    const after = before
      .replace('comments: CommentConnection!', 'comments: CommentConnection')
      .replace('commentCount: Int!', 'commentCount: Int')
      .replace(' name: String!', '')
      .replace('body: String', 'body: String!');
    const result = await classifyApiChanges(before, after, [
      relaxation('Canvas.comments', 'CommentConnection!', 'CommentConnection'),
      relaxation('Canvas.commentCount', 'Int!', 'Float'),
      relaxation('Canvas.name', 'String!', 'String'),
      relaxation('CommentInput.body', 'String', 'String!'),
    ]);
    expect(result.accepted.map((c) => c.path)).toEqual(['Canvas.comments']);
    expect(result.breaking.map((c) => c.path).sort()).toEqual(
      ['Canvas.commentCount', 'Canvas.name', 'CommentInput.body'].sort(),
    );
  });

  it('an entry without a reason or a reviewer does not count', async () => {
    const after = before.replace('commentCount: Int!', 'commentCount: Int');
    const result = await classifyApiChanges(before, after, [
      { ...relaxation('Canvas.commentCount', 'Int!', 'Int'), reviewed: ' ' },
    ]);
    expect(result.breaking.map((c) => c.path)).toEqual(['Canvas.commentCount']);
  });
});
