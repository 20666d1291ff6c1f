import { registerEnumType } from '@nestjs/graphql';

export enum EnrollmentStatus {
  APPLIED = 'APPLIED',
  ADMITTED = 'ADMITTED',
  ACTIVE = 'ACTIVE',
  GRADUATED = 'GRADUATED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });

/** The moves an enrollment may make; GRADUATED and WITHDRAWN are final. */
export const ALLOWED_TRANSITIONS: Record<EnrollmentStatus, EnrollmentStatus[]> = {
  APPLIED: [EnrollmentStatus.ADMITTED, EnrollmentStatus.WITHDRAWN],
  ADMITTED: [EnrollmentStatus.ACTIVE, EnrollmentStatus.WITHDRAWN],
  ACTIVE: [EnrollmentStatus.GRADUATED, EnrollmentStatus.WITHDRAWN],
  GRADUATED: [],
  WITHDRAWN: [],
};
