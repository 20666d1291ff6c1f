import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { IdInput } from '../common/graphql/id.inputs.js';
import { CreateSocialIssueInput, UpdateSocialIssueInput } from './dto/pro-bono.inputs.js';
import { SocialIssue } from './pro-bono.model.js';
import { SocialIssuesService } from './social-issues.service.js';

@Resolver(() => SocialIssue)
export class SocialIssuesResolver {
  constructor(private readonly service: SocialIssuesService) {}

  @Query(() => [SocialIssue], { nullable: true, description: 'The social issues staff maintain, by name.' })
  @Allow(...READERS, Role.MENTOR)
  socialIssues() {
    return this.service.list();
  }

  @Mutation(() => SocialIssue, { nullable: true })
  @Allow(Role.STAFF)
  createSocialIssue(@Args('input') input: CreateSocialIssueInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => SocialIssue, { nullable: true })
  @Allow(Role.STAFF)
  updateSocialIssue(@Args('input') input: UpdateSocialIssueInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ID, { nullable: true, description: 'Refused with CONFLICT while an engagement names the issue.' })
  @Allow(Role.STAFF)
  deleteSocialIssue(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }
}
