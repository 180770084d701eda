// What a box in an organisation chart links to, and its second line: the same in the picture and
// in the list.
import { sv } from '../i18n/sv/index.ts';
import type { Graph, SchemaNod } from './graph/index.ts';
import { url } from './urls';

export function schemaLankar(g: Graph) {
  const href = (n: SchemaNod): string => {
    switch (n.slag) {
      case 'organ':
        return url.entry('organ', n.id);
      case 'sjukvardsregion':
        return url.entry('sjukvardsregioner', n.id);
      case 'region':
        return url.entry('regioner', n.id);
      default:
        return url.nationellt();
    }
  };
  const typ = (n: SchemaNod): string | undefined => {
    if (n.slag === 'organ') return sv.organtyp[g.hamta('organ', n.id).data.typ];
    return n.slag === 'nationell' ? undefined : sv.niva[n.slag];
  };
  const ocksa = (id: string) => ({ href: url.entry('organ', id), namn: g.namn('organ', id) });
  return { href, typ, ocksa };
}
