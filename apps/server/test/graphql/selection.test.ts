import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsWithin, type SelectionShape } from '../../src/graphql/selection.js';

// A connection like the queue's: what a read model serves is decided per operation (#17).
const schema = buildSchema(`
  type Organization { id: ID! name: String! kind: String! }
  type Ticket { id: ID! subject: String! description: String! organization: Organization! }
  type Edge { cursor: String! node: Ticket! }
  type Connection { totalCount: Int! edges: [Edge!]! }
  type Query { queue: Connection! }
`);
const ROW: SelectionShape = { __typename: true, id: true, subject: true, organization: { id: true, name: true } };

function decides(operation: string): boolean {
  let decision: boolean | null = null;
  const rootValue = {
    queue: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      decision = selectsWithin(info, ['edges', 'node'], ROW);
      return { totalCount: 0, edges: [] };
    },
  };
  const result = execute({ schema, document: parse(operation), rootValue });
  if ('errors' in result && result.errors) throw new Error(JSON.stringify(result.errors));
  if (decision === null) throw new Error('the resolver did not run');
  return decision;
}

describe('selectsWithin', () => {
  it('#17: fields and sub-fields within the shape, through aliases, named and inline fragments', () => {
    expect(decides('{ queue { totalCount edges { cursor node { id first: subject __typename organization { id name } } } } }')).toBe(true);
    expect(decides('{ queue { edges { node { ...row } } } } fragment row on Ticket { id ... on Ticket { organization { ...org } } } fragment org on Organization { name }')).toBe(true);
  });

  it('#17: no node selected at all is within any shape', () => {
    expect(decides('{ queue { totalCount } }')).toBe(true);
  });

  it('#17: one field beyond the shape, at any depth or in any alias of edges, is not', () => {
    expect(decides('{ queue { edges { node { id description } } } }')).toBe(false);
    expect(decides('{ queue { edges { node { organization { kind } } } } }')).toBe(false);
    expect(decides('{ queue { a: edges { node { id } } b: edges { node { ...more } } } } fragment more on Ticket { description }')).toBe(false);
  });
});
