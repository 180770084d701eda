// A content problem as the validation reports it: structured, formatted once for each audience
// (the terminal, the build's error, GitHub annotations).

export interface Problem {
  /** Path relative to the project root, with "/" separators. */
  fil: string;
  /** Line in the file (1-based), where known. */
  rad?: number;
  /** The field, as a dotted path ("medlemmar[1].roll"), where the problem is in one field. */
  falt?: string;
  /** The value found, as written. */
  varde?: string;
  /** What is expected instead, where the rule can say it in a few words. */
  forvantat?: string;
  /** Close existing values ("Menade du …?"). */
  forslag?: string[];
  /** The whole message in Swedish, without file and line. */
  text: string;
  allvar: 'fel' | 'varning';
}

/** "content/organ/x.mdx:12: message": one line per problem. */
export const radtext = (p: Pick<Problem, 'fil' | 'rad' | 'text'>) => `${p.fil}${p.rad ? `:${p.rad}` : ''}: ${p.text}`;

/** Files first, then lines, so that one file's problems stand together. */
export const iOrdning = (a: Problem, b: Problem) => a.fil.localeCompare(b.fil) || (a.rad ?? 0) - (b.rad ?? 0);

const fel = (n: number) => `${n} fel`;

/** An error whose message is the whole story (for the build): no stack trace to hide it. */
export function innehallsfel(meddelande: string): Error {
  const e = new Error(meddelande);
  e.stack = e.message;
  return e;
}

/** The message that stops a build: every error, one per line, and what to do. */
export function felmeddelande(problem: Problem[], antal?: number, ms?: number): string {
  const fler = problem.filter((p) => p.allvar === 'fel').sort(iOrdning);
  const om = antal !== undefined ? ` (${antal} poster kontrollerade${ms !== undefined ? ` på ${ms} ms` : ''})` : '';
  return [
    `Innehållet har ${fel(fler.length)}${om}:`,
    '',
    ...fler.map((p) => `  ${radtext(p)}`),
    '',
    'Rätta felen och kör "npm run kontroll" igen. Fälten beskrivs i CONTRIBUTING.md.',
  ].join('\n');
}

/** The readability warnings, which never stop the build. */
export function varningstext(problem: Problem[], lixGrans: number): string {
  const v = problem.filter((p) => p.allvar === 'varning').sort(iOrdning);
  const baraLix = v.every((p) => p.falt === 'sammanfattning' && p.forvantat?.startsWith('LIX'));
  const rubrik = baraLix
    ? `Varning: ${v.length} ${v.length === 1 ? 'sammanfattning kan' : 'sammanfattningar kan'} vara svåra att läsa (LIX över ${lixGrans}). Bygget fortsätter.`
    : `Varning: ${v.length} ${v.length === 1 ? 'sak' : 'saker'} att se över (svårläst sammanfattning med LIX över ${lixGrans}, okrypterad http://-adress). Bygget fortsätter.`;
  return [rubrik, '', ...v.map((p) => `  ${radtext(p)}`)].join('\n');
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeEgenskap = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub Actions workflow command per problem: shown on the line in the pull request. */
export function annotering(p: Problem): string {
  const titel = p.falt ? `fältet "${p.falt}"` : p.allvar === 'fel' ? 'innehållsfel' : 'varning';
  const egenskaper = [`file=${escapeEgenskap(p.fil)}`, ...(p.rad ? [`line=${p.rad}`] : []), `title=${escapeEgenskap(titel)}`].join(',');
  return `::${p.allvar === 'fel' ? 'error' : 'warning'} ${egenskaper}::${escapeData(p.text)}`;
}
