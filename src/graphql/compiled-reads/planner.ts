import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  type GraphQLOutputType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
  type ValueNode,
  type DocumentNode,
} from 'graphql';
import type { DataSource, EntityMetadata } from 'typeorm';
import { seesAllRows } from '../../access/row-policy.js';
import { hasAnyRole, type Viewer } from '../../access/viewer.js';
import { isUuid } from '../../common/persistence.js';
import { statementName } from '../../common/prepared-query.js';
import { type FieldSpec, type PageArg, ROOT_PAGE, ROOTS, ROW_POLICY, TYPES } from './field-table.js';

/** A value the statement needs at run time: from the request's variables, or the viewer. */
type ParamFn = (variables: Record<string, unknown>, viewer: Viewer) => unknown;
/** A run-time condition on the variables the compiled answer relies on; false: the resolvers answer. */
type Check = (variables: Record<string, unknown>) => boolean;

/** Where a field of the answer may be FORBIDDEN: walked after the statement (see `forbidden`). */
export interface ForbidNode {
  key: string;
  /** This field may come back as the FORBIDDEN marker: null in the answer, and this error. */
  error?: { message: string; node: FieldNode };
  children: ForbidNode[];
}

export interface Plan {
  /** One text column per root field (`r0`, `r1`, …): that field's JSON, compact as JSON.stringify writes it. */
  sql: string;
  /** The prepared statement's name (the same for the same text), or null: sent unnamed, planned each time. */
  name: string | null;
  /** What goes before each root column's JSON in the `data` object: `{"key":`, then `,"key":`. */
  prefixes: string[];
  params: ParamFn[];
  checks: Check[];
  /** Root fields: each counts one call against the rate limit, as each root resolver's guard does. */
  roots: FieldNode[];
  /** Root columns of by-id roots: null there means NOT_FOUND, which the resolvers answer. */
  mustExist: number[];
  /** The FORBIDDEN markers to turn into null and an error, or null when none can occur. */
  forbidden: ForbidNode[] | null;
}

/** The FORBIDDEN marker the statement puts where a field is private; no GraphQL name starts with `$`. */
export const FORBIDDEN_KEY = '$forbidden';
const FORBIDDEN = `'{"${FORBIDDEN_KEY}":true}'`;

