import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compile.js';
import { formatMessage } from '../../src/messages/format-message.js';
import { runCli } from '../cli/run-cli.js';
import { compileWithFiles } from '../support/progress-plan.js';
import { markedLines } from '../support/progress-rules.js';
import { findingLines } from '../support/rule-harness.js';

const RULE = 'progress-overdue-unreported';

const TASKS = `groups:
  - id: giao
    title: Nhiệm vụ được giao
    tasks:
      - id: quy-dinh
        content: Tham mưu ban hành Quy định.
        lead: chi-cuc-tdc
        deadline: 2023-06 # expect: ${RULE}
      - id: bao-cao
        content: Báo cáo sơ kết.
        lead: van-phong
        deadline: 2023-06-15
      - id: tong-ket
        content: Tổng kết.
        lead: van-phong
        deadline: 2023-12
`;
const FILES = { 'tasks.yaml': TASKS, 'progress/2023-06.yaml': 'entries:\n  - id: bao-cao\n    state: dang-thuc-hien\n' };

describe(RULE, () => {
  it('says nothing without --as-of: plain check depends on the files alone', () => {
    expect(findingLines(compileWithFiles(FILES).diagnostics, RULE)).toEqual([]);
  });

  it('with --as-of, warns at the deadline of an overdue task no period has reported on, in Vietnamese and English', async () => {
    const { dir } = compileWithFiles(FILES);
    const { diagnostics } = compilePlan(dir, { cwd: dir, asOf: { year: 2023, month: 7, day: 15 } });
    expect(findingLines(diagnostics, RULE)).toEqual(markedLines(FILES, RULE));
    const found = diagnostics.find((d) => d.code === RULE)!;
    expect(found.severity).toBe('warning');
    expect(formatMessage(found, 'vi')).toBe('Nhiệm vụ 1.1: đến ngày 15/7/2023 đã quá hạn 15 ngày (hạn 30/6/2023) mà chưa có báo cáo tiến độ nào');
    expect(formatMessage(found, 'en')).toBe('Task 1.1: by 15/7/2023 it is 15 day(s) past its deadline (30/6/2023) with no progress entry');
    // Before the deadline, nothing.
    expect(findingLines(compilePlan(dir, { cwd: dir, asOf: { year: 2023, month: 6, day: 30 } }).diagnostics, RULE)).toEqual([]);
  });

  it('plan check --as-of prints it; a day that is none is a usage error', async () => {
    const { dir } = compileWithFiles(FILES);
    const ok = await runCli(['check', dir, '--as-of', '2023-07-15']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(RULE);
    const bad = await runCli(['check', dir, '--as-of', '15/7/2023']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('Lỗi: --as-of "15/7/2023" không phải một ngày; ghi năm-tháng-ngày, ví dụ 2023-07-15\n');
  });
});
