import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuditedWork } from '../audit/audited-work.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { ConflictError, UnauthenticatedError, ValidationError } from '../common/errors/domain-errors.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { containsPattern, getOrThrow, isUuid, rowToEntity } from '../common/persistence.js';
import { PeopleService } from '../people/people.service.js';
import type { ChangePasswordInput, CreateUserInput, SetRolesInput, UsersArgs } from './dto/user.inputs.js';
import { UserEntity } from './user.entity.js';
import { LoginThrottleService } from './login-throttle.service.js';

/** The active account by id: what authentication asks when the AccountCache does not know it. */
export const ACTIVE_ACCOUNT_SQL = `SELECT * FROM users WHERE id = $1 AND active`;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
  ) {}

  getById(id: string, manager: EntityManager = this.dataSource.manager, field = 'input.userId'): Promise<UserEntity> {
    return getOrThrow(manager, UserEntity, 'User', id, { field, lock: manager !== this.dataSource.manager });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.manager.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  /** The user behind a token, if the account is still active (checked on every request). */
  /** Read by a signed-in request whose account is not remembered (auth/account-cache.ts): plain SQL (TypeORM's query builder cost more CPU than the query). */
  async findActive(id: string): Promise<UserEntity | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.dataSource.query<Record<string, unknown>[]>(ACTIVE_ACCOUNT_SQL, [id]);
    return row ? rowToEntity(this.dataSource.manager, UserEntity, row) : null;
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.manager.findBy(UserEntity, { id: In(ids.filter(isUuid)) });
  }

  async isEmpty(): Promise<boolean> {
    return !(await this.dataSource.manager.exists(UserEntity));
  }

  list(args: UsersArgs): Promise<Connection<UserEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(UserEntity, 'u');
    const f = args.filter;
    if (f?.role) qb.andWhere(':role = ANY(u.roles)', { role: f.role });
    if (f?.active != null) qb.andWhere('u.active = :active', { active: f.active });
    if (f?.search) qb.andWhere('u.email ILIKE :search', { search: containsPattern(f.search) });
    return paginate(qb, { column: 'lower(u.email)', value: (u) => u.email.toLowerCase(), direction: SortDirection.ASC }, args);
  }

  /** Creates an account (and its person when none is named). */
  create(input: CreateUserInput, actor: Viewer | null, manager?: EntityManager): Promise<UserEntity> {
    const work: AuditedWork<UserEntity> = async (m, entry) => {
      await this.assertEmailFree(m, input.email);
      let personId = input.personId ?? null;
      if (personId) {
        await this.people.getById(personId, { manager: m, field: 'input.personId' });
        if (await m.existsBy(UserEntity, { personId })) {
          throw new ConflictError('This person already has an account', { field: 'input.personId' });
        }
      } else {
        if (!input.name) throw new ValidationError({ field: 'input.name', message: 'is required when personId is left out' });
        personId = (await this.people.createIn(m, { name: input.name, email: input.email })).id;
      }
      const user = await m.save(
        m.create(UserEntity, {
          personId,
          email: input.email,
          passwordHash: await hashPassword(input.password),
          roles: unique(input.roles),
          active: true,
        }),
      );
      entry.entityIds(user.id, personId);
      entry.details({ roles: user.roles });
      return user;
    };
    return manager ? this.audit.within(manager, actor, 'createUser', work) : this.audit.transaction(actor, 'createUser', work);
  }

  setRoles(input: SetRolesInput, actor: Viewer): Promise<UserEntity> {
    return this.audit.transaction(actor, 'setRoles', async (m, entry) => {
      const user = await this.getById(input.userId, m);
      entry.track(user);
      const roles = unique(input.roles);
      if (user.roles.includes(Role.ADMIN) && !roles.includes(Role.ADMIN)) await this.assertAnotherAdmin(m, user.id);
      user.roles = roles;
      entry.details({ roles });
      return m.save(user);
    });
  }

  setActive(userId: string, active: boolean, actor: Viewer): Promise<UserEntity> {
    return this.audit.transaction(actor, active ? 'reactivateUser' : 'deactivateUser', async (m, entry) => {
      const user = await this.getById(userId, m);
      entry.track(user);
      if (!active && user.roles.includes(Role.ADMIN)) await this.assertAnotherAdmin(m, user.id);
      user.active = active;
      return m.save(user);
    });
  }

  /**
   * Checks the current password against the same attempt budget as sign-in from this address (a
   * stolen token cannot guess it freely); argon2 runs outside the transaction, which holds no lock meanwhile.
   */
  async changePassword(viewer: Viewer, input: ChangePasswordInput, address: string): Promise<UserEntity> {
    const current = await this.getById(viewer.userId, undefined, 'me');
    await this.claimPasswordAttempt(current.email, address);
    if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
      throw new UnauthenticatedError('The current password is wrong');
    }
    const passwordHash = await hashPassword(input.newPassword);
    return this.audit.transaction(viewer, 'changePassword', async (m, entry) => {
      const user = await this.getById(viewer.userId, m);
      entry.track(user);
      user.passwordHash = passwordHash;
      // Ends the sign-ins made with the old password (access tokens issued before now).
      user.passwordChangedAt = new Date();
      await this.throttle.succeeded(m, current.email, address);
      return m.save(user);
    });
  }

  /** Before a password is checked: refused (TOO_MANY_REQUESTS) while this address must wait; see LoginThrottleService. */
  claimPasswordAttempt(email: string, address: string): Promise<void> {
    return this.throttle.claim(email, address);
  }

  /** A right password at sign-in: the attempts from this address are forgiven. */
  async recordLoginSuccess(manager: EntityManager, user: Pick<UserEntity, 'id' | 'email'>, address: string): Promise<void> {
    await this.throttle.succeeded(manager, user.email, address);
    await manager.update(UserEntity, { id: user.id }, { lastLoginAt: () => 'now()' });
  }

  /**
   * First start on an empty database: an admin from ADMIN_EMAIL / ADMIN_PASSWORD, or with a
   * generated password that the caller prints once. Returns the password it generated.
   */
  async ensureFirstAdmin(email: string, password: string | undefined): Promise<{ created: boolean; generatedPassword?: string }> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('alumni-graph-first-admin'))`);
      if (await m.exists(UserEntity)) return { created: false };
      const generatedPassword = password ? undefined : randomBytes(18).toString('base64url');
      await this.create(
        { email, password: password ?? (generatedPassword as string), roles: [Role.ADMIN], name: 'Administrator' },
        null,
        m,
      );
      return { created: true, generatedPassword };
    });
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    const taken = await manager.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = lower(:email)', { email }).getExists();
    if (taken) throw new ConflictError('Another account already uses this email', { field: 'input.email' });
  }

  /** Refuses to remove the last active admin: somebody must be able to manage users. */
  private async assertAnotherAdmin(manager: EntityManager, userId: string): Promise<void> {
    // Serialise admin removals: two admins demoting each other must not both pass the count.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('alumni-graph-admins'))`);
    const [{ n }] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM users WHERE active AND 'ADMIN' = ANY(roles) AND id <> $1`,
      [userId],
    );
    if (n === 0) throw new ConflictError('This is the last active admin', { field: 'input.userId' });
  }
}

const unique = (roles: Role[]): Role[] => [...new Set(roles)].sort();
