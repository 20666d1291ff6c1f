import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { VentureScope } from '../access/row-policy.js';
import type { Viewer } from '../access/viewer.js';
import { ConflictError, ValidationError } from '../common/errors/domain-errors.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { assignDefined, findByAny, type GetOptions, getOrThrow, msColumn, advanceVersion } from '../common/persistence.js';
import { EnrollmentStatus } from '../enrollments/enrollment-status.enum.js';
import { EnrollmentsService } from '../enrollments/enrollments.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import type { AssignMentorInput, CreateMentorInput, EndAssignmentInput, MentorsArgs, UpdateMentorInput } from './dto/mentor.inputs.js';
import { MentorAssignmentEntity, MentorEntity } from './mentor.entity.js';

/** Enrollments a mentor can be assigned to: the venture is in the cohort's program. */
const ASSIGNABLE = [EnrollmentStatus.ADMITTED, EnrollmentStatus.ACTIVE];

@Injectable()
export class MentorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
    private readonly enrollments: EnrollmentsService,
  ) {}

  getById(id: string, options: GetOptions = {}): Promise<MentorEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, MentorEntity, 'Mentor', id, options);
  }

  findByIds(ids: readonly string[]): Promise<MentorEntity[]> {
    return findByAny(this.dataSource.manager, MentorEntity, 'id', ids);
  }

  list(args: MentorsArgs): Promise<Connection<MentorEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(MentorEntity, 'm');
    const f = args.filter;
    if (f?.active != null) qb.andWhere('m.active = :active', { active: f.active });
    if (f?.expertise) qb.andWhere('lower(:expertise) = ANY(SELECT lower(x) FROM unnest(m.expertise) x)', { expertise: f.expertise });
    if (f?.affiliationOrganizationId) qb.andWhere('m.affiliation_organization_id = :org', { org: f.affiliationOrganizationId });
    return paginate(qb, { column: msColumn('m.created_at'), value: (m) => m.createdAt, direction: SortDirection.ASC }, args);
  }

  create(input: CreateMentorInput, actor: Viewer): Promise<MentorEntity> {
    return this.audit.transaction(actor, 'createMentor', async (m) => {
      await this.people.getById(input.personId, { manager: m, field: 'input.personId' });
      if (input.affiliationOrganizationId) {
        await this.organizations.getById(input.affiliationOrganizationId, { manager: m, field: 'input.affiliationOrganizationId' });
      }
      if (await m.existsBy(MentorEntity, { personId: input.personId })) {
        throw new ConflictError('This person already has a mentor profile', { field: 'input.personId' });
      }
      return m.save(
        m.create(MentorEntity, {
          personId: input.personId,
          expertise: input.expertise ?? [],
          languages: input.languages ?? [],
          affiliationOrganizationId: input.affiliationOrganizationId ?? null,
          capacity: input.capacity ?? 3,
          active: true,
        }),
      );
    });
  }

  update(input: UpdateMentorInput, actor: Viewer): Promise<MentorEntity> {
    return this.audit.transaction(actor, 'updateMentor', async (m, entry) => {
      const mentor = await this.getById(input.id, { manager: m, field: 'input.id', lock: true });
      entry.track(mentor);
      advanceVersion(mentor, input.version);
      if (input.affiliationOrganizationId) {
        await this.organizations.getById(input.affiliationOrganizationId, { manager: m, field: 'input.affiliationOrganizationId' });
      }
      const { id: _id, version: _version, ...patch } = input;
      return m.save(assignDefined(mentor, patch));
    });
  }

  /**
   * Pairs a mentor with an admitted or active enrollment. Refused: an inactive mentor, an
   * enrollment that is not (or no longer) in the program, an overlapping assignment of the
   * same pair, more overlapping ventures than the mentor's capacity. The mentor's row lock
   * serialises concurrent assignments of one mentor, so capacity holds under load.
   */
  assign(input: AssignMentorInput, actor: Viewer): Promise<MentorAssignmentEntity> {
    return this.audit.transaction(actor, 'assignMentor', async (m) => {
      const mentor = await this.getById(input.mentorId, { manager: m, field: 'input.mentorId', lock: true });
      if (!mentor.active) throw new ConflictError('The mentor is inactive', { field: 'input.mentorId' });
      const enrollment = await this.enrollments.getById(input.enrollmentId, { manager: m, field: 'input.enrollmentId' });
      if (!ASSIGNABLE.includes(enrollment.status)) {
        throw new ConflictError(`The venture is ${enrollment.status} in this cohort, not admitted or active`, {
          field: 'input.enrollmentId',
        });
      }
      const endsOn = input.endsOn ?? null;
      if (endsOn && endsOn < input.startsOn) throw new ValidationError({ field: 'input.endsOn', message: 'must not be before startsOn' });

      const overlapping = await m
        .createQueryBuilder(MentorAssignmentEntity, 'a')
        .select('a.enrollment_id', 'enrollmentId')
        .where('a.mentor_id = :mentorId', { mentorId: mentor.id })
        .andWhere(`daterange(a.starts_on, a.ends_on, '[]') && daterange(:startsOn::date, :endsOn::date, '[]')`, {
          startsOn: input.startsOn,
          endsOn,
        })
        .getRawMany<{ enrollmentId: string }>();
      if (overlapping.some((a) => a.enrollmentId === enrollment.id)) {
        throw new ConflictError('The mentor is already assigned to this venture for an overlapping period', {
          field: 'input.enrollmentId',
        });
      }
      if (new Set(overlapping.map((a) => a.enrollmentId)).size >= mentor.capacity) {
        throw new ConflictError(`The mentor is at capacity (${mentor.capacity} ventures) for this period`, { field: 'input.mentorId' });
      }
      return m.save(
        m.create(MentorAssignmentEntity, {
          mentorId: mentor.id,
          enrollmentId: enrollment.id,
          role: input.role,
          startsOn: input.startsOn,
          endsOn,
        }),
      );
    });
  }

  endAssignment(input: EndAssignmentInput, actor: Viewer): Promise<MentorAssignmentEntity> {
    return this.audit.transaction(actor, 'endAssignment', async (m, entry) => {
      const assignment = await getOrThrow(m, MentorAssignmentEntity, 'MentorAssignment', input.assignmentId, {
        field: 'input.assignmentId',
        lock: true,
      });
      entry.track(assignment);
      if (assignment.endsOn)
        throw new ConflictError(`The assignment already ended on ${assignment.endsOn}`, { field: 'input.assignmentId' });
      if (input.endsOn < assignment.startsOn) {
        throw new ValidationError({ field: 'input.endsOn', message: `must not be before the assignment started (${assignment.startsOn})` });
      }
      assignment.endsOn = input.endsOn;
      return m.save(assignment);
    });
  }

  findAssignmentsByMentorIds(mentorIds: readonly string[]): Promise<MentorAssignmentEntity[]> {
    return findByAny(this.dataSource.manager, MentorAssignmentEntity, 'mentorId', mentorIds, ['startsOn', 'id']);
  }

  findAssignmentsByEnrollmentIds(enrollmentIds: readonly string[]): Promise<MentorAssignmentEntity[]> {
    return findByAny(this.dataSource.manager, MentorAssignmentEntity, 'enrollmentId', enrollmentIds, ['startsOn', 'id']);
  }

  /**
   * The rows a mentor may see (access/row-policy.ts): the ventures they are or were assigned to,
   * and every enrollment of those ventures. One statement, once per request that needs it.
   */
  async ventureScope(viewer: Viewer): Promise<VentureScope> {
    const rows = await this.dataSource.query<{ ventureId: string; enrollmentId: string }[]>(
      `SELECT e.venture_id AS "ventureId", e.id AS "enrollmentId" FROM enrollments e
        WHERE e.venture_id IN (SELECT mine.venture_id FROM mentor_assignments a
                                 JOIN mentors m ON m.id = a.mentor_id
                                 JOIN enrollments mine ON mine.id = a.enrollment_id
                                WHERE m.person_id = $1)`,
      [viewer.personId],
    );
    return { ventureIds: new Set(rows.map((r) => r.ventureId)), enrollmentIds: new Set(rows.map((r) => r.enrollmentId)) };
  }

  /** Ids of the ventures the signed-in mentor is (or was) assigned to, by name. */
  async findMyVentureIds(viewer: Viewer): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT v.id FROM ventures v
        WHERE EXISTS (SELECT 1 FROM mentor_assignments a
                        JOIN mentors m ON m.id = a.mentor_id
                        JOIN enrollments e ON e.id = a.enrollment_id
                       WHERE m.person_id = $1 AND e.venture_id = v.id)
        ORDER BY v.name, v.id`,
      [viewer.personId],
    );
    return rows.map((r) => r.id);
  }

  /** The signed-in mentor's assignments, newest first (none without a mentor profile). */
  findMyAssignments(viewer: Viewer): Promise<MentorAssignmentEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(MentorAssignmentEntity, 'a')
      .innerJoin(MentorEntity, 'm', 'm.id = a.mentor_id')
      .where('m.person_id = :personId', { personId: viewer.personId })
      .orderBy('a.starts_on', 'DESC')
      .addOrderBy('a.id')
      .getMany();
  }
}
