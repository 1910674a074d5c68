import { z } from 'zod';

/**
 * Most annotations one file may hold. Hypothesis exports a whole group's history in one file;
 * tens of thousands is a large newsroom's year, and each becomes a claim in one transaction.
 */
export const MAX_ANNOTATIONS = 50_000;

/** An annotation reduced to what Factdesk can use, whichever tool wrote it. */
export interface ParsedAnnotation {
  /** The annotation's own id, when it has one (Hypothesis ids, W3C IRIs). */
  id?: string;
  /**
   * The annotations this one replies to: Hypothesis's `references` (the thread's root first)
   * or the target of a W3C annotation with the motivation `replying`. Empty for others.
   */
  replyTo: string[];
  /**
   * Every document the annotation says it was made on: each target's source (or the target
   * itself) and Hypothesis's `uri`. An import checks all of them, not only the target that
   * carries the quote, so naming the article once does not let another page's quote in.
   */
  documents: string[];
  /** The annotated document: the source IRI of the target that has selectors, else the first. */
  target?: string;
  quote?: { exact: string; prefix: string; suffix: string };
  /** Unicode code points, as W3C TextPositionSelector defines them. */
  position?: { start: number; end: number };
  /**
   * The annotation's comments, in file order: `commenting` and other textual bodies, plain
   * string bodies that are not web addresses, `bodyValue` and Hypothesis `text`; also any
   * `assessing` body after the first. Never the conclusion, which is kept apart.
   */
  bodyText: string;
  /** The rating, when the annotation gives exactly one (however often it repeats it). */
  ratingLabel?: string;
  /** Every different rating the annotation gives, when it gives more than one: none is chosen. */
  conflictingRatings?: string[];
  /** The first `assessing` body, without a leading copy of the rating label. */
  conclusion?: string;
  sources: { url: string; title: string }[];
  /** Hypothesis tags and W3C `tagging` bodies. */
  tags: string[];
  /** Who wrote the annotation (W3C `creator`, Hypothesis `user_info`/`user`): the annotator. */
  creator?: string;
  created?: string;
  modified?: string;
  /** Set when the annotation is malformed: what is wrong, for the checker. Nothing else is. */
  invalid?: string;
}

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);

const Agent = z.union([
  z.string(),
  z.looseObject({
    id: z.string().optional(),
    name: z.string().optional(),
    nickname: z.string().optional(),
  }),
]);

const Body = z.union([
  z.string(),
  z.looseObject({
    id: z.string().optional(),
    type: z.string().optional(),
    purpose: oneOrMany(z.string()).optional(),
    value: z.string().optional(),
    label: z.string().optional(),
    title: z.string().optional(),
    source: z
      .union([
        z.string(),
        z.looseObject({
          id: z.string().optional(),
          label: z.string().optional(),
          title: z.string().optional(),
        }),
      ])
      .optional(),
  }),
]);

const Selector = z.looseObject({ type: z.string() });

const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((selector) => selector.end >= selector.start, {
    message: 'end must not be before start',
    path: ['end'],
  });

const Target = z.union([
  z.string(),
  z.looseObject({
    id: z.string().optional(),
    source: z.string().optional(),
    selector: oneOrMany(Selector).optional(),
  }),
]);

const Annotation = z.looseObject({
  id: z.string().optional(),
  motivation: oneOrMany(z.string()).optional(),
  body: oneOrMany(Body).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(Target),
  creator: oneOrMany(Agent).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  // Hypothesis's export names these differently.
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  references: z.array(z.string()).optional(),
  user: z.string().optional(),
  user_info: z.looseObject({ display_name: z.string().nullable().optional() }).optional(),
  updated: z.string().optional(),
  uri: z.string().optional(),
});
type Annotation = z.infer<typeof Annotation>;

const Container = z.looseObject({
  type: oneOrMany(z.string()).optional(),
  items: z.array(z.unknown()).optional(),
  first: z
    .union([z.string(), z.looseObject({ items: z.array(z.unknown()).optional() })])
    .optional(),
  annotations: z.array(z.unknown()).optional(),
  rows: z.array(z.unknown()).optional(),
});

/**
 * Reads annotations written by Factdesk (`renderW3cAnnotations`), by other W3C Web Annotation
 * tools, or by Hypothesis. Accepts an AnnotationCollection (items in `items` or in an embedded
 * `first` page), an AnnotationPage, a single annotation, Hypothesis's export (`annotations`) or
 * API search result (`rows`), or a plain array, with at most MAX_ANNOTATIONS items. One result
 * per item, in file order: a malformed item comes back with `invalid` saying which annotation
 * and which field is wrong, so one bad item never hides the others. Throws an Error when the
 * file as a whole is not a set of annotations or holds too many.
 */
export function parseW3cAnnotations(json: unknown): ParsedAnnotation[] {
  const items = annotationList(json);
  if (items.length > MAX_ANNOTATIONS) {
    throw new Error(
      `The file holds ${items.length.toLocaleString('en')} annotations; Factdesk imports at most ${MAX_ANNOTATIONS.toLocaleString('en')} from one file. Split it (for example by date or by group) and import the parts.`,
    );
  }
  return items.map((item, index) => {
    const parsed = Annotation.safeParse(item);
    if (!parsed.success) {
      return invalidAnnotation(
        `Annotation ${index + 1} is not valid: ${z.prettifyError(parsed.error)}`,
      );
    }
    try {
      return normalise(parsed.data, index);
    } catch (error) {
      return invalidAnnotation(error instanceof Error ? error.message : String(error));
    }
  });
}

