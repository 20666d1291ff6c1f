import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { CurrentViewer, SignedIn } from '../access/access.decorators.js';
import type { Viewer } from '../access/viewer.js';
import { CreateDownloadLinkInput, DownloadLink } from './download-link.model.js';
import { DownloadLinksService } from './download-links.service.js';

/** The origin the caller reached us on (behind a proxy: as TRUST_PROXY lets Express read it). */
const originOf = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

@Resolver(() => DownloadLink)
export class DownloadLinksResolver {
  constructor(private readonly links: DownloadLinksService) {}

  @Mutation(() => DownloadLink, {
    nullable: true,
    description: `A short-lived link (DOWNLOAD_LINK_SECONDS) to one export the caller may read, opened without a header.`,
  })
  @SignedIn()
  createDownloadLink(@Args('input') input: CreateDownloadLinkInput, @CurrentViewer() viewer: Viewer, @Context('req') req: Request) {
    return this.links.create(input, viewer, originOf(req));
  }
}
