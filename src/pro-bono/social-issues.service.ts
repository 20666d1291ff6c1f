import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { assignDefined, type GetOptions, getOrThrow, isUuid, rowToEntity, advanceVersion } from '../common/persistence.js';
import type { CreateSocialIssueInput, UpdateSocialIssueInput } from './dto/pro-bono.inputs.js';
import { SocialIssueEntity } from './pro-bono.entity.js';

/** The lookup list of social issues staff maintain; names are unique regardless of case. */
@Injectable()
export class SocialIssuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  getById(id: string, options: GetOptions = {}): Promise<SocialIssueEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, SocialIssueEntity, 'SocialIssue', id, options);
  }

  list(): Promise<SocialIssueEntity[]> {
    return this.dataSource.manager.find(SocialIssueEntity, { order: { name: 'ASC' } });
  }

  /** The issues of each engagement, by name. */
  async findByEngagementIds(ids: readonly string[]): Promise<(SocialIssueEntity & { engagementId: string })[]> {
    const rows: (Record<string, unknown> & { engagement_id: string })[] = await this.dataSource.query(
      `SELECT i.*, l.engagement_id FROM social_issues i JOIN pro_bono_engagement_social_issues l ON l.social_issue_id = i.id
        WHERE l.engagement_id = ANY($1::uuid[]) ORDER BY i.name`,
      [ids.filter(isUuid)],
    );
    return rows.map((row) =>
      Object.assign(rowToEntity(this.dataSource.manager, SocialIssueEntity, row), { engagementId: row.engagement_id }),
    );
  }

  /** NOT_FOUND at `field` unless every id names an issue. */
  async assertExist(m: EntityManager, ids: string[], field: string): Promise<void> {
    if (!ids.length) return;
    const known = new Set((await m.findBy(SocialIssueEntity, { id: In(ids) })).map((i) => i.id));
    const missing = ids.find((id) => !known.has(id));
    if (missing) throw new NotFoundError('SocialIssue', missing, field);
  }

  create(input: CreateSocialIssueInput, actor: Viewer): Promise<SocialIssueEntity> {
    return this.audit.transaction(actor, 'createSocialIssue', async (m) => {
      await this.assertNameFree(m, input.name);
      return m.save(m.create(SocialIssueEntity, { name: input.name, description: input.description ?? null }));
    });
  }

  update(input: UpdateSocialIssueInput, actor: Viewer): Promise<SocialIssueEntity> {
    return this.audit.transaction(actor, 'updateSocialIssue', async (m, entry) => {
      const issue = await this.getById(input.id, { manager: m, field: 'input.id', lock: true });
      entry.track(issue);
      advanceVersion(issue, input.version);
      if (input.name !== undefined) await this.assertNameFree(m, input.name, issue.id);
      const { id: _id, version: _version, ...patch } = input;
      return m.save(assignDefined(issue, patch));
    });
  }

  /** Refused with CONFLICT while an engagement names the issue (the foreign key says so). */
  delete(id: string, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deleteSocialIssue', async (m) => {
      const issue = await this.getById(id, { manager: m, field: 'input.id', lock: true });
      await m.delete(SocialIssueEntity, { id: issue.id });
      return issue.id;
    });
  }

  private async assertNameFree(m: EntityManager, name: string, exceptId?: string): Promise<void> {
    // Two requests with the same name wait for each other, so the second one gets the clear CONFLICT.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('social-issue:' || lower($1)))`, [name]);
    const qb = m.createQueryBuilder(SocialIssueEntity, 'i').where('lower(i.name) = lower(:name)', { name });
    if (exceptId) qb.andWhere('i.id <> :exceptId', { exceptId });
    if (await qb.getExists()) throw new ConflictError('A social issue with this name exists already', { field: 'input.name' });
  }
}
