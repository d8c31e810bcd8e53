import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { REPO } from './run-cli.js';
import { compileWithFiles } from '../support/progress-plan.js';

const TASKS = `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: quy-dinh
        content: Tham mưu ban hành Quy định.
        lead: chi-cuc-tdc
        deadline: 2023-06
      - id: bao-cao
        content: Báo cáo sơ kết.
        lead: chi-cuc-tdc
        deadline: 2023-07-20
      - id: tong-hop
        content: Tổng hợp báo cáo của các đơn vị.
        lead: van-phong
        deadline: 2023-05
      - id: kiem-tra
        content: Kiểm tra định kỳ.
        lead: [van-phong, chi-cuc-tdc]
        deadline: 2023-07-25
      - id: theo-doi
        content: Theo dõi, đôn đốc.
        lead: van-phong
        deadline: Thường xuyên
`;
const JUNE = `entries:
  - id: quy-dinh
    state: dang-thuc-hien
  - id: tong-hop
    state: da-hoan-thanh
    done: 2023-06-02
`;

/** A mini plan with progress: as of 15/7/2023, tong-hop done late, quy-dinh overdue 15 days, bao-cao due in 5, kiem-tra in 10. */
const planDir = () => compileWithFiles({ 'tasks.yaml': TASKS, 'progress/2023-06.yaml': JUNE }).dir;

async function run(args: string[], clock?: () => Date) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: REPO, env: {}, isTTY: false, ...(clock ? { clock } : {}) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('plan status', () => {
  it('prints, per unit, the counts by state, then overdue before due soon, and the day asked', async () => {
    const { code, stdout } = await run(['status', planDir(), '--as-of', '2023-07-15']);
    expect(code).toBe(0);
    expect(stdout).toContain('mini: tình hình thực hiện đến ngày 15/7/2023\n');
    expect(stdout).not.toContain('hôm nay');
    const chiCuc = stdout.slice(stdout.indexOf('  Chi cục Tiêu chuẩn Đo lường Chất lượng'));
    expect(chiCuc.split('\n').slice(1, 6)).toEqual([
      '    Sắp đến hạn                 2',
      '    Đang thực hiện quá hạn      1',
      '    ! Đang thực hiện quá hạn: Nhiệm vụ 1.1 Tham mưu ban hành Quy định. (hạn 30/6/2023, quá 15 ngày)',
      '    ! Sắp đến hạn: Nhiệm vụ 1.2 Báo cáo sơ kết. (hạn 20/7/2023, còn 5 ngày)',
      '    ! Sắp đến hạn: Nhiệm vụ 1.4 Kiểm tra định kỳ. (hạn 25/7/2023, còn 10 ngày)',
    ]);
    const vanPhong = stdout.slice(stdout.indexOf('  Văn phòng Sở'), stdout.indexOf('  Chi cục'));
    expect(vanPhong).toContain('Đã hoàn thành quá hạn       1');
    expect(vanPhong).toContain('Không có hạn                1');
  });

  it('says "today" when --as-of is left out, and takes the day from the clock', async () => {
    const { code, stdout } = await run(['status', planDir()], () => new Date(2023, 6, 21, 10));
    expect(code).toBe(0);
    expect(stdout).toContain('mini: tình hình thực hiện đến hôm nay, ngày 21/7/2023');
    expect(stdout).toContain('Nhiệm vụ 1.2 Báo cáo sơ kết. (hạn 20/7/2023, quá 1 ngày)');
    const en = await run(['status', planDir(), '--lang', 'en'], () => new Date(2023, 6, 21, 10));
    expect(en.stdout).toContain('mini: progress as of today, 21/7/2023');
    expect(en.stdout).toContain('! Overdue: Task 1.2 Báo cáo sơ kết. (due 20/7/2023, 1 day(s) overdue)');
  });

  it('--format json lists the overdue and due-soon tasks, each once, and each unit\'s counts', async () => {
    const { code, stdout } = await run(['status', planDir(), '--as-of', '2023-07-15', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ asOf: '2023-07-15', today: false });
    const [plan] = doc.plans;
    expect(plan.overdue.map((i: { id: string }) => i.id)).toEqual(['quy-dinh']);
    expect(plan.dueSoon.map((i: { id: string }) => [i.id, i.daysLeft])).toEqual([['bao-cao', 5], ['kiem-tra', 10]]);
    expect(plan.units.map((u: { id: string; attention: string[] }) => [u.id, u.attention])).toEqual([
      ['van-phong', ['kiem-tra']],
      ['chi-cuc-tdc', ['quy-dinh', 'bao-cao', 'kiem-tra']],
    ]);
    expect(plan.units[0].counts).toEqual({
      'hoan-thanh-dung-han': 0,
      'hoan-thanh-qua-han': 1,
      'dang-thuc-hien-trong-han': 0,
      'sap-den-han': 1,
      'dang-thuc-hien-qua-han': 0,
      'chua-den-han': 0,
      'khong-co-han': 1,
    });
  });

  it('--unit shows that unit only; an unknown unit or a day that is none is a usage error', async () => {
    const dir = planDir();
    const one = await run(['status', dir, '--as-of', '2023-07-15', '--unit', 'van-phong']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Văn phòng Sở');
    expect(one.stdout).not.toContain('Chi cục');
    const unknown = await run(['status', dir, '--unit', 'phong-x', '--as-of', '2023-07-15']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe('Lỗi: không kế hoạch nào có đơn vị mã "phong-x" (xem units.yaml)\n');
    const badDay = await run(['status', dir, '--as-of', '2023-02-30']);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toBe('Lỗi: --as-of "2023-02-30" không phải một ngày; ghi năm-tháng-ngày, ví dụ 2023-07-15\n');
  });

  it('reports a plan with errors as check does, exit 1, and prints no status', async () => {
    const { dir } = compileWithFiles({ 'tasks.yaml': TASKS, 'progress/2023-06.yaml': JUNE.replace('dang-thuc-hien', 'dang-lam') });
    const { code, stdout } = await run(['status', dir, '--as-of', '2023-07-15']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/progress\/2023-06\.yaml:3:12/);
    expect(stdout).not.toContain('tình hình thực hiện');
  });
});
