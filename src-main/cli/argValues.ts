import { UsageError } from './CliContext';
import { webUrl } from '../core/webUrl';

/**
 * An id or number as the user typed it: decimal digits only, so "0x2", "1e1", "2.0", "+2" and
 * "02" are refused rather than read as another claim, and at most 15 digits, which every id
 * fits in. Errors: UsageError (exit code 2).
 */
export function requireId(value: string | undefined, what: string): number {
  if (value === undefined) throw new UsageError(`missing ${what}`);
  if (!/^[1-9]\d{0,14}$/u.test(value)) {
    throw new UsageError(`${what} must be a positive whole number, written in digits: "${value}"`);
  }
  return Number(value);
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

/** An http(s) address, or "" to clear the field; anything else is refused with the flag named. */
export function optionalWebUrl(
  value: string | boolean | undefined,
  flag: string,
): string | undefined {
  const text = optionalString(value)?.trim();
  if (text === undefined || text === '') return text;
  if (webUrl(text) !== text) {
    throw new UsageError(`${flag} must be a web address starting with http:// or https://`);
  }
  return text;
}

/** A date as YYYY-MM-DD (a real calendar date), or "" to clear the field. */
export function optionalDate(
  value: string | boolean | undefined,
  flag: string,
): string | undefined {
  const text = optionalString(value)?.trim();
  if (text === undefined || text === '') return text;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(`${text}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`${flag} must be a date written YYYY-MM-DD`);
  }
  return text;
}

/** The entries of a patch whose values were given (undefined ones left out). */
export function givenFields<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