/** Why an operation is not compiled: it falls back to the resolvers. */
class NotCompiled extends Error {}
const refuse = (why: string): never => {
  throw new NotCompiled(why);
};

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
/** DateTime as graphql-scalars serializes a JS Date (the resolver path): UTC, milliseconds, `Z`. */
const isoInstant = (e: string) => `to_char(${e} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

interface Collected {
  key: string;
  node: FieldNode;
}

/**
 * Compiles a query operation into one SQL statement that builds the whole `data` object as JSON
 * in PostgreSQL, for a caller with `viewer`'s roles (plans depend on roles only: the viewer's
 * person id is a parameter). Returns null, with the reason, when anything in the operation is
 * outside what the field table covers.
 */
export function compilePlan(
  schema: GraphQLSchema,
  dataSource: DataSource,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  viewer: Viewer,
): { plan: Plan | null; reason?: string } {
  try {
    return { plan: new Planner(schema, dataSource, document, operation, viewer).plan() };
  } catch (error) {
    if (error instanceof NotCompiled) return { plan: null, reason: error.message };
    throw error;
  }
}

class Planner {
  private readonly params: ParamFn[] = [];
  private readonly checks: Check[] = [];
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private aliases = 0;
  private anyForbidden = false;
  /** A page size comes from a variable: a parameter PostgreSQL would plan without its value. */
  private pagesVary = false;
  private readonly seesAll: boolean;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly dataSource: DataSource,
    document: DocumentNode,
    private readonly operation: OperationDefinitionNode,
    private readonly viewer: Viewer,
  ) {
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(d.name.value, d);
    this.seesAll = seesAllRows(viewer);
  }

  plan(): Plan {
    if (this.operation.operation !== OperationTypeNode.QUERY) refuse('not a query');
    const queryType = this.schema.getQueryType()!;
    const roots: FieldNode[] = [];
    const mustExist: number[] = [];
    const forbidden: ForbidNode[] = [];
    const columns: string[] = [];
    const prefixes: string[] = [];
    for (const { key, node } of this.collect(this.operation.selectionSet, queryType)) {
      const name = node.name.value;
      prefixes.push(`${columns.length ? ',' : '{'}${JSON.stringify(key)}:`);
      if (name === '__typename') {
        columns.push(sqlString('"Query"'));
        continue;
      }
      const root = ROOTS[name] ?? refuse(`root field ${name}`);
      // The guard would refuse it (FORBIDDEN): the resolvers say so.
      if (!hasAnyRole(this.viewer, root.allow)) refuse(`${name} is not allowed`);
      roots.push(node);
      const field = queryType.getFields()[name];
      const type = this.objectType(getNamedType(field.type));
      const t = this.alias();
      const here: ForbidNode = { key, children: [] };
      let sql: string;
      if (root.kind === 'connection') {
        const args = this.args(node, ['first']);
        this.check(args.first, ROOT_PAGE.default, pageValid(ROOT_PAGE));
        const order = root.order(t);
        const edgeType = this.objectType(getNamedType(type.getFields().edges.type));
        const parts: [string, string][] = [];
        for (const c of this.collect(node.selectionSet, type)) {
          const n = c.node.name.value;
          if (n === '__typename') parts.push([c.key, jsonString(type.name)]);
          else if (n === 'totalCount') parts.push([c.key, `(SELECT count(*) FROM ${root.table(t)})::text`]);
          else if (n === 'edges') {
            // A parameter only when edges use it: PostgreSQL refuses one the statement never mentions (`{ cohorts { totalCount } }`).
            const first = this.pageParam(args.first, ROOT_PAGE);
            const edgeForbid: ForbidNode = { key: c.key, children: [] };
            const edgeParts: [string, string][] = [];
            for (const e of this.collect(c.node.selectionSet, edgeType)) {
              const en = e.node.name.value;
              if (en === '__typename') edgeParts.push([e.key, jsonString(edgeType.name)]);
              else if (en === 'node') {
                const nodeForbid: ForbidNode = { key: e.key, children: [] };
                edgeParts.push([e.key, this.object(this.objectType(getNamedType(edgeType.getFields().node.type)), t, e.node, nodeForbid)]);
                if (nodeForbid.children.length) edgeForbid.children.push(nodeForbid);
              } else refuse(`${edgeType.name}.${en}`);
            }
            const edge = jsonObject(edgeParts);
            const rows = `(SELECT ${selectList(t, edge, order)} FROM ${root.table(t)} ORDER BY ${order} LIMIT ${first}) ${t}`;
            parts.push([c.key, jsonArray(edge, order, rows)]);
            if (edgeForbid.children.length) here.children.push(edgeForbid);
          } else refuse(`${type.name}.${n}`);
        }
        sql = jsonObject(parts);
      } else if (root.kind === 'by-id') {
        const args = this.args(node, ['id']);
        const id = this.param(args.id, undefined, (v) => typeof v === 'string' && isUuid(v));
        sql = jsonOne(this.object(type, t, node, here), `${root.table(t)} WHERE ${t}.id = ${id}::uuid`);
        mustExist.push(columns.length);
      } else {
        this.args(node, []);
        sql = jsonArray(this.object(type, t, node, here), root.order(t), root.from(t));
      }
      if (here.children.length) forbidden.push(here);
      columns.push(sql);
    }
    if (!roots.length) refuse('no root field');
    let sql = `SELECT ${columns.map((c, i) => `${c} AS r${i}`).join(', ')}`;
    if (sql.includes('$viewerPerson')) {
      this.params.push((_v, viewer) => viewer.personId);
      sql = sql.replaceAll('$viewerPerson', `$${this.params.length}::uuid`);
    }
    return {
      sql,
      // A generic plan serves lookups by id well, not a page size it does not know (it may cut
      // 20 rows or 500): with a page size from a variable, the statement is planned each time.
      name: this.pagesVary ? null : statementName(sql),
      prefixes,
      params: this.params,
      checks: this.checks,
      roots,
      mustExist,
      forbidden: this.anyForbidden ? forbidden : null,
    };
  }

  private alias() {
    return `t${++this.aliases}`;
  }

  private objectType(type: unknown): GraphQLObjectType {
    if (!(type instanceof GraphQLObjectType)) refuse(`abstract or leaf type ${String(type)}`);
    return type as GraphQLObjectType;
  }

  /** The fields of a selection set in response order; fragments only on the type itself, no directives. */
  private collect(selectionSet: SelectionSetNode | undefined, type: GraphQLObjectType, into: Collected[] = []): Collected[] {
    if (!selectionSet) refuse(`no selection on ${type.name}`);
    for (const s of selectionSet!.selections) {
      if (s.directives?.length) refuse('directives');
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        if (into.some((c) => c.key === key)) refuse(`${key} selected twice`);
        into.push({ key, node: s });
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (s.typeCondition && s.typeCondition.name.value !== type.name) refuse('fragment on another type');
        this.collect(s.selectionSet, type, into);
      } else {
        const fragment = this.fragments.get(s.name.value) ?? refuse(`unknown fragment ${s.name.value}`);
        if (fragment.directives?.length) refuse('directives');
        if (fragment.typeCondition.name.value !== type.name) refuse('fragment on another type');
        this.collect(fragment.selectionSet, type, into);
      }
    }
    return into;
  }

  /** The field's arguments by name; any other than `allowed` (a filter, an order, a cursor) is not compiled. */
  private args(node: FieldNode, allowed: string[]): Record<string, ValueNode | undefined> {
    const out: Record<string, ValueNode | undefined> = {};
    for (const a of node.arguments ?? []) {
      if (!allowed.includes(a.name.value)) refuse(`argument ${a.name.value}`);
      out[a.name.value] = a.value;
    }
    return out;
  }

  /** A parameter from a literal or a variable (its default when not sent, else `fallback`), checked at run time. */
  private param(value: ValueNode | undefined, fallback: unknown, valid: (v: unknown) => boolean): string {
    const read = this.check(value, fallback, valid);
    this.params.push((variables) => read(variables));
    return `$${this.params.length}`;
  }

  /** Checks an argument at run time without sending it (outside `valid`, the resolvers answer); returns its reader. */
  private check(value: ValueNode | undefined, fallback: unknown, valid: (v: unknown) => boolean) {
    let read: (variables: Record<string, unknown>) => unknown;
    if (!value) read = () => fallback;
    else if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      const definition = this.operation.variableDefinitions?.find((d) => d.variable.name.value === name);
      const defaultValue = definition?.defaultValue ? literal(definition.defaultValue) : undefined;
      read = (variables) => (name in variables ? variables[name] : defaultValue !== undefined ? defaultValue : fallback);
    } else {
      const v = literal(value);
      read = () => v;
    }
    this.checks.push((variables) => valid(read(variables)));
    return read;
  }

  /**
   * `first` within the resolver's range (outside it, the resolver answers BAD_USER_INPUT). A
   * literal or the default is written into the statement: PostgreSQL plans it with the number.
   */
  private pageParam(value: ValueNode | undefined, page: PageArg): string {
    if (value?.kind === Kind.VARIABLE) {
      this.pagesVary = true;
      return `${this.param(value, page.default, pageValid(page))}::int`;
    }
    const first = this.check(value, page.default, pageValid(page))({});
    return Number.isInteger(first) ? String(first) : 'NULL'; // Not an integer: the check refuses it before it runs.
  }

  /** The JSON text of the selection on `type` for the row aliased `p`. */
  private object(type: GraphQLObjectType, p: string, node: FieldNode, forbid: ForbidNode): string {
    const spec = TYPES[type.name] ?? refuse(`type ${type.name}`);
    const meta = spec.entity ? this.entity(spec.entity) : undefined;
    const parts: [string, string][] = [];
    for (const { key, node: child } of this.collect(node.selectionSet, type)) {
      const name = child.name.value;
      if (name === '__typename') {
        parts.push([key, jsonString(type.name)]);
        continue;
      }
      const field = type.getFields()[name] ?? refuse(`${type.name}.${name}`);
      const fieldSpec = spec.fields[name];
      const childForbid: ForbidNode = { key, children: [] };
      const sql = fieldSpec ? this.specField(type, field, fieldSpec, p, child, childForbid) : this.column(type, field, meta, p, child);
      if (childForbid.error || childForbid.children.length) forbid.children.push(childForbid);
      parts.push([key, sql]);
    }
    return jsonObject(parts);
  }

  private entity(name: string): EntityMetadata {
    return this.dataSource.entityMetadatas.find((m) => m.name === name) ?? refuse(`entity ${name}`);
  }

  /** A plain field: the entity's column of the same name, read as the default resolver would. */
  private column(
    type: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    meta: EntityMetadata | undefined,
    p: string,
    node: FieldNode,
  ) {
    // A resolver or field middleware (e.g. visibleTo) answers it: not a plain column.
    // Nest gives plain fields its `rootFieldResolver` (reads the property); anything else is a resolver or middleware.
    if ((field.resolve && field.resolve.name !== 'rootFieldResolver') || field.args.length || node.arguments?.length) {
      refuse(`${type.name}.${field.name} has a resolver`);
    }
    const column = meta?.findColumnWithPropertyName(field.name) ?? refuse(`${type.name}.${field.name} is not a column`);
    if (column.transformer || column.embeddedMetadata) refuse(`${type.name}.${field.name} is transformed`);
    return this.leaf(field.type, `${p}."${column.databaseName}"`, `${type.name}.${field.name}`);
  }

  /**
   * The JSON text of a leaf value as GraphQL serializes it and JSON.stringify writes it: DateTime
   * as an ISO instant, enums by name, `null` for NULL. PostgreSQL's to_json escapes strings as
   * JSON.stringify does; Float is left to the resolvers (the two write some numbers differently).
   */
  private leaf(type: GraphQLOutputType, sql: string, where: string): string {
    const inner = type instanceof GraphQLNonNull ? type.ofType : type;
    if (inner instanceof GraphQLList) {
      const item = inner.ofType instanceof GraphQLNonNull ? inner.ofType.ofType : inner.ofType;
      if (item instanceof GraphQLList) refuse(`${where}: nested lists`);
      if (item instanceof GraphQLEnumType && !namesAreValues(item)) {
        const agg = `coalesce('[' || string_agg(coalesce(${enumName(item, 'u.x')}, 'null'), ',' ORDER BY u.o) || ']', '[]')`;
        return `coalesce((SELECT ${agg} FROM unnest(${sql}) WITH ORDINALITY u(x, o) HAVING ${sql} IS NOT NULL), 'null')`;
      }
      if (item instanceof GraphQLScalarType && !PLAIN_SCALARS.includes(item.name)) refuse(`${where}: list of ${item.name}`);
      if (!(item instanceof GraphQLScalarType) && !(item instanceof GraphQLEnumType)) refuse(`${where}: list of ${String(item)}`);
      return jsonValue(sql);
    }
    if (inner instanceof GraphQLEnumType) return namesAreValues(inner) ? jsonValue(sql) : `coalesce(${enumName(inner, sql)}, 'null')`;
    if (inner instanceof GraphQLScalarType) {
      if (inner.name === 'DateTime') return `coalesce('"' || ${isoInstant(sql)} || '"', 'null')`;
      if (PLAIN_SCALARS.includes(inner.name)) return jsonValue(sql);
    }
    return refuse(`${where}: type ${String(inner)}`);
  }

  private specField(
    type: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    spec: FieldSpec,
    p: string,
    node: FieldNode,
    forbid: ForbidNode,
  ): string {
    const where = `${type.name}.${field.name}`;
    if (spec.kind === 'row-private') {
      if (node.arguments?.length) refuse(`${where} arguments`);
      const value = this.leaf(field.type, spec.sql(p), where);
      if (hasAnyRole(this.viewer, spec.roles)) return value;
      if (field.type instanceof GraphQLNonNull) refuse(`${where} is private but not nullable`);
      this.anyForbidden = true;
      forbid.error = { message: spec.message, node };
      return `CASE WHEN ${spec.allowed(p)} THEN ${value} ELSE ${FORBIDDEN} END`;
    }
    if (spec.visibleTo && !hasAnyRole(this.viewer, spec.visibleTo)) {
      // Arguments are still read as the resolver reads them: only the ones compiled here.
      this.args(node, spec.kind === 'list' && spec.page ? ['first'] : []);
      if (field.type instanceof GraphQLNonNull) refuse(`${where} is private but not nullable`);
      this.anyForbidden = true;
      forbid.error = { message: `${where} is private`, node };
      return FORBIDDEN;
    }
    if (spec.kind === 'value') {
      this.args(node, []);
      return this.leaf(field.type, spec.sql(p), where);
    }
    const target = this.objectType(getNamedType(field.type));
    if (target.name !== spec.type) refuse(`${where}: the table says ${spec.type}, the schema ${target.name}`);
    const t = this.alias();
    if (spec.kind === 'one') {
      this.args(node, []);
      return jsonOne(this.object(target, t, node, forbid), spec.from(p, t));
    }
    const args = this.args(node, spec.page ? ['first'] : []);
    const order = spec.order(t);
    const object = this.object(target, t, node, forbid);
    // The row policy drops rows after the page is cut, as the request's loaders do.
    const policy = spec.rows && !this.seesAll ? ` WHERE ${ROW_POLICY[spec.rows](t)}` : '';
    // Only the columns used above the page: the rows sorted and cut are narrower.
    const columns = selectList(t, object, order, policy);
    const rows = spec.page
      ? `(SELECT ${columns} FROM ${spec.from(p, t)} ORDER BY ${spec.pageOrder ?? order} LIMIT ${this.pageParam(args.first, spec.page)}) ${t}${policy}`
      : policy
        ? `(SELECT ${columns} FROM ${spec.from(p, t)}) ${t}${policy}`
        : spec.from(p, t);
    return jsonArray(object, order, rows);
  }
}

/** A literal argument value as JSON (variables inside a literal are not compiled). */
function literal(value: ValueNode): unknown {
  switch (value.kind) {
    case Kind.INT:
      return Number.parseInt(value.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(value.value);
    case Kind.STRING:
    case Kind.ENUM:
      return value.value;
    case Kind.BOOLEAN:
      return value.value;
    case Kind.NULL:
      return null;
    default:
      return refuse(`literal ${value.kind}`);
  }
}

const namesAreValues = (type: GraphQLEnumType) => type.getValues().every((v) => v.value === v.name);

/** The enum value's name as JSON text (NULL for none). */
function enumName(type: GraphQLEnumType, sql: string): string {
  const values = type.getValues();
  if (values.some((v) => typeof v.value !== 'number')) refuse(`enum ${type.name}`);
  return `CASE ${sql} ${values.map((v) => `WHEN ${Number(v.value)} THEN ${jsonString(v.name)}`).join(' ')} END`;
}

/**
 * The statement writes the answer's JSON text itself, compact as JSON.stringify writes it (no
 * spaces: json_build_object and json_agg would add some), so that the server sends it on as it
 * comes (prebuilt-json.ts). Every value below is non-null text: `null` is spelled out.
 */
const PLAIN_SCALARS = ['String', 'ID', 'Int', 'Boolean', 'LocalDate'];

/** A constant JSON string, as an SQL literal. */
const jsonString = (s: string) => sqlString(JSON.stringify(s));

/** A column or expression as JSON text: strings escaped by to_json as JSON.stringify escapes them. */
const jsonValue = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;

/** `{"key":value,…}` from JSON texts. */
function jsonObject(parts: [string, string][]): string {
  if (!parts.length) return `'{}'`;
  if (parts.length > 50) refuse('more than 50 fields in one object');
  const args: string[] = [];
  parts.forEach(([key, value], i) => args.push(sqlString(`${i ? ',' : '{'}${JSON.stringify(key)}:`), value));
  args.push(`'}'`);
  return concat(args);
}

/** concat() of text arguments, nested past the 100 arguments a function takes. */
function concat(args: string[]): string {
  return args.length <= 100 ? `concat(${args.join(', ')})` : concat([concat(args.slice(0, 99)), ...args.slice(99)]);
}

/** The JSON array of `item` (JSON text) over `rows`, in `order`; `[]` for none. */
const jsonArray = (item: string, order: string, rows: string) =>
  `coalesce((SELECT '[' || string_agg(${item}, ',' ORDER BY ${order}) || ']' FROM ${rows}), '[]')`;

/** The JSON of `item` for the one row of `from`, `null` for none. */
const jsonOne = (item: string, from: string) => `coalesce((SELECT ${item} FROM ${from}), 'null')`;

/**
 * The columns of the row aliased `t` that `sql` reads (`t.col` or `t."col"`), as a select list;
 * empty when it reads none (PostgreSQL takes `SELECT FROM …`). Aliases are `t<n>`, unique in the
 * statement, so `t1.` never matches inside `t12.`.
 */
function selectList(t: string, ...sql: string[]): string {
  const columns = new Set<string>();
  for (const m of sql.join(' ').matchAll(new RegExp(`\\b${t}\\.(?:"([^"]+)"|([A-Za-z_][A-Za-z0-9_]*))`, 'g'))) {
    columns.add(m[1] ?? m[2]);
  }
  return [...columns].map((c) => `${t}."${c}"`).join(', ');
}

/** `first` within the resolver's range. */
function pageValid(page: PageArg) {
  return (v: unknown) => Number.isInteger(v) && (v as number) >= page.min && (v as number) <= page.max;
}
