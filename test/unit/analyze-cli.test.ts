import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ThreadSchema } from '../../lib/mail/thread.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs the CLI exactly as `npm run analyze` does (tsx), from the project root. */
function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['test/tools/analyze.ts', ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('analyze CLI', () => {
  it('prints the thread of an .eml and the first To: as me', async () => {
    const { code, stdout, stderr } = await analyze('test/fixtures/eml/fr-multipart-qp.eml');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0] ?? '{}') as { thread: unknown; me: string | null };
    const thread = ThreadSchema.parse(out.thread);
    expect(thread.provider).toBe('email');
    expect(thread.messages[0]?.sent_at).toBe('2026-11-20T17:52');
    expect(out.me).toBe('lea.martin@example.com');
  }, 60_000);

  it('takes --me over everything, and reads a thread JSON and a saved Gmail page', async () => {
    const json = await analyze(
      'test/fixtures/threads/outlook-fr-transfert-devis.expected.json',
      '--me',
      'Me@Example.com',
    );
    expect(json.code).toBe(0);
    const fromJson = JSON.parse(json.stdout) as {
      thread: { provider: string; messages: unknown[] };
      me: string;
    };
    expect(fromJson.me).toBe('me@example.com');
    expect(fromJson.thread.provider).toBe('outlook');
    expect(fromJson.thread.messages.length).toBeGreaterThan(0);

    const page = await analyze('test/fixtures/threads/gmail-fr-maquettes-v2.html', '--lang', 'fr');
    expect(page.stderr).toBe('');
    const fromPage = JSON.parse(page.stdout) as { thread: { provider: string; account: string }; me: string };
    expect(fromPage.thread.provider).toBe('gmail');
    expect(fromPage.me).toBe(fromPage.thread.account);
  }, 60_000);

  it('exits 1 with one line on stderr for bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parole-analyze-'));
    const empty = join(dir, 'empty.eml');
    const notMail = join(dir, 'words.eml');
    const notPage = join(dir, 'page.html');
    writeFileSync(empty, '');
    writeFileSync(notMail, 'hello world\nnothing here\n');
    writeFileSync(notPage, '<html><body><p>Just a page</p></body></html>');
    const cases: [string[], RegExp][] = [
      [[empty], /empty file/],
      [[notMail], /not an email/],
      [[notPage], /not a Gmail or Outlook page/],
      [[join(dir, 'missing.eml')], /no such file/],
      [['test/fixtures/eml/fr-latin1.eml', '--lang', 'de'], /--lang/],
    ];
    const runs = await Promise.all(cases.map(([args]) => analyze(...args)));
    runs.forEach(({ code, stdout, stderr }, i) => {
      const [args, pattern] = cases[i] as [string[], RegExp];
      expect(code, args.join(' ')).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(pattern);
    });
  }, 60_000);
  it('prints the analysis in the CONTRACTS shape: commitments resolved against the message date', async () => {
    const { code, stdout } = await analyze(
      'test/fixtures/threads/gmail-fr-maquettes-v2.html',
      '--now',
      '2026-11-23T10:00:00+01:00',
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      language: string;
      client: { email: string };
      commitments: { owner: string; due: string | null; text: string }[];
      situations: string[];
    };
    expect(out.language).toBe('fr');
    expect(out.client.email).toBe('paul@maison-durand.example');
    // "d'ici mercredi" in a mail of Friday 20 November is Wednesday 25 November.
    expect(out.commitments).toContainEqual(
      expect.objectContaining({
        owner: 'client',
        due: '2026-11-25',
        text: expect.stringContaining("virement de l'acompte"),
      }),
    );
    // "vendredi" in Léa's mail of Wednesday 18 November is Friday 20 November.
    expect(out.commitments).toContainEqual(expect.objectContaining({ owner: 'me', due: '2026-11-20' }));
    expect(out.situations.length).toBeGreaterThan(0);
  }, 60_000);
});
