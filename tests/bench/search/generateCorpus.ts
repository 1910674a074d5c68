import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';

const PEOPLE = [
  'Gustavo Petro',
  'Nicolás Maduro',
  'Ana Martínez',
  'José Raúl Mulino',
  'Claudia Sheinbaum',
  'Javier Milei',
  'Dina Boluarte',
  'Daniel Noboa',
  'Pedro Sánchez',
  'Keir Starmer',
  'the mayor',
  'the governor',
  'the minister',
  'the senator',
  'the central bank',
  'the police chief',
  'the opposition leader',
  'the health ministry',
  'the prime minister',
  'the president',
];
const PLACES = [
  'Bogotá',
  'Medellín',
  'Lima',
  'Quito',
  'Caracas',
  'the capital',
  'the province',
  'Mexico',
  'Spain',
  'Brazil',
  'the Caribbean',
  'Texas',
  'Chile',
  'Ecuador',
  'the north',
  'Panama',
  'Buenos Aires',
  'Cali',
  'the border region',
  'Europe',
];
const METRICS = [
  'unemployment',
  'inflation',
  'poverty',
  'crime',
  'the murder rate',
  'deforestation',
  'exports',
  'electricity prices',
  'rents',
  'the deficit',
  'school enrolment',
  'child mortality',
  'road deaths',
  'public debt',
  'tourism',
  'coca cultivation',
  'wages',
  'food prices',
];
const MOVES = ['rose to', 'fell to', 'reached', 'dropped to', 'climbed to', 'stood at'];
const THINGS = [
  'people',
  'migrants',
  'homes',
  'jobs',
  'trees',
  'schools',
  'hospitals',
  'boats',
  'prisoners',
  'doctors',
  'teachers',
  'buses',
  'wells',
  'contracts',
  'hectares',
  'families',
  'police officers',
];
const ACTS = [
  'built',
  'lost',
  'destroyed',
  'hired',
  'deported',
  'closed',
  'opened',
  'seized',
  'killed',
  'moved',
];
const PERSONAS = [
  'Gustavo Petro',
  'Nicolás Maduro',
  'el alcalde',
  'la gobernadora',
  'el ministro de Hacienda',
  'la senadora',
  'el presidente',
  'la Fiscalía',
  'el Banco Central',
  'Claudia Sheinbaum',
  'Javier Milei',
  'la oposición',
  'el Gobierno',
];
const LUGARES = [
  'Bogotá',
  'Medellín',
  'Lima',
  'Quito',
  'Caracas',
  'la capital',
  'México',
  'España',
  'Perú',
  'Colombia',
  'la frontera',
  'el Caribe',
  'Cali',
  'Guayaquil',
];
const METRICAS = [
  'el desempleo',
  'la inflación',
  'la pobreza',
  'la tasa de homicidios',
  'la deforestación',
  'las exportaciones',
  'el precio de la gasolina',
  'la deuda pública',
  'el turismo',
  'la informalidad',
  'los salarios',
  'la canasta básica',
];
const MOVIO = ['subió al', 'bajó al', 'llegó al', 'cayó al', 'se mantuvo en'];
const COSAS = [
  'personas',
  'migrantes',
  'viviendas',
  'empleos',
  'árboles',
  'colegios',
  'hospitales',
  'lanchas',
  'presos',
  'médicos',
  'contratos',
  'hectáreas',
  'familias',
];
const HECHOS = [
  'construyó',
  'perdió',
  'destruyó',
  'contrató',
  'deportó',
  'cerró',
  'abrió',
  'incautó',
];
const RATINGS = ['true', 'mostly-true', 'half-true', 'mostly-false', 'false', 'unproven'];
const CHECKERS = ['A. Ramos', 'L. Ortiz', 'M. Chen', 'S. Okafor', 'P. Duarte'];
const REVIEWERS = [
  'Checks Example',
  'Verifica',
  'Harbour Checks',
  'Island News',
  'ColombiaCheck Demo',
];
const TEXTUAL = [
  'False',
  'Falso',
  'Misleading',
  'Engañoso',
  'True',
  'Verdadero',
  'Missing context',
];

export interface Generator {
  pick<T>(list: readonly T[]): T;
  int(max: number): number;
}

export function generator(random: () => number): Generator {
  return {
    pick: (list) => list[Math.floor(random() * list.length)] as (typeof list)[number],
    int: (max) => Math.floor(random() * max),
  };
}

