import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { assertNotFuture, todayIn } from '../common/dates.js';
import { isUuid } from '../common/persistence.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { ventureProgramId } from './program-calendar.queries.js';

/** What a date belongs to: the program is found through it. */
export type CalendarOwner = { cohortId: string } | { enrollmentId: string } | { ventureId: string | null };

/** The program's zone through a cohort, an enrollment, or a venture (ventureProgramId; $1 is the key). */
const ZONE_SQL = {
  cohortId: `SELECT p.time_zone AS "timeZone" FROM cohorts c JOIN programs p ON p.id = c.program_id WHERE c.id = $1`,
  enrollmentId: `SELECT p.time_zone AS "timeZone"
                   FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN programs p ON p.id = c.program_id
                  WHERE e.id = $1`,
  // The program of the latest cohort the venture was admitted to (one rule with the reports).
  ventureId: `SELECT p.time_zone AS "timeZone" FROM programs p WHERE p.id = ${ventureProgramId('$1::uuid')}`,
} as const;

/**
 * The school's calendar as the rules see it: which program's zone a date is in, and "today" there
 * by the Clock. A date with no program behind it (a venture never enrolled, a person) is in the
 * configured default zone (DEFAULT_TIME_ZONE).
 */
@Injectable()
export class ProgramCalendar {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The zone of dates with no program behind them. */
  get defaultZone(): string {
    return this.config.defaultCalendar.timeZone;
  }

  /** The time zone of the program behind `owner` (one small query, in the caller's transaction); the default zone when there is none. */
  async zoneOf(manager: EntityManager, owner: CalendarOwner): Promise<string> {
    const [key, id] = Object.entries(owner)[0] as [keyof typeof ZONE_SQL, string | null];
    if (!id || !isUuid(id)) return this.defaultZone;
    const [row] = await manager.query<{ timeZone: string }[]>(ZONE_SQL[key], [id]);
    return row?.timeZone ?? this.defaultZone;
  }

  /** Today (YYYY-MM-DD) in `zone`. */
  today(zone: string): string {
    return todayIn(zone, this.clock.now());
  }

  /** Refuses a date (YYYY-MM-DD) after today in `zone` (BAD_USER_INPUT at `field`). */
  assertNotFuture(on: string, field: string, zone: string): void {
    assertNotFuture(on, field, zone, this.clock.now());
  }
}
