import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password against a hash; with no hash (unknown email) it verifies against a
 * dummy one, so that an unknown email and a wrong password take the same time.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('a password nobody has, for constant-time refusals');
  const ok = await argon2.verify(hash ?? (await dummyHash), password).catch(() => false);
  return hash !== null && ok;
}
