import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';

const CONSOLE_SOURCES = fileURLToPath(new URL('../../../../console/src/', import.meta.url));

/**
 * The operation the console sends, read from its `.graphql` file
 * (`apps/console/src/<path>`) with every fragment it spreads: those it
 * `#import`s and the shared ones of packages/schema/fragments. A benchmark
 * asking exactly what the page asks keeps measuring the page when the page
 * grows a field.
 */
export function consoleOperation(path: string): string {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of sharedFragments()) fragments.set(definition.name.value, definition);
  const operation = readWithImports(resolve(CONSOLE_SOURCES, path), fragments);
  const needed = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (needed.has(spread.name.value)) return;
        needed.add(spread.name.value);
        const fragment = fragments.get(spread.name.value);
        if (!fragment) throw new Error(`${path}: fragment ${spread.name.value} not found`);
        collect(fragment);
      },
    });
  operation.forEach(collect);
  return [...operation, ...[...needed].map((name) => fragments.get(name)!)].map((node) => print(node)).join('\n');
}

/** The operations of a file; its fragments and those of its `#import`s go to `fragments`. */
function readWithImports(file: string, fragments: Map<string, FragmentDefinitionNode>): DefinitionNode[] {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/^#import "(.+)"$/gm)) readWithImports(join(dirname(file), match[1]!), fragments);
  const operations: DefinitionNode[] = [];
  for (const definition of parse(text).definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else operations.push(definition);
  }
  return operations;
}

function sharedFragments(): FragmentDefinitionNode[] {
  const directory = join(dirname(createRequire(import.meta.url).resolve('@desk/schema/schema.graphql')), 'fragments');
  return readdirSync(directory)
    .filter((name) => name.endsWith('.graphql'))
    .flatMap((name) => parse(readFileSync(join(directory, name), 'utf8')).definitions)
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
}
