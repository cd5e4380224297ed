import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Which fields may be selected, and below each object field which of its own: `true` for a leaf. */
export type SelectionShape = { readonly [field: string]: SelectionShape | true };

/**
 * Whether everything the operation selects below the resolved field at `path`
 * (e.g. ['edges', 'node']) stays within `shape` — through aliases, named and
 * inline fragments. A read model that answers only some fields of a type uses
 * it to decide, per operation, whether it can serve it.
 */
export function selectsWithin(info: GraphQLResolveInfo, path: readonly string[], shape: SelectionShape): boolean {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = level.flatMap((node) => fieldsOf(node.selectionSet, info)).filter((field) => field.name.value === name);
  return level.every((node) => within(node.selectionSet, shape, info));
}

function within(selectionSet: SelectionSetNode | undefined, shape: SelectionShape, info: GraphQLResolveInfo): boolean {
  return fieldsOf(selectionSet, info).every((field) => {
    const allowed = shape[field.name.value];
    if (allowed === undefined) return false;
    if (allowed === true) return field.selectionSet === undefined;
    return field.selectionSet !== undefined && within(field.selectionSet, allowed, info);
  });
}

/** The fields of a selection set with fragments spread in (directives ignored: skipping a field only asks for less). */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  });
}
