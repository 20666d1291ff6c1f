import { describe, expect, it } from '@jest/globals';
import { Context, ResolveField, Resolver } from '@nestjs/graphql';
import { ForbiddenError } from '../common/errors/domain-errors.js';
import { VisibleTo } from './field-access.js';
import { Role } from './role.enum.js';
import type { Viewer } from './viewer.js';

const viewer = (roles: Role[]): Viewer => ({ userId: 'u', personId: 'p', email: 'e', roles, via: 'access-token' });
const info = { parentType: { name: 'Venture' }, fieldName: 'secret' } as never;

@Resolver()
class Fields {
  @ResolveField(() => String)
  @VisibleTo(Role.STAFF)
  secret(parent: { value: string }) {
    return parent.value;
  }
}

describe('@VisibleTo', () => {
  it('resolves for the roles it names and for admins; others get FORBIDDEN naming the field', async () => {
    const fields = new Fields();
    // As GraphQL calls it: (parent, args, context, info).
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with call(), as GraphQL does
    const resolve = fields.secret as unknown as (parent: unknown, args: unknown, context: unknown, info: unknown) => Promise<string>;
    const call = (roles: Role[] | null) =>
      resolve.call(fields, { value: 'x' }, {}, { viewer: () => Promise.resolve(roles ? viewer(roles) : null) }, info);
    await expect(call([Role.STAFF])).resolves.toBe('x');
    await expect(call([Role.ADMIN])).resolves.toBe('x');
    await expect(call([Role.MENTOR])).rejects.toThrow(new ForbiddenError('Venture.secret is private'));
    await expect(call(null)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses at start-up the places where it would not run as written', () => {
    expect(() => {
      @Resolver()
      class Above {
        @VisibleTo(Role.STAFF)
        @ResolveField(() => String)
        secret() {
          return 'x';
        }
      }
      return Above;
    }).toThrow(/below @ResolveField/);
    expect(() => {
      @Resolver()
      class WithDecorators {
        @ResolveField(() => String)
        @VisibleTo(Role.STAFF)
        secret(@Context() ctx: unknown) {
          return String(ctx);
        }
      }
      return WithDecorators;
    }).toThrow(/plain \(parent, args, context, info\) signature/);
  });
});
