import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { forgetTemplates, loadTemplates } from '../../src/render/templates.js';
import { TEMPLATE_DIR } from '../../src/paths.js';
import { REPO } from './run-cli.js';

/** A watch on a copy of the sample, with what it printed so far and a way to stop it. */
function startWatch(extra: string[] = []) {
  const root = mkdtempSync(join(tmpdir(), 'plan-watch-'));
  const dir = join(root, 'ke-hoach-2023');
  cpSync(join(REPO, 'plans/ke-hoach-2023'), dir, { recursive: true });
  const controller = new AbortController();
  const out = { stdout: '', stderr: '' };
  const io: Io = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), cwd: REPO, env: {}, isTTY: false, signal: controller.signal };
  const running = main(['build', dir, '--watch', '--out', join(root, 'out'), ...extra], io);
  return { root, dir, out, running, stop: () => controller.abort() };
}

const statusLines = (text: string) => text.split('\n').filter((l) => /^\[\d\d:\d\d:\d\d\]/.test(l));

async function waitFor(condition: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Saves a file the way vim and many editors do: a new file renamed over the old one. */
function saveByRename(path: string, text: string): void {
  writeFileSync(`${path}.swp`, text);
  renameSync(`${path}.swp`, path);
}

describe('plan build --watch', () => {
  it('rebuilds after a change, with one status line per build', async () => {
    const watch = startWatch();
    await waitFor(() => watch.out.stdout.includes('(Ctrl+C'));
    const path = join(watch.dir, 'tasks.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('        deadline: 2023-06\n', '        deadline: 2023-06-31\n'));
    await waitFor(() => statusLines(watch.out.stdout).length >= 2);
    watch.stop();
    expect(await watch.running).toBe(0);
    const lines = statusLines(watch.out.stdout);
    expect(lines[0]).toMatch(/1 kế hoạch: 0 lỗi/);
    expect(lines[1]).toMatch(/1 kế hoạch: 1 lỗi/);
  }, 20_000);

  it('sees every save of an editor that saves by renaming a new file over the old one', async () => {
    const watch = startWatch();
    await waitFor(() => watch.out.stdout.includes('(Ctrl+C'));
    const path = join(watch.dir, 'tasks.yaml');
    const text = readFileSync(path, 'utf8');
    saveByRename(path, text.replace('        deadline: 2023-06\n', '        deadline: 2023-06-31\n'));
    await waitFor(() => statusLines(watch.out.stdout).length >= 2);
    saveByRename(path, text);
    await waitFor(() => statusLines(watch.out.stdout).length >= 3);
    watch.stop();
    expect(await watch.running).toBe(0);
    expect(statusLines(watch.out.stdout).map((l) => l.replace(/^\[[^\]]+\] /, '').replace(/, [\d.]+ giây$/, ''))).toEqual([
      '1 kế hoạch: 0 lỗi, 0 cảnh báo',
      '1 kế hoạch: 1 lỗi, 0 cảnh báo',
      '1 kế hoạch: 0 lỗi, 0 cảnh báo',
    ]);
  }, 30_000);

  it('a rebuild that cannot write says so in one line and the watch goes on', async () => {
    const watch = startWatch();
    await waitFor(() => watch.out.stdout.includes('(Ctrl+C'));
    const out = join(watch.root, 'out');
    rmSync(out, { recursive: true });
    writeFileSync(out, 'a file where the output folder was');
    const path = join(watch.dir, 'plan.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n`);
    await waitFor(() => watch.out.stderr.includes('Lỗi:'));
    rmSync(out);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n`);
    await waitFor(() => statusLines(watch.out.stdout).length >= 2);
    watch.stop();
    expect(await watch.running).toBe(0);
    expect(watch.out.stderr.trim().split('\n')).toHaveLength(1);
    expect(watch.out.stderr).not.toMatch(/at .*\.[jt]s:\d+/);
  }, 30_000);

  it('with --md, its own writes into the plan folder do not wake it again', async () => {
    const watch = startWatch(['--md']);
    await waitFor(() => watch.out.stdout.includes('(Ctrl+C'));
    const path = join(watch.dir, 'plan.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n`);
    await waitFor(() => statusLines(watch.out.stdout).length >= 2);
    // Well past the debounce time of a rebuild the review file's writing would cause.
    await new Promise((r) => setTimeout(r, 1500));
    watch.stop();
    expect(await watch.running).toBe(0);
    expect(statusLines(watch.out.stdout)).toHaveLength(2);
  }, 30_000);

  it('a malformed SOURCE_DATE_EPOCH stops it before watching (exit 2), as it stops build', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-watch-'));
    let stderr = '';
    const io: Io = { stdout: () => {}, stderr: (t) => void (stderr += t), cwd: REPO, env: { SOURCE_DATE_EPOCH: 'abc' }, isTTY: false, signal: new AbortController().signal };
    expect(await main(['build', join(REPO, 'plans/ke-hoach-2023'), '--watch', '--out', join(root, 'out')], io)).toBe(2);
    expect(stderr).toContain('SOURCE_DATE_EPOCH="abc"');
  });

  it('--pdf without LibreOffice stops before watching, as build --pdf does', async () => {
    const watch = startWatch(['--pdf', '--soffice', '/nonexistent/soffice']);
    expect(await watch.running).toBe(2);
    expect(watch.out.stderr).toMatch(/LibreOffice/);
    expect(watch.out.stdout).toBe('');
  });

  it('reads the templates again for each rebuild (forgetTemplates)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-templates-'));
    cpSync(TEMPLATE_DIR, dir, { recursive: true });
    expect(loadTemplates(dir).phrase('motto')).toBe('Độc lập - Tự do - Hạnh phúc');
    writeFileSync(join(dir, 'phrases', 'motto.hbs'), 'Đã sửa');
    expect(loadTemplates(dir).phrase('motto')).toBe('Độc lập - Tự do - Hạnh phúc');
    forgetTemplates();
    expect(loadTemplates(dir).phrase('motto')).toBe('Đã sửa');
  });
});

describe('plan build --watch, when the plan folder goes away', () => {
  it('watches the folder anew when it is removed and made again, and rebuilds it (it went deaf)', async () => {
    const watch = startWatch();
    await waitFor(() => watch.out.stdout.includes('(Ctrl+C'));
    const saved = join(watch.root, 'saved');
    cpSync(watch.dir, saved, { recursive: true });
    rmSync(watch.dir, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 800));
    cpSync(saved, watch.dir, { recursive: true });
    await waitFor(() => statusLines(watch.out.stdout).length >= 2);
    const before = statusLines(watch.out.stdout).length;
    const path = join(watch.dir, 'tasks.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('        deadline: 2023-06\n', '        deadline: 2023-06-31\n'));
    await waitFor(() => statusLines(watch.out.stdout).length > before);
    watch.stop();
    expect(await watch.running).toBe(0);
    expect(statusLines(watch.out.stdout).at(-1)).toMatch(/1 kế hoạch: 1 lỗi/);
  }, 30_000);
});

describe('plan build --watch --format json', () => {
  it('keeps stdout to the JSON documents: its status lines go to stderr (they were mixed in)', async () => {
    const watch = startWatch(['--format', 'json']);
    await waitFor(() => watch.out.stderr.includes('(Ctrl+C'));
    watch.stop();
    expect(await watch.running).toBe(0);
    expect(statusLines(watch.out.stdout)).toEqual([]);
    expect(watch.out.stdout).not.toContain('Ctrl+C');
    expect(statusLines(watch.out.stderr).length).toBeGreaterThanOrEqual(1);
  }, 20_000);
});
