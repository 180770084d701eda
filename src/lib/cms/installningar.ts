// Where the form saves: the repository and branch of the "Föreslå ändring" links (src/config.ts),
// and an optional OAuth client for GitHub sign-in (CMS_OAUTH_URL) in the build's environment.
import { config } from '../../config.ts';
import type { Installningar } from './konfig.ts';

export function installningar(bas: string, site: string): Installningar {
  const repo = new URL(config.repo).pathname.replace(/^\/|\.git$|\/$/g, '');
  return { repo, gren: config.gren, bas, webbplats: new URL(bas, site).href, oauth: process.env.CMS_OAUTH_URL || undefined };
}
