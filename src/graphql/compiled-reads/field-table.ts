import { Role } from '../../access/role.enum.js';
import { READERS } from '../../access/access.decorators.js';
import { engagementStarted } from '../../pro-bono/pro-bono.queries.js';
import type { RowKind } from '../../access/row-policy.js';

/**
 * What the read compiler knows about the schema beyond the entity metadata: for each GraphQL
 * object type, the entity whose plain columns answer its plain fields, and the fields that
 * resolvers answer (relations, computed values), each with the SQL that gives the same answer.
 * A field not listed here, and not a plain column of the entity, makes the operation fall back
 * to the resolvers. Each entry names the resolver it stands for: change both together
 * (test/compiled-reads.e2e-spec.ts holds the two paths to byte-identical answers).
 *
 * SQL fragments take the parent row's alias `p` and the new row's alias `t`; the parameter
 * `$viewerPerson` is the caller's person id (see planner.ts).
 */

/** A page-size argument `first`: its default and the range outside which the resolver refuses it. */
export interface PageArg {
  default: number;
  min: number;
  max: number;
}

/** Nested lists: `first: Int = 50`, 1..500 (common/loaders/page-size.ts). */
export const NESTED_PAGE: PageArg = { default: 50, min: 1, max: 500 };
/** Root connections: `first: Int = 20`, 0..100 (common/pagination/connection.types.ts). */
export const ROOT_PAGE: PageArg = { default: 20, min: 0, max: 100 };

interface Common {
  /** Field privacy (`@VisibleTo` / `visibleTo`): other callers get null and FORBIDDEN with this message. */
  visibleTo?: readonly Role[];
}

/** A value computed in SQL from the parent row. */
export interface ValueField extends Common {
  kind: 'value';
  sql: (p: string) => string;
}

/** One related row (null when there is none). */
export interface OneField extends Common {
  kind: 'one';
  type: string;
  /** FROM … [WHERE …] giving at most one row aliased `t`. */
  from: (p: string, t: string) => string;
}

/** A list of related rows, in the resolver's order, cut at `first`, then the row policy applied. */
export interface ListField extends Common {
  kind: 'list';
  type: string;
  from: (p: string, t: string) => string;
  order: (t: string) => string;
  /** The `first` argument, when the field takes one (else every row). */
  page?: PageArg;
  /** The page's cut in terms of `from`'s own tables, when an index there gives `order` (default: `order`). */
  pageOrder?: string;
  /** The row policy's kind (access/row-policy.ts) of the rows, when the loader declares one. */
  rows?: RowKind;
}

/** `MentoringSession.privateNotes`-like: visible per row, decided in SQL; otherwise null and FORBIDDEN. */
export interface RowPrivateField {
  kind: 'row-private';
  sql: (p: string) => string;
  /** Who sees every row's value. */
  roles: readonly Role[];
  /** SQL condition: this caller sees this row's value. */
  allowed: (p: string) => string;
  message: string;
}

export type FieldSpec = ValueField | OneField | ListField | RowPrivateField;

/** A root query field: its access rule (the resolver's `@Allow`) and how its rows are read. */
export type RootSpec =
  | {
      kind: 'connection';
      type: string;
      allow: readonly Role[];
      table: (t: string) => string;
      /** The default order (the resolver's, without `orderBy`), keyset tie-breaker included. */
      order: (t: string) => string;
    }
  | { kind: 'by-id'; type: string; allow: readonly Role[]; table: (t: string) => string }
  | { kind: 'list'; type: string; allow: readonly Role[]; from: (t: string) => string; order: (t: string) => string };

export interface TypeSpec {
  /** The TypeORM entity (by class name) whose plain columns answer plain fields. */
  entity?: string;
  fields: Record<string, FieldSpec>;
}

const graduatedOn = (venture: string) =>
  `(SELECT min(ge.status_on) FROM enrollments ge WHERE ge.venture_id = ${venture}.id AND ge.status = 'GRADUATED')`;

/** The ventures a mentor is or was assigned to (MentorsService.ventureScope). */
export const MY_VENTURES = `SELECT mine.venture_id FROM mentor_assignments ma JOIN mentors mm ON mm.id = ma.mentor_id
  JOIN enrollments mine ON mine.id = ma.enrollment_id WHERE mm.person_id = $viewerPerson`;

/** The row policy (access/row-policy.ts) in SQL, for scoped viewers. */
export const ROW_POLICY: Record<RowKind, (t: string) => string> = {
  Venture: (t) => `${t}.id IN (${MY_VENTURES})`,
  Enrollment: (t) => `${t}.venture_id IN (${MY_VENTURES})`,
  EnrollmentEvent: (t) => `${t}.enrollment_id IN (SELECT se.id FROM enrollments se WHERE se.venture_id IN (${MY_VENTURES}))`,
  MentorAssignment: (t) => `${t}.enrollment_id IN (SELECT se.id FROM enrollments se WHERE se.venture_id IN (${MY_VENTURES}))`,
  MentoringSession: (t) => `${t}.venture_id IN (${MY_VENTURES})`,
};

