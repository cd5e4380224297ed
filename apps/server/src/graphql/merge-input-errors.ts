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
          if (errors?.length) response.body.singleResult.errors = mergeVariableErrors(errors);
        },
      };
    },
  };
}

/** The errors of one result with every variable problem merged into one BAD_USER_INPUT; over HTTP and the WebSocket alike. */
export function mergeVariableErrors(errors: readonly GraphQLFormattedError[]): readonly GraphQLFormattedError[] {
  const fields = errors.map(variableProblem);
  if (errors.length === 0 || fields.some((f) => f === null)) return errors;
  const problems = fields as FieldProblem[];
  return [
    {
      message: `Invalid input: ${problems.map((p) => `${p.field} — ${p.message}`).join('; ')}`,
      extensions: { code: 'BAD_USER_INPUT', fields: problems },
    },
  ];
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
