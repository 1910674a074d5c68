import { UsageError } from './CliContext';

export function requireId(value: string | undefined, what: string): number {
  if (value === undefined) throw new UsageError(`missing ${what}`);
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`${what} must be a positive number`);
  return id;
}

export function optionalInt(value: string | boolean | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n)) {
    throw new UsageError(`${flag} must be a whole number`);
  }
  return n;
}

export function optionalString(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Accepts the spellings people type ("in-progress", "In progress") for an enum value. */
export function enumValue<T extends string>(
  value: string | boolean | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const found = allowed.find((option) => option === wanted);
  if (!found) throw new UsageError(`${flag} must be one of: ${allowed.join(', ')}`);
  return found;
}