function invalidAnnotation(message: string): ParsedAnnotation {
  return { replyTo: [], documents: [], bodyText: '', sources: [], tags: [], invalid: message };
}

function annotationList(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const container = Container.safeParse(json);
  if (!container.success || json === null || typeof json !== 'object') {
    throw new Error(
      `Expected an AnnotationCollection, an AnnotationPage or a JSON array of annotations; got ${describe(json)}.`,
    );
  }
  const { items, first, annotations, rows } = container.data;
  if (items) return items;
  if (typeof first === 'string') {
    throw new Error(
      `The collection's first page is only linked (${first}), not included; export it with its items embedded.`,
    );
  }
  if (first?.items) return first.items;
  if (annotations) return annotations;
  if (rows) return rows;
  if ('target' in json) return [json];
  throw new Error(
    'Found no annotations: expected "items", "first.items", "annotations" or an annotation with a "target".',
  );
}

function normalise(annotation: Annotation, index: number): ParsedAnnotation {
  const result: ParsedAnnotation = {
    replyTo: [],
    documents: [],
    bodyText: '',
    sources: [],
    tags: [],
  };
  if (annotation.id !== undefined) result.id = annotation.id;
  const targets = asArray(annotation.target);
  // A W3C target with a `source` is a part of that document; one without is the document itself.
  const documentOf = (target: (typeof targets)[number]) =>
    typeof target === 'string' ? target : (target.source ?? target.id);
  const replying = asArray(annotation.motivation).includes('replying');
  if (replying) {
    result.replyTo = targets.flatMap((target) => documentOf(target) ?? []);
  } else {
    result.replyTo = annotation.references ?? [];
    const documents = [...targets.flatMap((target) => documentOf(target) ?? [])];
    if (annotation.uri !== undefined) documents.push(annotation.uri);
    result.documents = [...new Set(documents.map((document) => document.trim()))].filter(
      (document) => document !== '',
    );
  }
  result.tags = [...(annotation.tags ?? [])];
  const target =
    targets.find((candidate) => typeof candidate !== 'string' && candidate.selector) ?? targets[0];
  if (typeof target === 'string') result.target = target;
  else if (target) {
    const source = target.source ?? target.id ?? annotation.uri;
    if (source !== undefined) result.target = source;
    asArray(target.selector).forEach((selector, position) => {
      const where = `Annotation ${index + 1}, selector ${position + 1}`;
      if (selector.type === 'TextQuoteSelector') {
        const quote = checked(TextQuoteSelector, selector, where);
        result.quote = {
          exact: quote.exact,
          prefix: quote.prefix ?? '',
          suffix: quote.suffix ?? '',
        };
      } else if (selector.type === 'TextPositionSelector') {
        const { start, end } = checked(TextPositionSelector, selector, where);
        result.position = { start, end };
      }
    });
  }
  readBodies(annotation, result);
  const creator = asArray(annotation.creator)[0];
  const creatorName =
    typeof creator === 'string'
      ? creator
      : (creator?.name ??
        creator?.nickname ??
        creator?.id ??
        annotation.user_info?.display_name ??
        annotation.user);
  if (creatorName) result.creator = creatorName;
  if (annotation.created) result.created = annotation.created;
  const modified = annotation.modified ?? annotation.updated;
  if (modified) result.modified = modified;
  return result;
}

function readBodies(annotation: Annotation, result: ParsedAnnotation): void {
  const texts: string[] = [];
  const ratings: string[] = [];
  let assessing: string | undefined;
  for (const body of asArray(annotation.body)) {
    if (typeof body === 'string') {
      // A bare string body is a link when it reads as one, else words someone wrote.
      if (isWebAddress(body)) result.sources.push({ url: body.trim(), title: '' });
      else texts.push(body);
      continue;
    }
    const purposes = asArray(body.purpose);
    if (body.type === 'TextualBody' || (body.value !== undefined && body.source === undefined)) {
      const value = body.value ?? '';
      if (purposes.includes('classifying')) ratings.push(value);
      else if (purposes.includes('tagging')) result.tags.push(value);
      else if (purposes.includes('assessing') && assessing === undefined) assessing = value;
      else texts.push(value);
      continue;
    }
    const source = body.source;
    const url = typeof source === 'string' ? source : (source?.id ?? body.id);
    if (url === undefined) continue;
    const title =
      (typeof source === 'string' ? undefined : (source?.label ?? source?.title)) ??
      body.label ??
      body.title ??
      '';
    result.sources.push({ url, title });
  }
  if (annotation.bodyValue !== undefined) texts.push(annotation.bodyValue);
  if (annotation.text !== undefined) texts.push(annotation.text);
  result.bodyText = texts.filter((text) => text.trim() !== '').join('\n\n');
  const distinct = distinctRatings(ratings);
  if (distinct.length === 1) result.ratingLabel = distinct[0];
  else if (distinct.length > 1) result.conflictingRatings = distinct;
  if (assessing !== undefined) {
    const label = result.ratingLabel;
    if (label !== undefined && assessing === label) result.conclusion = '';
    else if (label !== undefined && assessing.startsWith(`${label}\n\n`)) {
      result.conclusion = assessing.slice(label.length + 2);
    } else result.conclusion = assessing;
  }
}

/** Ratings as written, each once; "True" and " true " are one rating, "True" and "False" two. */
function distinctRatings(ratings: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const rating of ratings) {
    const key = rating.trim().toLowerCase();
    if (key !== '' && !seen.has(key)) seen.set(key, rating.trim());
  }
  return [...seen.values()];
}

function isWebAddress(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value.trim());
}

function checked<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${where} is not valid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object without annotations' : `a ${typeof value}`;
}
