// The site's security headers, in one place. public/_headers (static hosts), deploy/nginx.conf
// (an nginx example) and the <meta> policy in every page are all generated from this module by
// `npm run sakerhet`, and tests/unit/sakerhet.test.ts fails if a generated file has drifted.

/** Content-Security-Policy, directive by directive. Nothing inline, nothing from another origin. */
export const CSP: Record<string, string[]> = {
  'default-src': ["'none'"],
  // Pagefind runs its search index as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** The folder of the editing form, below the base path. */
export const ADMIN = '/admin/';

/**
 * The editing form (/admin/, Sveltia CMS) talks to the Git host: GitHub's API, its sign-in, and the
 * files and avatars it serves. Its interface injects styles at run time (Svelte), so styles may be
 * inline there; scripts still come only from the site itself. The public site keeps CSP above.
 * `oauth` is the address of an OAuth client for GitHub sign-in, if the form uses one.
 */
export function cspAdmin(oauth?: string): Record<string, string[]> {
  const github = ['https://api.github.com', 'https://github.com', 'https://*.githubusercontent.com'];
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https://*.githubusercontent.com'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'data:', 'blob:', ...github, ...(oauth ? [new URL(oauth).origin] : [])],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'form-action': ["'self'", 'https://github.com'],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
}

export function cspText(csp: Record<string, string[]> = CSP): string {
  return Object.entries(csp)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

/** The policy for a <meta> element, for hosts that cannot send headers: frame-ancestors only works as a header. */
export function cspMeta(csp: Record<string, string[]> = CSP): string {
  return cspText(Object.fromEntries(Object.entries(csp).filter(([k]) => k !== 'frame-ancestors')));
}

/** Every header the site is served with. */
export const HUVUDEN: Record<string, string> = {
  'Content-Security-Policy': cspText(),
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The headers of the editing form: the same, with its own policy, and a window opener that survives
 * the GitHub sign-in popup.
 */
export const HUVUDEN_ADMIN: Record<string, string> = {
  ...HUVUDEN,
  'Content-Security-Policy': cspText(cspAdmin()),
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
};

/** The headers whose admin value differs from the site's. */
const ANDRADE = Object.keys(HUVUDEN_ADMIN).filter((k) => HUVUDEN_ADMIN[k] !== HUVUDEN[k]);

const GENERERAD = 'Skapad av `npm run sakerhet` från src/lib/sakerhet.ts. Ändra där, inte här.';

/**
 * public/_headers, for Netlify, Cloudflare Pages and other static hosts that read it. Both blocks
 * match /admin/: "! name" (Cloudflare Pages) drops the site's value before the form's is set.
 */
export function headersFil(): string {
  return [
    `# ${GENERERAD}`,
    '/*',
    ...Object.entries(HUVUDEN).map(([k, v]) => `  ${k}: ${v}`),
    `${ADMIN}*`,
    ...ANDRADE.flatMap((k) => [`  ! ${k}`, `  ${k}: ${HUVUDEN_ADMIN[k]}`]),
    '',
  ].join('\n');
}

/** deploy/nginx.conf: a server block that serves dist/ with the same headers. */
export function nginxConf(): string {
  const huvuden = Object.entries(HUVUDEN).map(([k, v]) => `    add_header ${k} "${v}" always;`);
  const admin = Object.entries(HUVUDEN_ADMIN).map(([k, v]) => `        add_header ${k} "${v}" always;`);
  return [
    `# ${GENERERAD}`,
    '# Exempel: webbplatsen (dist/ i /var/www/cancerrad) på https://cancerrad.example.se/.',
    '# Byggd med BASE_PATH=/cancerrad/: lägg dist/ i <root>/cancerrad/ och skriv error_page /cancerrad/404.html.',
    'server {',
    '    listen 443 ssl;',
    '    http2 on;',
    '    server_name cancerrad.example.se;',
    '    # ssl_certificate och ssl_certificate_key här.',
    '',
    '    root /var/www/cancerrad;',
    '    index index.html;',
    '    charset utf-8;',
    '    include mime.types; # med application/wasm för sökningen (nginx 1.21.3 och senare)',
    '    server_tokens off;',
    '',
    '    # Säkerhetshuvuden på alla svar, också fel. Ett location-block med egna add_header släpper',
    '    # de här: därför upprepar redigeringsformuläret nedan alla, med sin egen policy.',
    ...huvuden,
    '',
    '    location / {',
    '        try_files $uri $uri/ =404;',
    '    }',
    '',
    '    # Redigeringsformuläret (Sveltia CMS) talar med GitHub: egen Content-Security-Policy.',
    `    location ${ADMIN} {`,
    ...admin,
    '        try_files $uri $uri/ =404;',
    '    }',
    '',
    '    # Filnamnen i _astro/ ändras när innehållet ändras: de kan sparas länge.',
    '    location ~ /_astro/ {',
    '        expires 1y;',
    '    }',
    '',
    '    error_page 404 /404.html;',
    '}',
    '',
  ].join('\n');
}
