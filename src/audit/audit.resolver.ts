import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import { changeList } from './audit-changes.js';
import type { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditChange, AuditEntry, AuditEntryConnection } from './audit-entry.model.js';
import { AuditService } from './audit.service.js';
import { AuditLogArgs } from './dto/audit.inputs.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => AuditEntryConnection, { nullable: true, description: 'Successful mutations, newest first.' })
  @Allow(Role.STAFF)
  auditLog(@Args() args: AuditLogArgs) {
    return this.service.list(args);
  }

  @ResolveField(() => [AuditChange], {
    description: 'The fields an update changed, old and new, by field name (private ones redacted); empty for other operations.',
  })
  changes(entry: AuditEntryEntity): AuditChange[] {
    return changeList(entry.details);
  }
}
