import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, CurrentViewer, READERS, Public } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { argsFromQuery } from './export-args.js';
import { DownloadLinksService, type LinkParams } from './download-links.service.js';
import { ExportsService } from './exports.service.js';

/**
 * `GET /exports/<list>.<csv|xlsx>?args=<JSON>` with a bearer token (or the console's cookie).
 * Every signed-in reader gets this far; each list then applies its own rule (403 otherwise).
 */
@Controller('exports')
@Allow(...READERS, Role.MENTOR)
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get(':file')
  async download(
    @Param('file') file: string,
    @Query('args') raw: string | undefined,
    @Res() res: Response,
    @CurrentViewer() viewer: Viewer,
  ) {
    const target = this.exports.file(file);
    await this.exports.send(res, target, argsFromQuery(raw), viewer);
  }
}

/** `GET /downloads/<list>.<ext>?args=…&user=…&expires=…&sig=…`: a link from createDownloadLink, no header needed. */
@Controller('downloads')
@Public()
export class DownloadsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly links: DownloadLinksService,
  ) {}

  @Get(':file')
  async download(@Param('file') file: string, @Query() params: LinkParams, @Res() res: Response) {
    const target = this.exports.file(file);
    const { viewer, args } = await this.links.open(file, params);
    await this.exports.send(res, target, argsFromQuery(args), viewer);
  }
}
