import { Injectable } from '@nestjs/common';

/**
 * The server's one source of "now" for business rules ("today", "not in the future"). Production
 * reads the system clock; it has no setting that changes the time. Specs that must pin a moment
 * replace `now` on the app's instance (`jest.spyOn(app.get(Clock), 'now')`).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
