import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';

/**
 * graphql-armor's cost model (objects 2, scalars 1, ×1.5 per level, a field's subtree × its
 * `first`/`last`) with the page sizes a request really asks for. Armor runs as a validation rule,
 * before variables are known, so it multiplies by `first` only when it is written in the document:
 * `ventures(first: $n) { mentoringSessions(first: $m) { … } }` cost as much as one venture with
 * one session. This plugin computes the same cost again once the operation and its variables are
 * known, with each `first`/`last` variable at its value (or its default in the operation), and
 * refuses the request as armor would (GRAPHQL_VALIDATION_FAILED, 400), before anything runs. A
 * `first` left out counts 1, as in armor: a nested list then returns at most its default page (50).
 */
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_COST_FACTOR = 1.5;

type Variables = Readonly<Record<string, unknown>>;

/** The multiplier of a field: its `first` or `last`, literal or from a variable; 1 when left out. */
function pageOf(node: SelectionNode, variables: Variables, defaults: ReadonlyMap<string, number>): number {
  if (node.kind !== Kind.FIELD) return 1;
  const arg = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (!arg) return 1;
  let value: unknown;
  if (arg.value.kind === Kind.INT) value = parseInt(arg.value.value, 10);
  else if (arg.value.kind === Kind.VARIABLE) value = variables[arg.value.name.value] ?? defaults.get(arg.value.name.value);
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1;
}

/** The cost of `operation` with these variables (armor's algorithm, fragments counted once each, as armor does). */
export function operationCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, number>();
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue?.kind === Kind.INT) defaults.set(v.variable.name.value, parseInt(v.defaultValue.value, 10));
  }
  const visited = new Map<string, number>();
  const costOf = (node: SelectionNode | FragmentDefinitionNode): number => {
    if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
    if (node.kind !== Kind.FRAGMENT_SPREAD && node.selectionSet) {
      let cost = OBJECT_COST;
      for (const child of node.selectionSet.selections) cost += DEPTH_COST_FACTOR * costOf(child);
      return node.kind === Kind.FIELD ? cost * pageOf(node, variables, defaults) : cost;
    }
    if (node.kind !== Kind.FRAGMENT_SPREAD) return SCALAR_COST;
    const name = node.name.value;
    if (visited.has(name)) return SCALAR_COST + DEPTH_COST_FACTOR * Math.max(visited.get(name)!, 0);
    visited.set(name, -1);
    const fragment = fragments.get(name);
    if (!fragment) return SCALAR_COST;
    const cost = costOf(fragment);
    visited.set(name, cost);
    return SCALAR_COST + DEPTH_COST_FACTOR * cost;
  };
  return operation.selectionSet.selections.reduce((sum, child) => sum + costOf(child), 0);
}

/** Whether any `first`/`last` in the document comes from a variable (otherwise armor's count is the whole story). */
const pagesFromVariables = (document: DocumentNode): boolean =>
  /\b(first|last)\s*:\s*\$/.test(document.loc?.source.body ?? '') || !document.loc;

/** The cost limit again, with variables: see the top of this file. */
export function variableCostLimit(maxCost: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ document, operation, request }) => {
          if (!operation || !pagesFromVariables(document)) return Promise.resolve();
          const cost = operationCost(document, operation, request.variables ?? {});
          if (cost <= maxCost) return Promise.resolve();
          throw new GraphQLError(`Query Cost limit of ${maxCost} exceeded, found ${Math.round(cost)}.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        },
      }),
  };
}
