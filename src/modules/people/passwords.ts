import { hash, verify, Algorithm } from '@node-rs/argon2';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes). Hashing runs on libuv's
// thread pool inside the native addon, so a login does not block the event loop.
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** At least 8 characters, with letters and digits. */
export function isStrongEnough(password: string): boolean {
  return password.length >= 8 && password.length <= 200 && /[A-Za-z]/.test(password) && /\d/.test(password);
}
