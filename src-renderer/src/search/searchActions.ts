import type { SimilarCheck } from '../../../src-main/core/search/SearchResult';
import { write } from '../workbench/write';

/**
 * Cites an earlier check or an imported fact check, with its verdict, as a source of stance
 * `context` on the claim. Resolves to the claim as stored; a failure has been reported.
 */
export function citeCheck(claimId: number, check: Pick<SimilarCheck, 'kind' | 'id'>) {
  return write('claims.citeCheck', { claimId, check: { kind: check.kind, id: check.id } });
}

/**
 * Imports a fact-check feed; the reviews become read-only fact checks. Errors are for the panel
 * to show next to the file choice.
 */
export function importFactChecks(fileName: string, dataBase64: string) {
  return write('factchecks.import', { fileName, dataBase64 }, { inlineErrors: true });
}
