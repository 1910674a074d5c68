/** The key's and the trainee's verdict on one leniently matched claim; null means none given. */
export interface VerdictPair {
  keyRating: string | null;
  traineeRating: string | null;
}
