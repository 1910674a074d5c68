import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';

/** A value better-sqlite3 binds as a parameter. */
export type SqlValue = string | number | bigint | Buffer | null;

/** The column of a declared field: the field's name in snake_case (claimDate → claim_date). */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

interface Codec {
  encode(value: unknown): SqlValue;
  /** `where` names the table, row and column in the error for a stored value that is not valid. */
  decode(stored: unknown, where: () => string): unknown;
}

const plain: Codec = {
  encode(value) {
    if (value === null || typeof value === 'string' || typeof value === 'number') return value;
    throw new Error(`cannot store ${typeof value} in a plain column`);
  },
  decode: (stored) => stored,
};

const flag: Codec = {
  encode: (value) => (value ? 1 : 0),
  decode: (stored) => stored === 1,
};

/**
 * A JSON column's value, parsed with its schema. Errors: an Error saying `where` (table, row and
 * column) holds no JSON text, or a value that does not match the schema.
 */
export function parseStoredJson<T>(
  schema: z.core.$ZodType<T>,
  stored: unknown,
  where: () => string,
): T {
  if (typeof stored !== 'string') throw new Error(`${where()} holds no JSON text`);
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    throw new Error(`${where()} holds text that is not JSON`);
  }
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) {
    throw new Error(`${where()} holds a value this version cannot read: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** Arrays and objects are stored as JSON text and parsed back with the field's own schema. */
function jsonCodec(schema: z.core.$ZodType): Codec {
  return {
    encode: (value) => JSON.stringify(value),
    decode: (stored, where) => parseStoredJson(schema, stored, where),
  };
}

function codecOf(schema: z.core.$ZodType): Codec {
  const type = schema._zod.def.type;
  if (type === 'array' || type === 'object' || type === 'record') return jsonCodec(schema);
  if (type === 'boolean') return flag;
  return plain;
}

/**
 * The SQL side of one entity's field declaration (core/model.ts): its columns, the SELECT list
 * and row mapping, and INSERT, UPDATE and upsert builders, so that a declared field is stored,
 * read and changed without its name being written anywhere else. Statements are prepared once
 * per set of fields and reused. Errors: better-sqlite3's, and an Error naming the table, row and
 * column for a stored JSON value that no longer matches its schema.
 */
export interface FieldTable<S extends z.ZodObject> {
  readonly table: string;
  readonly keys: readonly FieldKey<S>[];
  /** The declared fields as `alias.column AS prefixcolumn`, for a SELECT list. */
  select(alias: string, prefix?: string): string;
  /** The declared fields of a row selected with `select(alias, prefix)`. */
  read(row: Record<string, unknown>, prefix?: string): z.output<S>;
  /** The set fields as column → SQL value, to insert together with another table's fields. */
  encode(values: Partial<z.output<S>>): Record<string, SqlValue>;
  /** Inserts the given fields (absent ones take their column's DEFAULT) and the extra columns. */
  insert(values: Partial<z.output<S>>, extra: Record<string, SqlValue>): number;
  /**
   * Sets the given fields and the extra columns on the rows matching `where` (column = value,
   * joined by AND). A patch with no field set changes nothing, not even the extra columns.
   */
  update(
    patch: Partial<z.output<S>>,
    extra: Record<string, SqlValue>,
    where: Record<string, SqlValue>,
  ): number;
  /** Inserts, or on a conflict over `key` overwrites, every field and the `always` columns. */
  upsert(
    values: z.output<S>,
    key: readonly string[],
    columns: { always?: Record<string, SqlValue>; onInsert?: Record<string, SqlValue> },
  ): void;
}

export type FieldKey<S extends z.ZodObject> = keyof z.output<S> & string;

export function fieldTable<S extends z.ZodObject>(
  db: Database,
  table: string,
  fields: S,
): FieldTable<S> {
  const keys = Object.keys(fields.shape) as FieldKey<S>[];
  const codecs = new Map<string, Codec>(keys.map((key) => [key, codecOf(fields.shape[key])]));
  const isField = (key: string): key is FieldKey<S> => codecs.has(key);
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  /** The set fields of a patch, as column → SQL value, in declaration order. */
  const encode = (values: Partial<z.output<S>>): Record<string, SqlValue> => {
    const columns: Record<string, SqlValue> = {};
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || !isField(key)) continue;
      columns[columnOf(key)] = codecs.get(key)?.encode(value) ?? null;
    }
    return columns;
  };
  const quoted = (column: string) => `"${column}"`;
  const assignments = (columns: Record<string, SqlValue>, prefix: string) =>
    Object.keys(columns).map((column) => `${quoted(column)} = @${prefix}${column}`);
  const params = (columns: Record<string, SqlValue>, prefix: string) =>
    Object.fromEntries(Object.entries(columns).map(([column, v]) => [`${prefix}${column}`, v]));

  return {
    table,
    keys,
    encode,
    select(alias, prefix = '') {
      return keys
        .map((key) => `${alias}.${quoted(columnOf(key))} AS ${prefix}${columnOf(key)}`)
        .join(', ');
    },
    read(row, prefix = '') {
      const values: Record<string, unknown> = {};
      for (const key of keys) {
        const column = `${prefix}${columnOf(key)}`;
        const where = () =>
          `${table}.${columnOf(key)} of row ${String(row[`${prefix}id`] ?? row.id ?? '?')}`;
        values[key] = codecs.get(key)?.decode(row[column], where);
      }
      return values as z.output<S>;
    },
    insert(values, extra) {
      const columns = { ...encode(values), ...extra };
      const names = Object.keys(columns);
      const sql = `INSERT INTO ${table} (${names.map(quoted).join(', ')}) VALUES (${names
        .map((name) => `@${name}`)
        .join(', ')})`;
      return Number(prepared(sql).run(columns).lastInsertRowid);
    },
    update(patch, extra, where) {
      const set = encode(patch);
      if (Object.keys(set).length === 0) return 0;
      const columns = { ...set, ...extra };
      const sql = `UPDATE ${table} SET ${assignments(columns, 's_').join(', ')} WHERE ${assignments(
        where,
        'w_',
      ).join(' AND ')}`;
      return prepared(sql).run({ ...params(columns, 's_'), ...params(where, 'w_') }).changes;
    },
    upsert(values, key, { always = {}, onInsert = {} }) {
      const updated = { ...encode(values), ...always };
      const columns = { ...updated, ...onInsert };
      const names = Object.keys(columns);
      const overwrite = Object.keys(updated).filter((column) => !key.includes(column));
      const sql = `INSERT INTO ${table} (${names.map(quoted).join(', ')}) VALUES (${names
        .map((name) => `@${name}`)
        .join(', ')}) ON CONFLICT (${key.map(quoted).join(', ')}) DO UPDATE SET ${overwrite
        .map((column) => `${quoted(column)} = excluded.${quoted(column)}`)
        .join(', ')}`;
      prepared(sql).run(columns);
    },
  };
}
