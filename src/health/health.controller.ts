import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../access/access.decorators.js';
import { NoRateLimit } from '../access/rate-limit.decorators.js';

/** Liveness plus database readiness: 200 when PostgreSQL answers, 503 when it does not. */
@Controller('health')
@Public()
@NoRateLimit()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  async check() {
    try {
      return await this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
    } catch {
      // No driver error text (host, port, authentication) on a public endpoint.
      throw new ServiceUnavailableException({ status: 'error', error: { database: { status: 'down' } } });
    }
  }
}
