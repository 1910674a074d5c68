/** "Trainee A" … "Trainee Z", "Trainee AA" …: short enough to read from the back of a room. */
export function anonymousName(index: number): string {
  let letters = '';
  let rest = index;
  do {
    letters = String.fromCharCode(65 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return `Trainee ${letters}`;
}
