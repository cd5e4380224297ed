#!/usr/bin/env node
// Fails when schema.graphql breaks a promise of API.md
// (contract/api-md.graphql): a type, field, argument, enum
// value or input field missing, or a type changed in a way that breaks
// clients. Additions are always fine. When ../shared/spec/API.md is present,
// also checks that the copied contract still matches it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
const { parse, buildSchema, isObjectType, isInputObjectType, isEnumType, isInterfaceType, Kind } = require('graphql');

const contractFile = join(root, 'contract/api-md.graphql');
const contractText = readFileSync(contractFile, 'utf8');
const schemaFile = process.env.SCHEMA_FILE ?? join(root, 'schema.graphql');
const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
const problems = [];

// The steering folder beside the repository: ../shared/spec/API.md from the repository root.
const apiMd = join(root, '../../../shared/spec/API.md');
if (existsSync(apiMd)) {
  const block = /## Operations that must exist\n\n```graphql\n([\s\S]*?)```/.exec(readFileSync(apiMd, 'utf8'))?.[1];
  if (block && !contractText.endsWith(block)) problems.push('packages/schema/contract/api-md.graphql differs from ../shared/spec/API.md: copy the block again');
}

const typeString = (node) =>
  node.kind === Kind.NON_NULL_TYPE ? `${typeString(node.type)}!` : node.kind === Kind.LIST_TYPE ? `[${typeString(node.type)}]` : node.name.value;

/** Output positions may become stricter (nullable → non-null); inputs may become looser. */
function compatible(promised, actual, position) {
  if (promised === actual) return true;
  if (position === 'output') return actual === `${promised}!` || (promised.endsWith('!') ? false : compatible(promised, actual.replace(/!$/, ''), position));
  return promised === `${actual}!`;
}

for (const definition of parse(contractText).definitions) {
  const name = definition.name.value;
  const actual = schema.getType(name);
  if (!actual) {
    problems.push(`type ${name} is missing`);
    continue;
  }
  if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
    if (!isEnumType(actual)) problems.push(`${name} must be an enum`);
    else for (const value of definition.values ?? []) if (!actual.getValue(value.name.value)) problems.push(`enum value ${name}.${value.name.value} is missing`);
    continue;
  }
  const input = definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION;
  if (input ? !isInputObjectType(actual) : !(isObjectType(actual) || isInterfaceType(actual))) {
    problems.push(`${name} must be ${input ? 'an input' : 'an object'} type`);
    continue;
  }
  const fields = actual.getFields();
  for (const field of definition.fields ?? []) {
    const actualField = fields[field.name.value];
    const where = `${name}.${field.name.value}`;
    if (!actualField) {
      problems.push(`${where} is missing`);
      continue;
    }
    const promised = typeString(field.type);
    if (!compatible(promised, String(actualField.type), input ? 'input' : 'output')) {
      problems.push(`${where} is ${actualField.type}, API.md promises ${promised}`);
    }
    for (const arg of field.arguments ?? []) {
      const actualArg = actualField.args.find((a) => a.name === arg.name.value);
      if (!actualArg) {
        problems.push(`argument ${where}(${arg.name.value}) is missing`);
        continue;
      }
      if (!compatible(typeString(arg.type), String(actualArg.type), 'input')) {
        problems.push(`argument ${where}(${arg.name.value}) is ${actualArg.type}, API.md promises ${typeString(arg.type)}`);
      }
      if (arg.defaultValue && String(actualArg.defaultValue) !== arg.defaultValue.value) {
        problems.push(`argument ${where}(${arg.name.value}) defaults to ${actualArg.defaultValue}, API.md promises ${arg.defaultValue.value}`);
      }
    }
  }
  if (input) {
    const promisedNames = new Set((definition.fields ?? []).map((f) => f.name.value));
    for (const [fieldName, field] of Object.entries(fields)) {
      if (!promisedNames.has(fieldName) && String(field.type).endsWith('!') && field.defaultValue === undefined) {
        problems.push(`${name}.${fieldName} is a required input field API.md does not name: existing clients would break`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`schema.graphql breaks API.md's contract:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('schema.graphql keeps every operation and type API.md promises');
