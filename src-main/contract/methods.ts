import { z } from 'zod';
import { method } from './method';
import { anchoringMethods } from './anchoringMethods';
import { EncodingReport, ImportCoverage } from '../core/importing/ImportCoverage';
import { ImportRecord } from '../core/importing/ImportRecord';
import { reportMethods } from './reportMethods';
import { searchMethods } from './searchMethods';
import { trainingMethods } from './trainingMethods';
import { trustMethods } from './trustMethods';
import { ClaimAuditEntry } from '../core/auditActions';
import { importFormats } from '../core/fileFormats';
import { base64Length, limits } from '../core/limits';
import {
  Article,
  ArticleFields,
  ArticleMeta,
  ArticleSummary,
  ArticleVersion,
  CitationFields,
  Claim,
  ClaimFields,
  ClaimOutline,
  ClaimPlace,
  Id,
  Sha256,
  Preferences,
  RatingScale,
  RatingScaleFields,
  Source,
  SourceFields,
  VerdictFields,
  WebUrlText,
} from '../core/model';

const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();
const Deleted = z.object({ id: Id });
/** Files cross the boundary as base64 so that IPC, HTTP and the CLI share one shape. */
const FileUpload = z
  .object({
    fileName: z.string().min(1).max(255),
    dataBase64: z.string().max(base64Length(limits.uploadBytes)),
  })
  .strict();

// Patches derive from the field declarations in core/model.ts: any subset, nothing else.
const ArticleMetaPatch = ArticleMeta.partial().strict();
const ArticlePatch = ArticleFields.partial().strict();
// A claim's appearance URL is checked when written; older claims may hold any text there.
const ClaimPatch = ClaimFields.extend({ appearanceUrl: WebUrlText.meta({ title: 'Appeared at' }) })
  .partial()
  .strict();
const SourcePatch = SourceFields.partial().strict();
const CitationPatch = CitationFields.partial().strict();

/** Choices the person importing can make about how a file is read. */
const ImportChoices = z
  .object({
    /** Character set for text-based files, overriding detection (names as iconv-lite knows them). */
    encoding: z.string().min(1).max(40).optional(),
    /** BCP 47 language of the article; helps detect legacy character sets. */
    language: z.string().max(35).optional(),
  })
  .strict();