const STAFF_ANALYST = [Role.STAFF, Role.ANALYST] as const;

export const ROOTS: Record<string, RootSpec> = {
  // CohortsResolver.cohorts: keyset pages by year, newest first.
  cohorts: {
    kind: 'connection',
    type: 'Cohort',
    allow: [...READERS, Role.MENTOR],
    table: (t) => `cohorts ${t}`,
    order: (t) => `${t}.year DESC, ${t}.id DESC`,
  },
  // CohortsResolver.cohort
  cohort: { kind: 'by-id', type: 'Cohort', allow: [...READERS, Role.MENTOR], table: (t) => `cohorts ${t}` },
  // VenturesResolver.venture
  venture: { kind: 'by-id', type: 'Venture', allow: READERS, table: (t) => `ventures ${t}` },
  // MentorsResolver.myVentures: by name.
  myVentures: {
    kind: 'list',
    type: 'Venture',
    allow: [Role.MENTOR],
    from: (t) => `ventures ${t} WHERE ${t}.id IN (${MY_VENTURES})`,
    order: (t) => `${t}.name, ${t}.id`,
  },
};

export const TYPES: Record<string, TypeSpec> = {
  Program: { entity: 'ProgramEntity', fields: {} },
  Organization: { entity: 'OrganizationEntity', fields: {} },
  Cohort: {
    entity: 'CohortEntity',
    fields: {
      // CohortsResolver.program
      program: { kind: 'one', type: 'Program', from: (p, t) => `programs ${t} WHERE ${t}.id = ${p}.program_id` },
      // CohortAlumniResolver.alumni (no filter): graduates by name.
      alumni: {
        kind: 'list',
        type: 'Venture',
        visibleTo: STAFF_ANALYST,
        // The page is cut from the cohort's graduates in the index of their ventures' names
        // (enrollments.venture_name, kept by triggers: migration GraduatesByName), and only its
        // ventures are read, by id behind a fence (OFFSET 0): sorting every graduate of the cohort
        // grew with it (nested read p50 ×2.7 at scale 10), and walking the ventures' (name, id)
        // index probes each venture for this cohort (1.4 s for a recent cohort at scale 10).
        from: (p, t) =>
          `enrollments ae CROSS JOIN LATERAL (SELECT * FROM ventures WHERE ventures.id = ae.venture_id OFFSET 0) ${t}
             WHERE ae.cohort_id = ${p}.id AND ae.status = 'GRADUATED'`,
        order: (t) => `${t}.name, ${t}.id`,
        pageOrder: 'ae.venture_name, ae.venture_id',
        page: NESTED_PAGE,
        rows: 'Venture',
      },
      // CohortEnrollmentsResolver.enrollments (no status)
      enrollments: {
        kind: 'list',
        type: 'Enrollment',
        visibleTo: STAFF_ANALYST,
        from: (p, t) => `enrollments ${t} WHERE ${t}.cohort_id = ${p}.id`,
        order: (t) => `${t}.created_at, ${t}.id`,
        page: NESTED_PAGE,
        rows: 'Enrollment',
      },
    },
  },
  Enrollment: {
    entity: 'EnrollmentEntity',
    fields: {
      cohort: { kind: 'one', type: 'Cohort', from: (p, t) => `cohorts ${t} WHERE ${t}.id = ${p}.cohort_id` },
      venture: { kind: 'one', type: 'Venture', from: (p, t) => `ventures ${t} WHERE ${t}.id = ${p}.venture_id` },
      history: {
        kind: 'list',
        type: 'EnrollmentEvent',
        from: (p, t) => `enrollment_events ${t} WHERE ${t}.enrollment_id = ${p}.id`,
        order: (t) => `${t}.occurred_on, ${t}.recorded_at`,
        rows: 'EnrollmentEvent',
      },
    },
  },
  EnrollmentEvent: { entity: 'EnrollmentEventEntity', fields: {} },
  Venture: {
    entity: 'VentureEntity',
    fields: {
      // VentureCollaborationsResolver.collaborations: oldest start first.
      collaborations: {
        kind: 'list',
        type: 'Collaboration',
        visibleTo: STAFF_ANALYST,
        from: (p, t) => `collaborations ${t} WHERE ${t}.venture_id = ${p}.id`,
        order: (t) => `${t}.started_on, ${t}.id`,
        page: NESTED_PAGE,
      },
      // VentureMentoringResolver.mentoringSessionCount: live sessions.
      mentoringSessionCount: {
        kind: 'value',
        sql: (p) => `(SELECT count(*) FROM mentoring_sessions ms WHERE ms.venture_id = ${p}.id AND ms.deleted_at IS NULL)`,
      },
      // VentureMentoringResolver.mentoringSessions: live sessions, newest first.
      mentoringSessions: {
        kind: 'list',
        type: 'MentoringSession',
        from: (p, t) => `mentoring_sessions ${t} WHERE ${t}.venture_id = ${p}.id AND ${t}.deleted_at IS NULL`,
        order: (t) => `${t}.held_at DESC, ${t}.id`,
        page: NESTED_PAGE,
        rows: 'MentoringSession',
      },
      // VentureEnrollmentsResolver.graduatedOn
      graduatedOn: { kind: 'value', sql: graduatedOn },
      // VentureEnrollmentsResolver.enrollments
      enrollments: {
        kind: 'list',
        type: 'Enrollment',
        visibleTo: STAFF_ANALYST,
        from: (p, t) => `enrollments ${t} WHERE ${t}.venture_id = ${p}.id`,
        order: (t) => `${t}.created_at, ${t}.id`,
        page: NESTED_PAGE,
        rows: 'Enrollment',
      },
      // VenturesResolver.originOrganization
      originOrganization: {
        kind: 'one',
        type: 'Organization',
        from: (p, t) => `organizations ${t} WHERE ${t}.id = ${p}.origin_organization_id`,
      },
      // VentureJourneyResolver.afterGraduation: null when it never graduated.
      afterGraduation: {
        kind: 'one',
        type: 'AfterGraduation',
        visibleTo: STAFF_ANALYST,
        from: (p, t) => `(SELECT ${p}.id AS venture_id, ${graduatedOn(p)} AS graduated_on) ${t} WHERE ${t}.graduated_on IS NOT NULL`,
      },
    },
  },
  AfterGraduation: {
    fields: {
      graduatedOn: { kind: 'value', sql: (p) => `${p}.graduated_on` },
      // AfterGraduationResolver.collaborations: started on or after graduation, oldest first.
      collaborations: {
        kind: 'list',
        type: 'CollaborationAfterGraduation',
        from: (p, t) =>
          `(SELECT c.id AS ref_id, c.started_on, c.started_on - ${p}.graduated_on AS days FROM collaborations c
             WHERE c.venture_id = ${p}.venture_id AND c.started_on >= ${p}.graduated_on) ${t}`,
        order: (t) => `${t}.started_on, ${t}.ref_id`,
        page: NESTED_PAGE,
      },
      // AfterGraduationResolver.proBonoSupport: engagements that became ACTIVE, oldest start first.
      proBonoSupport: {
        kind: 'list',
        type: 'EngagementAfterGraduation',
        from: (p, t) =>
          `(SELECT g.id AS ref_id, g.started_on, g.started_on - ${p}.graduated_on AS days FROM pro_bono_engagements g
             WHERE g.beneficiary_venture_id = ${p}.venture_id AND g.started_on >= ${p}.graduated_on AND ${engagementStarted('g')}) ${t}`,
        order: (t) => `${t}.started_on, ${t}.ref_id`,
        page: NESTED_PAGE,
      },
    },
  },
  CollaborationAfterGraduation: {
    fields: {
      daysAfterGraduation: { kind: 'value', sql: (p) => `${p}.days` },
      collaboration: { kind: 'one', type: 'Collaboration', from: (p, t) => `collaborations ${t} WHERE ${t}.id = ${p}.ref_id` },
    },
  },
  EngagementAfterGraduation: {
    fields: {
      daysAfterGraduation: { kind: 'value', sql: (p) => `${p}.days` },
      engagement: { kind: 'one', type: 'ProBonoEngagement', from: (p, t) => `pro_bono_engagements ${t} WHERE ${t}.id = ${p}.ref_id` },
    },
  },
  Collaboration: { entity: 'CollaborationEntity', fields: {} },
  ProBonoEngagement: { entity: 'ProBonoEngagementEntity', fields: {} },
  MentoringSession: {
    entity: 'MentoringSessionEntity',
    fields: {
      // MentoringSessionsResolver.privateNotes: staff, or the session's own mentor.
      privateNotes: {
        kind: 'row-private',
        sql: (p) => `${p}.private_notes`,
        roles: [Role.STAFF],
        allowed: (p) => `EXISTS (SELECT 1 FROM mentors pm WHERE pm.id = ${p}.mentor_id AND pm.person_id = $viewerPerson)`,
        message: 'MentoringSession.privateNotes is private to its mentor and staff',
      },
    },
  },
};
