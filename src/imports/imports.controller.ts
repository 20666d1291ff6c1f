import { Controller, Get, HttpException, HttpStatus, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow, CurrentViewer } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { ImportsService } from './imports.service.js';
import { CSV_ENCODINGS, type CsvEncoding, sniffType, XLSX_TYPE } from './read-table.js';

/** Content types a browser may send cross-site without asking first (a form): a cookie session must not import with them. */
const SIMPLE_TYPES = ['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

const tooLarge = (limit: number) =>
  new HttpException(
    { code: 'PAYLOAD_TOO_LARGE', message: `The file is larger than the import limit (${limit} bytes, IMPORT_LIMIT)` },
    HttpStatus.PAYLOAD_TOO_LARGE,
  );

/** The request body as bytes, refused with 413 as soon as it passes `limit` (by Content-Length, or while reading). */
async function readBody(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume(); // let the client finish sending, unread
    throw tooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw tooLarge(limit);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseDryRun(raw: string | undefined): boolean {
  if (raw === undefined || raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ValidationError({ field: 'dryRun', message: 'must be true or false' });
}

/**
 * Spreadsheet imports over HTTP, for staff and admins: the file is the raw body (CSV or XLSX,
 * told by its content first, then by Content-Type) and the answer is the import's report as JSON.
 * `?dryRun=true` (the default) writes nothing; `?dryRun=false` commits, or answers 422 with the
 * report and writes nothing when the file has errors.
 */
@Controller('imports')
@Allow(Role.STAFF)
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':kind')
  async import(
    @Param('kind') kind: string,
    @Query('dryRun') dryRunRaw: string | undefined,
    @Query('encoding') encodingRaw: string | undefined,
    @Query('sheet') sheet: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
    @CurrentViewer() viewer: Viewer,
  ) {
    this.imports.kind(kind);
    const dryRun = parseDryRun(dryRunRaw);
    const encoding = encodingRaw
      ?.toLowerCase()
      .replace(/^utf8$/, 'utf-8')
      .replace(/^sjis$/, 'shift_jis') as CsvEncoding | undefined;
    if (encoding !== undefined && !CSV_ENCODINGS.includes(encoding)) {
      throw new ValidationError({ field: 'encoding', message: `must be one of ${CSV_ENCODINGS.join(', ')}` });
    }
    if (sheet !== undefined && (typeof sheet !== 'string' || sheet.length > 100))
      throw new ValidationError({ field: 'sheet', message: 'must be a sheet name' });
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    // CSRF: with the console's cookie, only a type a cross-site form cannot send (the browser asks first, and CORS says no).
    if (viewer.via === 'session' && SIMPLE_TYPES.includes(contentType)) {
      throw new ForbiddenError('With a session cookie, send the file as text/csv or as XLSX (a cross-site form cannot)');
    }
    if (req.readableEnded || ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'].includes(contentType)) {
      req.resume();
      throw unsupported();
    }
    const body = await readBody(req, this.config.importLimitBytes);
    const type = sniffType(body, contentType);
    if (!type || !body.length) throw unsupported();
    const report = await this.imports.run(kind, body, { dryRun, type, encoding, sheet }, viewer);
    res.status(dryRun || report.committed ? 200 : 422).json(report);
  }

  @Get(':kind/:file')
  async template(@Param('kind') kind: string, @Param('file') file: string, @Res() res: Response) {
    const type = file === 'template.csv' ? 'csv' : file === 'template.xlsx' ? 'xlsx' : undefined;
    this.imports.kind(kind);
    if (!type) throw new NotFoundError('Template', file, 'file');
    const body = await this.imports.template(kind, type);
    res.setHeader('Content-Type', type === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${kind}-template.${type}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(body);
  }
}

function unsupported() {
  return new HttpException(
    { code: 'UNSUPPORTED_MEDIA_TYPE', message: `Send the file as the body: CSV (text/csv, UTF-8 or Shift_JIS) or XLSX (${XLSX_TYPE})` },
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  );
}
