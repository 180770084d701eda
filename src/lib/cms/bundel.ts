// Sveltia CMS, served from the site's own origin. The npm package's bundle fetches its UI fonts and
// its code highlighter from CDNs and checks unpkg for updates at run time; there is no option to
// change those addresses (sveltia/sveltia-cms#909), so the copy served at /admin/cms/ has them
// rewritten to files of our own. Each rewrite must match: an upgrade that moves them fails the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Not require.resolve: the packages do not all export package.json. The build runs in the project root.
const paket = (namn: string) => join(process.cwd(), 'node_modules', namn);
const CMS = paket('@sveltia/cms');

export const CMS_VERSION: string = JSON.parse(readFileSync(join(CMS, 'package.json'), 'utf8')).version;

/** The fonts the form uses, from the @fontsource packages: the file name served and where it comes from. */
export const TYPSNITT: Record<string, string> = {
  'source-sans-3-400.woff2': join(paket('@fontsource/source-sans-3'), 'files', 'source-sans-3-latin-400-normal.woff2'),
  'source-sans-3-600.woff2': join(paket('@fontsource/source-sans-3'), 'files', 'source-sans-3-latin-600-normal.woff2'),
  'source-sans-3-700.woff2': join(paket('@fontsource/source-sans-3'), 'files', 'source-sans-3-latin-700-normal.woff2'),
  'material-symbols-outlined-400.woff2': join(paket('@fontsource/material-symbols-outlined'), 'files', 'material-symbols-outlined-latin-400-normal.woff2'),
};

/** The chunks the bundle loads beside itself (chunks/<namn>.js, relative to its own address). */
export const DELAR = ['react-dom'] as const;

/** The interface's translations, from the package's locales/ folder. */
export const SPRAK = readdirSync(join(CMS, 'locales')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
export const sprakfil = (sprak: string) => readFileSync(join(CMS, 'locales', `${sprak}.json`), 'utf8');

export const delfil = (namn: (typeof DELAR)[number]) => readFileSync(join(CMS, 'dist', 'chunks', `${namn}.js`), 'utf8');
export function typsnittsfil(namn: string): Uint8Array<ArrayBuffer> {
  const fil = TYPSNITT[namn];
  if (!fil) throw new Error(`src/lib/cms/bundel.ts: typsnittet ${namn} finns inte`);
  return new Uint8Array(readFileSync(fil));
}

function ersatt(text: string, monster: RegExp, ny: string, vad: string): string {
  const alla = new RegExp(monster.source, 'g');
  if (!alla.test(text)) throw new Error(`src/lib/cms/bundel.ts: hittar inte ${vad} i @sveltia/cms ${CMS_VERSION}; se över omskrivningarna`);
  return text.replace(alla, () => ny);
}

const fontFace = (familj: string, vikt: number | string, fil: string, visning = 'swap') =>
  `@font-face {font-family:'${familj}';font-style:normal;font-display:${visning};font-weight:${vikt};src:url(${fil}) format('woff2');}`;

/**
 * The bundle with every address off the origin replaced. `cms` is the folder it is served from,
 * e.g. /cancerrad/admin/cms/.
 */
export function cmsBundel(cms: string): string {
  let js = readFileSync(join(CMS, 'dist', 'sveltia-cms.js'), 'utf8');
  const t = `${cms}typsnitt/`;
  js = ersatt(
    js,
    /@font-face \{font-family:'Source Sans 3';[^}]*\}/,
    [400, 600, 700].map((v) => fontFace('Source Sans 3', v, `${t}source-sans-3-${v}.woff2`)).join('\n'),
    'typsnittet Source Sans 3',
  );
  // No package ships Noto Mono: the system's monospace font stands in.
  js = ersatt(js, /@font-face \{font-family:'Noto Mono';[^}]*\}/, "@font-face {font-family:'Noto Mono';src:local('Noto Mono'), local('DejaVu Sans Mono');}", 'typsnittet Noto Mono');
  js = ersatt(
    js,
    /@font-face \{font-family:'Material Symbols Outlined';[^}]*\}/,
    fontFace('Material Symbols Outlined', 400, `${t}material-symbols-outlined-400.woff2`, 'block'),
    'ikontypsnittet Material Symbols',
  );
  // The update check reads the version from here: ours, so it never announces another.
  js = ersatt(js, /`\$\{\w+\}\/package\.json`/, `\`${cms}version.json\``, 'versionskontrollen');
  // Its own files (the interface's translations) load from the package's folder on unpkg: ours.
  js = ersatt(js, /https:\/\/unpkg\.com\/@sveltia\/cms(?=`)/, `${cms}paket`, 'adressen till paketet');
  // GitHub's status page, asked before sign-in: answered here with "unknown", which shows no notice.
  js = ersatt(js, /https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json/, `${cms}githubstatus.json`, 'GitHubs statussida');
  // Code highlighting (Shiki), maps and image codecs load from unpkg on demand: point them at our own
  // origin, where they are missing, so that such a feature fails quietly instead of calling a CDN.
  js = ersatt(js, /https:\/\/unpkg\.com\//, `${cms}saknas/`, 'adresserna till unpkg');
  js = js.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  const kvar = js.match(/https:\/\/(cdn\.jsdelivr\.net|unpkg\.com|fonts\.googleapis\.com|fonts\.gstatic\.com)[^\s`'")]*/g);
  if (kvar) throw new Error(`src/lib/cms/bundel.ts: bundeln hämtar fortfarande från ${[...new Set(kvar)].join(', ')}`);
  return js;
}