/** One generated claim sentence, in English or Spanish, in the style of the evaluation set. */
export function generatedClaim(g: Generator, language: 'en' | 'es'): string {
  const year = 2010 + g.int(15);
  const n = [g.int(100), g.int(1000), g.int(100_000), 1 + g.int(40)][g.int(4)] ?? 7;
  if (language === 'es') {
    return g.int(2) === 0
      ? `${capital(g.pick(PERSONAS))} dijo que ${g.pick(METRICAS)} ${g.pick(MOVIO)} ${n}% en ${g.pick(LUGARES)} en ${year}.`
      : `${capital(g.pick(PERSONAS))} ${g.pick(HECHOS)} ${n.toLocaleString('es')} ${g.pick(COSAS)} en ${g.pick(LUGARES)} desde ${year}.`;
  }
  switch (g.int(3)) {
    case 0:
      return `${capital(g.pick(PEOPLE))} said ${g.pick(METRICS)} ${g.pick(MOVES)} ${n} percent in ${g.pick(PLACES)} in ${year}.`;
    case 1:
      return `${capital(g.pick(PEOPLE))} ${g.pick(ACTS)} ${n.toLocaleString('en')} ${g.pick(THINGS)} in ${g.pick(PLACES)} since ${year}.`;
    default:
      return `In ${g.pick(PLACES)}, ${g.pick(METRICS)} has ${g.pick(['doubled', 'halved', 'tripled'])} since ${year}, according to ${g.pick(PEOPLE)}.`;
  }
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface StoredClaim {
  text: string;
  language: 'en' | 'es';
  /** A verdict to give it; null leaves it unchecked. */
  rating: string | null;
}

/**
 * Writes articles whose sentences are all claims, with verdicts, straight into the tables (the
 * triggers index them as any write would). Returns each claim's id in order.
 */
export function insertArticles(
  db: Database,
  articles: { title: string; language: string; claims: StoredClaim[] }[],
  g: Generator,
): number[] {
  const insertArticle = db.prepare(
    `INSERT INTO articles (title, outlet, language, text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO article_versions (article_id, version, text, sha256, created_at) VALUES (?, 1, ?, ?, ?)`,
  );
  const insertClaim = db.prepare(
    `INSERT INTO claims (article_id, start, "end", exact, prefix, suffix, anchored_version,
       status, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', '', 1, ?, ?, ?)`,
  );
  const insertVerdict = db.prepare(
    `INSERT INTO verdicts (claim_id, scale_id, rating_key, conclusion, checked_by, checked_at,
       article_version) VALUES (?, 'standard', ?, '', ?, ?, 1)`,
  );
  const ids: number[] = [];
  db.transaction(() => {
    for (const article of articles) {
      const text = article.claims.map((claim) => claim.text).join(' ');
      const at = `20${10 + g.int(15)}-0${1 + g.int(9)}-1${g.int(9)}T10:00:00.000Z`;
      const articleId = Number(
        insertArticle.run(article.title, g.pick(REVIEWERS), article.language, text, at, at)
          .lastInsertRowid,
      );
      insertVersion.run(articleId, text, createHash('sha256').update(text).digest('hex'), at);
      let offset = 0;
      for (const claim of article.claims) {
        const id = Number(
          insertClaim.run(
            articleId,
            offset,
            offset + claim.text.length,
            claim.text,
            claim.rating ? 'done' : 'unchecked',
            at,
            at,
          ).lastInsertRowid,
        );
        if (claim.rating) insertVerdict.run(id, claim.rating, g.pick(CHECKERS), at);
        ids.push(id);
        offset += claim.text.length + 1;
      }
    }
  })();
  return ids;
}

/** Fact checks as an import would store them, through the store. */
export function factCheckFields(g: Generator, text: string, language: string, n: number) {
  return {
    reviewUrl: `https://${g.pick(['checks.example.org', 'verifica.example.es', 'news.example'])}/review/${n}`,
    claimText: text,
    claimant: g.pick([...PEOPLE, ...PERSONAS]),
    claimDate: '',
    reviewer: g.pick(REVIEWERS),
    reviewerUrl: '',
    textualRating: g.pick(TEXTUAL),
    title: '',
    language,
    reviewDate: `202${g.int(6)}-0${1 + g.int(9)}-1${g.int(9)}`,
  };
}

export { RATINGS };
