import { timingSafeEqual, createHash } from 'node:crypto';
import { Controller, Get, Headers, Inject, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../access/access.decorators.js';
import { NoRateLimit } from '../access/rate-limit.decorators.js';
import { registry } from '../common/metrics.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Prometheus metrics on the API's port, only for a scraper that sends
 * `Authorization: Bearer <METRICS_TOKEN>`. Without METRICS_TOKEN this route answers 404; with
 * METRICS_PORT the same text is served on 127.0.0.1 on that port instead (server.ts).
 */
@Controller('metrics')
@Public()
@NoRateLimit()
export class MetricsController {
  private readonly token?: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.metrics.token) this.token = digest(config.metrics.token);
  }

  @Get()
  async metrics(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    if (!this.token) throw new NotFoundException('Cannot GET /metrics');
    const sent = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    // Compared as digests: equal length, constant time.
    if (!sent || !timingSafeEqual(digest(sent), this.token)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'Send Authorization: Bearer <METRICS_TOKEN>' });
    }
    res.setHeader('Content-Type', registry.contentType);
    res.send(await registry.metrics());
  }
}
