import type { z } from 'zod';

function blankOf(schema: z.core.$ZodType): unknown {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'nullable':
    case 'optional':
      return null;
    case 'enum':
      return schema._zod.values?.values().next().value;
    default:
      throw new Error(`blankFields: no blank value for a ${def.type} field`);
  }
}

/**
 * A valid blank value for every field of a declaration ("" for text, [] for lists, null where
 * allowed, an enum's first value), so fixtures that build whole entities need no edit when a
 * field is declared. Parsed with the declaration, so it is typed and valid.
 */
export function blankFields<S extends z.ZodObject>(fields: S): z.output<S> {
  const values = Object.fromEntries(
    Object.entries(fields.shape).map(([key, schema]) => [key, blankOf(schema)]),
  );
  return fields.parse(values);
}
