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

export function cspText(csp: Record<string, string[]> = CSP): string {
  return Object.entries(csp)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

/** The policy for a <meta> element, for hosts that cannot send headers: frame-ancestors only works as a header. */
export function cspMeta(): string {
  return cspText(Object.fromEntries(Object.entries(CSP).filter(([k]) => k !== 'frame-ancestors')));
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

const GENERERAD = 'Skapad av `npm run sakerhet` från src/lib/sakerhet.ts. Ändra där, inte här.';

/** public/_headers, for Netlify, Cloudflare Pages and other static hosts that read it. */
export function headersFil(): string {
  return [`# ${GENERERAD}`, '/*', ...Object.entries(HUVUDEN).map(([k, v]) => `  ${k}: ${v}`), ''].join('\n');
}

/** deploy/nginx.conf: a server block that serves dist/ with the same headers. */
export function nginxConf(): string {
  const huvuden = Object.entries(HUVUDEN).map(([k, v]) => `    add_header ${k} "${v}" always;`);
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
    '    # Säkerhetshuvuden på alla svar, också fel. Inga add_header i location-blocken nedan:',
    '    # då skulle nginx släppa de här.',
    ...huvuden,
    '',
    '    location / {',
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
