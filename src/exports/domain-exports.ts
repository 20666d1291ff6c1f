import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import { scopedRowRule, seesAllRows } from '../access/row-policy.js';
import { hasAnyRole } from '../access/viewer.js';
import { CollaborationsService } from '../collaborations/collaborations.service.js';
import { MentorLoadStatus } from '../mentoring/dto/mentoring-stats.inputs.js';
import { isStaff, MentoringSessionReadsService } from '../mentoring/mentoring-session-reads.service.js';
import { MentoringStatsService } from '../mentoring/mentoring-stats.service.js';
import { MentorsService } from '../mentoring/mentors.service.js';
import { ProBonoService } from '../pro-bono/pro-bono.service.js';
import { cursorRows, joined } from './cursor.js';
import { CollaborationsExportArgs, EngagementsExportArgs, MentorsExportArgs, RosterExportArgs, SessionsExportArgs } from './export-args.js';
import { type AnyExportList, type ExportList, inMemory } from './export-list.js';
import {
  COLLABORATION_COLUMNS,
  COLLABORATION_SELECT,
  ENGAGEMENT_COLUMNS,
  ENGAGEMENT_SELECT,
  MENTOR_COLUMNS,
  MENTOR_DETAILS_SQL,
  ROSTER_COLUMNS,
  ROSTER_SQL,
  SESSION_COLUMNS,
  SESSION_SELECT,
} from './lists.queries.js';

/** A query builder with exactly these columns selected, in order. */
function selecting<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, columns: [string, string][]): SelectQueryBuilder<T> {
  qb.select(columns[0][0], columns[0][1]);
  for (const [sql, alias] of columns.slice(1)) qb.addSelect(sql, alias);
  return qb;
}

const pick = (columns: string[]) => (row: Record<string, unknown>) => columns.map((c) => row[c]);

/**
 * The lists staff work from, as downloads. Each has the rule of the GraphQL field it mirrors and
 * the same row and column rules: the filters are the list queries' own (listQuery of each
 * service), a mentor's sessions are cut by the row policy, private fields are empty for callers
 * the field would refuse.
 */
