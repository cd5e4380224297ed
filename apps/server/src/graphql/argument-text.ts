import { GraphQLError, TypeInfo, getArgumentValues, getVariableValues, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ProblemList } from '../common/errors.js';
import { controlCharacterProblems } from '../common/text.js';

/**
 * Field extension of an operation whose use case checks its own text, so that it can keep a refused
 * request before answering (createTicket: ID-1, refused_requests).
 */
export const CHECKS_OWN_TEXT = 'checksOwnText';

/**
 * #15 finding 4: every text argument of every field of the operation, as the resolvers will receive it
 * (variables coerced, defaults applied), checked for control characters before anything runs. One
 * BAD_USER_INPUT names each offending argument by its dotted path (`input.contact.fullName`).
 */
export function controlCharacterError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  // Variables that do not coerce: execution reports them as BAD_USER_INPUT.
  if (coerced.errors) return null;
  const problems = new ProblemList();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field || field.args.length === 0 || field.extensions[CHECKS_OWN_TEXT]) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, coerced.coerced);
        } catch {
          return; // an argument validation already refused, reported by execution
        }
        for (const [name, value] of Object.entries(args)) controlCharacterProblems(value, name, problems);
      },
    }),
  );
  if (problems.isEmpty) return null;
  const fields = [...new Map(problems.all.map((p) => [p.field, p])).values()];
  return new GraphQLError(`Invalid input: ${fields.map((f) => `${f.field} — ${f.message}`).join('; ')}`, { extensions: { code: 'BAD_USER_INPUT', fields } });
}
