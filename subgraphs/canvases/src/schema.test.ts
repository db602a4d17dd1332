import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { buildASTSchema, parse, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from './server.ts';

const sdl = (path: string) => parse(readFileSync(path, 'utf8'));
const accounts = fileURLToPath(new URL('../../accounts/src/schema.graphql', import.meta.url));

describe('subgraph schema', () => {
  const result = composeServices([
    { name: 'accounts', url: 'http://accounts', typeDefs: sdl(accounts) },
    { name: 'canvases', url: 'http://canvases', typeDefs: sdl(SCHEMA_PATH) },
  ]);

  it('composes with the accounts subgraph (Project is shared, Canvas is ours)', () => {
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
  });

  it('serves the names and meanings of the public contract', () => {
    const api = buildASTSchema(parse(result.supergraphSdl!)).toConfig();
    const type = (name: string) => api.types.find((t) => t.name === name) as GraphQLObjectType;
    const fields = (name: string) => Object.keys(type(name).getFields());
    expect(fields('Canvas')).toEqual(
      expect.arrayContaining(['id', 'name', 'project', 'version', 'blocks', 'updatedAt']),
    );
    expect(fields('Canvas')).not.toContain('comments'); // contributed by the comments subgraph
    expect(fields('Block')).toEqual(['id', 'type', 'position', 'content']);
    expect(fields('ShareLink')).toEqual(expect.arrayContaining(['id', 'url', 'token', 'expiresAt']));
    expect(fields('Project')).toEqual(expect.arrayContaining(['canvases', 'organization']));
    expect(fields('Query')).toEqual(expect.arrayContaining(['canvas', 'sharedCanvas']));
    expect(fields('Mutation')).toEqual(
      expect.arrayContaining([
        'createCanvas',
        'addBlock',
        'updateBlock',
        'removeBlock',
        'createShareLink',
        'revokeShareLink',
      ]),
    );
    expect(
      type('Mutation')
        .getFields()
        .removeBlock!.args.map((a) => a.name),
    ).toEqual(['canvasId', 'blockId']);
  });
});