@Injectable()
export class DomainExports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mentors: MentorsService,
    private readonly sessions: MentoringSessionReadsService,
    private readonly stats: MentoringStatsService,
    private readonly collaborations: CollaborationsService,
    private readonly proBono: ProBonoService,
  ) {}

  lists(): AnyExportList[] {
    return [this.roster(), this.mentorLoad(), this.mentoringSessions(), this.collaborationList(), this.engagements()];
  }

  /** Cohort.enrollments (staff and analysts) with founders; Person.email is staff-only, so analysts get it empty. */
  private roster(): ExportList<RosterExportArgs> {
    return {
      name: 'cohort-roster',
      description: "A cohort's ventures and founders with each enrollment move (the roster import's columns)",
      roles: READERS,
      args: RosterExportArgs,
      streamed: true,
      open: (args, viewer) => {
        const emails = hasAnyRole(viewer, [Role.STAFF]);
        return cursorRows(this.dataSource, [ROSTER_SQL, [args.cohortId]], ROSTER_COLUMNS, (row) =>
          ROSTER_COLUMNS.map((c) => (c === 'founder_email' && !emails ? null : row[c])),
        );
      },
    };
  }

  /** Query.mentorLoad (staff), with who each mentor is. A bounded list: built in memory. */
  private mentorLoad(): ExportList<MentorsExportArgs> {
    return {
      name: 'mentors',
      description: 'Active mentors and their load against capacity, most loaded first',
      roles: [Role.STAFF],
      args: MentorsExportArgs,
      streamed: false,
      open: async (args) => {
        const load = await this.stats.load(args.filter?.status);
        const details = await this.dataSource.query<Record<string, unknown>[]>(MENTOR_DETAILS_SQL, [load.map((l) => l.mentorId)]);
        const byId = new Map(details.map((d) => [d.id as string, d]));
        return inMemory(
          MENTOR_COLUMNS,
          load.map((l) => {
            const d = byId.get(l.mentorId) ?? {};
            const status =
              l.activeVentures > l.capacity
                ? MentorLoadStatus.OVER
                : l.activeVentures === l.capacity
                  ? MentorLoadStatus.AT
                  : MentorLoadStatus.UNDER;
            return [
              l.mentorId,
              d.name,
              d.name_kana,
              d.email,
              d.organization,
              joined(d.expertise),
              joined(d.languages),
              l.capacity,
              l.activeVentures,
              Math.round((l.activeVentures / l.capacity) * 100) / 100,
              status,
            ];
          }),
        );
      },
    };
  }

  /**
   * Query.mentoringSessions for staff and analysts; a mentor gets the sessions of the ventures
   * the row policy gives them (as Venture.mentoringSessions does). privateNotes: the session's
   * mentor and staff; deletedAt (and includeDeleted): staff.
   */
  private mentoringSessions(): ExportList<SessionsExportArgs> {
    return {
      name: 'mentoring-sessions',
      description: 'Mentoring sessions, newest first (mentors: those of their ventures)',
      roles: [...READERS, Role.MENTOR],
      args: SessionsExportArgs,
      streamed: true,
      open: async (args, viewer) => {
        const qb = selecting(this.sessions.listQuery(args.filter, viewer), SESSION_SELECT).orderBy('s.held_at', 'DESC').addOrderBy('s.id');
        const scope = seesAllRows(viewer) ? null : await this.mentors.ventureScope(viewer);
        const rule = scope && scopedRowRule(scope);
        if (scope) qb.andWhere('s.venture_id = ANY(:scope::uuid[])', { scope: [...scope.ventureIds] });
        const staff = isStaff(viewer);
        return cursorRows(qb.connection, qb.getQueryAndParameters(), SESSION_COLUMNS, (row) => {
          // The SQL already keeps to the scope; the policy decides each row all the same.
          if (rule && !rule('MentoringSession', { ventureId: row.venture_id })) return null;
          const notes = staff || row.mentor_person_id === viewer.personId;
          return SESSION_COLUMNS.map((c) => {
            if (c === 'private_notes') return notes ? row.private_notes : null;
            if (c === 'deleted_at') return staff ? row.deleted_at : null;
            if (c === 'topics' || c === 'tags') return joined(row[c]);
            return row[c];
          });
        });
      },
    };
  }

  /** Query.collaborations (staff and analysts), with the day each stage was reached. */
  private collaborationList(): ExportList<CollaborationsExportArgs> {
    return {
      name: 'collaborations',
      description: 'Collaborations with their stages, newest start first',
      roles: READERS,
      args: CollaborationsExportArgs,
      streamed: true,
      open: (args) => {
        const qb = selecting(this.collaborations.listQuery(args.filter), COLLABORATION_SELECT)
          .orderBy('c.started_on', 'DESC')
          .addOrderBy('c.id');
        return cursorRows(qb.connection, qb.getQueryAndParameters(), COLLABORATION_COLUMNS, pick(COLLABORATION_COLUMNS));
      },
    };
  }

  /** Query.proBonoEngagements (staff and analysts), with volunteers and their hours. */
  private engagements(): ExportList<EngagementsExportArgs> {
    return {
      name: 'pro-bono-engagements',
      description: 'Pro bono engagements with their volunteers and hours, latest start first',
      roles: READERS,
      args: EngagementsExportArgs,
      streamed: true,
      open: (args) => {
        const qb = selecting(this.proBono.listQuery(args.filter), ENGAGEMENT_SELECT).orderBy('g.started_on', 'DESC').addOrderBy('g.id');
        return cursorRows(qb.connection, qb.getQueryAndParameters(), ENGAGEMENT_COLUMNS, pick(ENGAGEMENT_COLUMNS));
      },
    };
  }
}
