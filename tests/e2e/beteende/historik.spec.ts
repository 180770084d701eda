// The change history on a built fixture site: the fixture corpus in a temporary git repository of
// its own, with two commits to one entry. The entry's history page shows the old and the new value
// of the changed field, the commit message, newest first, and the page links to it.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bygg, kopiera } from '../../lib/bygg.ts';
import { text } from '../../lib/site.ts';

test('the history page shows the changed field’s old and new value and the commit message', () => {
  test.setTimeout(300_000);
  const b = kopiera('mini');
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: b.content, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.se');
    git('config', 'user.name', 'Test');
    git('add', '.');
    git('commit', '-q', '-m', 'Testkorpusen läggs till');
    const fil = join(b.content, 'organ', 'cancerradet-ett.mdx');
    writeFileSync(fil, readFileSync(fil, 'utf8').replace('motesfrekvens: Cirka sex gånger per år.', 'motesfrekvens: Fyra gånger per år.'));
    git('commit', '-q', '-am', 'Rådet möts nu fyra gånger per år (#7)');
    bygg(b);

    const h = readFileSync(join(b.dist, 'historik', 'organ', 'cancerradet-ett', 'index.html'), 'utf8');
    const t = text(h.match(/<main[\s\S]*<\/main>/)?.[0] ?? '');
    expect(t).toContain('Rådet möts nu fyra gånger per år');
    expect(t).toContain('Mötesfrekvens: Cirka sex gånger per år. → Fyra gånger per år.');
    expect(t).toContain('Testkorpusen läggs till');
    // newest first
    expect(t.indexOf('Rådet möts nu')).toBeLessThan(t.indexOf('Testkorpusen läggs till'));
    expect(t).not.toContain('byggdes utan hela versionshistoriken');
    // an entry that was not changed has only the first commit
    const alfa = text(readFileSync(join(b.dist, 'historik', 'organ', 'rcc-alfa', 'index.html'), 'utf8'));
    expect(alfa).toContain('Testkorpusen läggs till');
    expect(alfa).not.toContain('Rådet möts nu');
    // the entry's page links its history
    expect(readFileSync(join(b.dist, 'organ', 'cancerradet-ett', 'index.html'), 'utf8')).toContain('href="/historik/organ/cancerradet-ett/"');
  } finally {
    rmSync(b.dir, { recursive: true, force: true });
  }
});
