import {
  type DocumentNode,
  OperationTypeNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  locatedError,
  type OperationDefinitionNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { ForbiddenError } from '../../common/errors/domain-errors.js';
import type { GraphQLContext, AuthenticatedRequest } from '../../access/request-context.js';
import type { Viewer } from '../../access/viewer.js';
import { compilePlan, FORBIDDEN_KEY, type ForbidNode, type Plan } from './planner.js';
import { PrebuiltJson } from './prebuilt-json.js';
import { preparedQuery } from '../../common/prepared-query.js';

/** Plans kept (by document hash, operation and roles), least recently used dropped first. */
const PLANS_KEPT = 500;

export interface CompiledReadRequest {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | undefined;
  queryHash: string;
  variables: Record<string, unknown>;
  context: GraphQLContext;
}

/**
 * Answers a read with one SQL statement that writes the whole `data` object as JSON text in
 * PostgreSQL, when the planner covers every field of the operation (see planner.ts and
 * field-table.ts); otherwise `execute` returns null and the resolvers answer. What the
 * resolvers' guards and middleware do is done here too: the caller must be signed in with a role
 * the root field allows (else the resolvers answer, with their error), each root field counts one
 * call against the rate limit, private fields come back null with FORBIDDEN at their path.
 *
 * The text goes out as it came (PrebuiltJson, written by prebuilt-json.ts's `stringifyResult`):
 * node-postgres does not parse it, nor Apollo serialize it again. Only an answer that may hold
 * FORBIDDEN markers is parsed, to replace them with null and errors.
 */
export class CompiledReads {
  private readonly plans = new Map<string, Plan | null>();

  constructor(
    private readonly schema: () => GraphQLSchema,
    private readonly dataSource: DataSource,
    private readonly countCall: (userId: string) => Promise<void>,
  ) {}

  async execute(request: CompiledReadRequest): Promise<ExecutionResult | null> {
    if (request.operation.operation !== OperationTypeNode.QUERY) return null;
    let viewer: Viewer | null;
    try {
      viewer = await request.context.viewer();
    } catch {
      return null; // The resolvers' guard answers UNAUTHENTICATED.
    }
    if (!viewer) return null;
    const plan = this.planFor(request, viewer);
    if (!plan) return null;
    const variables = request.variables;
    if (!plan.checks.every((check) => check(variables))) return null;
    (request.context.req as AuthenticatedRequest).viewer = viewer;
    // The rate limit's count and the read go out together (one wait, not two); a refused count
    // drops the answer and the resolvers' guard refuses the request as usual.
    const counted = Promise.all(plan.roots.map(() => this.countCall(viewer.userId))).then(
      () => true,
      () => false,
    );
    const read = this.run(
      plan,
      plan.params.map((param) => param(variables, viewer)),
    );
    const [allowed, row] = await Promise.all([counted, read]);
    if (!allowed || !row) return null;
    if (plan.mustExist.some((i) => row[`r${i}`] === 'null')) return null; // NOT_FOUND comes from the resolvers.
    let text = '';
    for (let i = 0; i < plan.prefixes.length; i++) text += plan.prefixes[i] + row[`r${i}`];
    text += '}';
    if (!plan.forbidden) return { data: new PrebuiltJson(text) as unknown as Record<string, unknown> };
    const data = JSON.parse(text) as Record<string, unknown>;
    const errors: GraphQLError[] = [];
    markForbidden(data, plan.forbidden, [], errors);
    return errors.length ? { errors, data } : { data };
  }

  clear() {
    this.plans.clear();
  }

  /** The plan's statement, prepared under the plan's name when it has one; null when it fails. */
  private run(plan: Plan, values: unknown[]): Promise<Record<string, string> | null> {
    return preparedQuery<Record<string, string>>(this.dataSource, plan.sql, values, plan.name).then(
      (rows) => rows[0] ?? null,
      // A timeout or a lost connection: the resolvers answer, with their own errors if it persists.
      () => null,
    );
  }

  private planFor(request: CompiledReadRequest, viewer: Viewer): Plan | null {
    const key = `${request.queryHash}:${request.operationName ?? ''}:${[...viewer.roles].sort().join(',')}`;
    let plan = this.plans.get(key);
    if (plan !== undefined) {
      this.plans.delete(key);
    } else {
      plan = compilePlan(this.schema(), this.dataSource, request.document, request.operation, viewer).plan;
      if (this.plans.size >= PLANS_KEPT) this.plans.delete(this.plans.keys().next().value!);
    }
    this.plans.set(key, plan);
    return plan;
  }
}

/** Turns each FORBIDDEN marker into null and an error at its path, in document order (as the resolvers report them). */
function markForbidden(value: unknown, nodes: ForbidNode[], path: (string | number)[], errors: GraphQLError[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => markForbidden(item, nodes, [...path, i], errors));
    return;
  }
  const object = value as Record<string, unknown>;
  for (const node of nodes) {
    const child = object[node.key];
    if (node.error && child !== null && typeof child === 'object' && FORBIDDEN_KEY in child) {
      object[node.key] = null;
      errors.push(locatedError(new ForbiddenError(node.error.message), [node.error.node], [...path, node.key]));
    } else if (node.children.length) {
      markForbidden(child, node.children, [...path, node.key], errors);
    }
  }
}