export const ImportPreview = z.object({
  format: z.enum(importFormats),
  text: z.string(),
  meta: ArticleMeta.partial(),
  warnings: z.array(z.string()),
  coverage: ImportCoverage,
  encoding: EncodingReport.optional(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  dbPath: z.string(),
  shell: z.enum(['electron', 'host', 'cli', 'test']),
  firstArticleId: Id.nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * The one API. Every shell (Electron IPC, the loopback host, the CLI) dispatches through this
 * table, so a method exists everywhere or nowhere.
 */
export const contract = {
  'app.info': method(Empty, AppInfo, 'Version, data folder and the article to open first.'),
  'app.dataVersion': method(
    Empty,
    z.object({ version: z.number().int() }),
    'A number that changes when something else (the command line, another window) wrote to the data: what this app shows may then be out of date.',
  ),

  'articles.list': method(
    z.object({ query: z.string().max(500).optional() }).strict(),
    z.array(ArticleSummary),
    'Every article with its claim counts by verdict, optionally filtered by title.',
  ),
  'articles.get': method(ById, Article, 'One article with its current text.'),
  'articles.create': method(
    z
      .object({
        text: z.string().max(limits.articleChars),
        meta: ArticleMetaPatch.optional(),
        /** When the text came from a file's import preview: what the import said about it. */
        imported: ImportRecord.optional(),
      })
      .strict(),
    Article,
    'A new article from pasted or previewed text.',
  ),
  'articles.preview': method(
    FileUpload.extend(ImportChoices.shape).strict(),
    ImportPreview,
    'Extract text and metadata from a file without saving anything, with what was left out.',
  ),
  'articles.import': method(
    FileUpload.extend({
      meta: ArticleMetaPatch.optional(),
      encoding: ImportChoices.shape.encoding,
      /** Put every left-out passage back in its place before saving. */
      keepLeftOut: z.boolean().optional(),
    }).strict(),
    z.object({
      article: Article,
      warnings: z.array(z.string()),
      coverage: ImportCoverage,
      encoding: EncodingReport.optional(),
    }),
    'Import a file as a new article; the result says what of the file was left out.',
  ),
  'articles.update': method(
    z.object({ id: Id, patch: ArticlePatch }).strict(),
    Article,
    'Change metadata, the methodology note or the corrections log.',
  ),
  'articles.delete': method(ById, Deleted, 'Move an article to the bin (undoable).'),
  'articles.restore': method(ById, Article, 'Bring a deleted article back.'),
  'articles.versions': method(ById, z.array(ArticleVersion), 'Every text version with its hash.'),
  'articles.importRecord': method(
    ById,
    ImportRecord.nullable(),
    'What the import said about the file an article came from (null if it was not imported).',
  ),

  'claims.list': method(
    z.object({ articleId: Id }).strict(),
    z.array(Claim),
    'The claims of an article in text order.',
  ),
  'claims.outline': method(
    z.object({ articleId: Id }).strict(),
    z.array(ClaimOutline),
    'What is shown of every claim of an article at once (place, quote, state, claimant, rating), in text order.',
  ),
  'claims.places': method(
    z.object({ articleId: Id }).strict(),
    z.array(ClaimPlace),
    'Where every claim of an article is highlighted (place, anchoring state, rating), in text order: what the text shows before the claims list is read.',
  ),
  'claims.get': method(ById, Claim, 'One claim with its verdict and sources.'),
  'claims.create': method(
    z
      .object({
        articleId: Id,
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        claimant: ClaimFields.shape.claimant.optional(),
        /**
         * The SHA-256 of the text the offsets were taken from: refused as a conflict when the
         * article's text is no longer that one, so a stale window never marks other words.
         */
        textSha256: Sha256.optional(),
      })
      .strict(),
    Claim,
    'Mark a span of the current text as a claim.',
  ),
  'claims.update': method(
    z.object({ id: Id, patch: ClaimPatch }).strict(),
    Claim,
    'Change a claim’s fields.',
  ),
  'claims.delete': method(ById, Deleted, 'Delete a claim (undoable).'),
  'claims.restore': method(ById, Claim, 'Undo a claim’s deletion.'),
  'claims.history': method(
    ById,
    z.array(ClaimAuditEntry),
    'The audit trail of a claim, oldest first.',
  ),
  'claims.undoField': method(
    ById,
    z.object({ claim: Claim, undone: z.string() }),
    'Undo the last change to a claim’s verdict, conclusion, claimant or status, read from its audit trail; the undo is recorded too.',
  ),

  'verdicts.set': method(
    VerdictFields.extend({ claimId: Id }).strict(),
    Claim,
    'Set the claim’s verdict on the active scale.',
  ),
  'verdicts.clear': method(z.object({ claimId: Id }).strict(), Claim, 'Remove the verdict.'),
  'verdicts.confirm': method(
    z.object({ claimId: Id }).strict(),
    Claim,
    'The checker stands by the verdict on the claim’s current words and place: clears the “given on other text / in another place” flags and records that it now judges the current version.',
  ),

  'scales.list': method(Empty, z.array(RatingScale), 'Built-in and custom rating scales.'),
  'scales.save': method(
    z.object({ scale: RatingScaleFields }).strict(),
    RatingScale,
    'Create or replace a custom scale.',
  ),
  'scales.delete': method(
    z.object({ id: z.string().min(1).max(60) }).strict(),
    z.object({ id: z.string() }),
    'Delete a custom scale that no verdict uses.',
  ),

  'sources.search': method(
    z.object({ query: z.string().max(500) }).strict(),
    z.array(Source),
    'Search the source library by title, URL and publisher.',
  ),
  'sources.create': method(
    z.object({ fields: SourcePatch }).strict(),
    Source,
    'Add a source to the library.',
  ),
  'sources.update': method(
    z.object({ id: Id, patch: SourcePatch }).strict(),
    Source,
    'Change a library source.',
  ),
  'sources.attach': method(
    z.object({ claimId: Id, sourceId: Id, link: CitationPatch.optional() }).strict(),
    Claim,
    'Cite a library source on a claim.',
  ),
  'sources.updateLink': method(
    z.object({ claimId: Id, sourceId: Id, link: CitationPatch }).strict(),
    Claim,
    'Change stance, excerpt or note of a citation.',
  ),
  'sources.detach': method(
    z.object({ claimId: Id, sourceId: Id }).strict(),
    Claim,
    'Remove a citation from a claim.',
  ),
  'sources.archive': method(
    FileUpload.extend({ sourceId: Id }).strict(),
    Source,
    'Keep a local copy of a source, stored under its SHA-256.',
  ),
  'sources.openArchive': method(
    z.object({ sourceId: Id }).strict(),
    z.object({ path: z.string(), sha256: z.string(), mime: z.string(), intact: z.boolean() }),
    'Locate the archived copy and verify its SHA-256.',
  ),

  'preferences.get': method(
    Empty,
    Preferences,
    'Checker, newsroom profile (organisation, logo, policy pages), scale and theme.',
  ),
  'preferences.set': method(
    z.object({ patch: Preferences.omit({ logo: true }).partial().strict() }).strict(),
    Preferences,
    'Change preferences; the logo is set with preferences.setLogo.',
  ),
  'preferences.setLogo': method(
    FileUpload,
    Preferences,
    'Keep a PNG, JPEG, GIF or WebP image as the newsroom logo printed on reports.',
  ),
  'preferences.clearLogo': method(Empty, Preferences, 'Remove the newsroom logo.'),
  ...anchoringMethods,
  ...reportMethods,
  ...trustMethods,
  ...trainingMethods,
  ...searchMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
