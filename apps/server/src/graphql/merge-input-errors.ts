import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { FieldProblem } from '../common/errors.js';

const VARIABLE_PROBLEM = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s;
const MISSING_FIELD = /^Field "(\w+)" of required type "[^"]+" was not provided\.$/;
const UNKNOWN_FIELD = /^Field "(\w+)" is not defined by type "[^"]+"\./;

/**
 * graphql-js reports each bad or missing field of a variable as a separate
 * error; clients want one BAD_USER_INPUT naming every offending field
 * (API.md, ID-1), the same shape the resolvers' own validation gives.
 */
export function mergeInputErrors(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors || errors.length === 0) return;
          const fields = errors.map(variableProblem);
          if (fields.some((f) => f === null)) return;
          const problems = fields as FieldProblem[];
          response.body.singleResult.errors = [
            {
              message: `Invalid input: ${problems.map((p) => `${p.field} — ${p.message}`).join('; ')}`,
              extensions: { code: 'BAD_USER_INPUT', fields: problems },
            },
          ];
        },
      };
    },
  };
}

function variableProblem(error: GraphQLFormattedError): FieldProblem | null {
  if (error.extensions?.code !== 'BAD_USER_INPUT') return null;
  const match = VARIABLE_PROBLEM.exec(error.message);
  if (!match) return null;
  const [, variable, at, detail = ''] = match;
  const base = at ?? variable!;
  const missing = MISSING_FIELD.exec(detail);
  if (missing) return { field: `${base}.${missing[1]}`, message: 'is required' };
  const unknown = UNKNOWN_FIELD.exec(detail);
  if (unknown) return { field: `${base}.${unknown[1]}`, message: 'is not a field of this input' };
  return { field: base, message: detail };
}
