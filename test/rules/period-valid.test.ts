import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN, tasksYaml } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'period-valid';
const withPeriod = (period: string) => MINI_PLAN.plan.replace('date: 2023-01', `date: 2023-01\nperiod:\n${period}`);

describe(RULE, () => {
  it('accepts a plan of thirty years, 2021-01 to 2050-12, and one to 2035 issued late in 2025 (122 months)', () => {
    const plan = withPeriod('  from: 2021-01\n  to: 2050-12');
    expect(findingLines(compileMini({ plan: withPeriod('  from: 2025-11\n  to: 2035-12') }).diagnostics, RULE)).toEqual([]);
    expect(findingLines(compileMini({ plan }).diagnostics, RULE)).toEqual([]);
  });

  it('reports a period over thirty years at its end, and one that runs backwards at its start and only there', () => {
    const long = { plan: withPeriod(`  from: 0001-01\n  to: 9999-12 # expect: ${RULE}`) };
    const longFound = compileMini(long).diagnostics;
    expect(findingLines(longFound, RULE)).toEqual(markerLines(long, RULE));
    expect(formatMessage(longFound.find((d) => d.code === RULE)!, 'vi')).toMatch(/là 119988 tháng, quá 360 tháng \(30 năm\)/);
    expect(formatMessage(longFound.find((d) => d.code === RULE)!, 'en')).toMatch(/is 119988 months, over 360 \(thirty years\)/);
    const reversed = { plan: withPeriod(`  from: 2023-12 # expect: ${RULE}\n  to: 2023-01`), tasks: tasksYaml([{}, {}, {}]) };
    const { diagnostics } = compileMini(reversed);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(reversed, RULE));
    expect(diagnostics.filter((d) => d.code === 'deadline-in-plan-period')).toEqual([]);
    expect(formatMessage(diagnostics.find((d) => d.code === RULE)!, 'vi')).toMatch(/bắt đầu 12\/2023, sau tháng kết thúc 1\/2023/);
  });
  it('cannot be turned off or lowered by the plan: a period of ten thousand years stays an error, and the setting is warned about', () => {
    const plan = `${withPeriod('  from: 0001-01\n  to: 9999-12')}rules:\n  ${RULE}:\n    severity: off\n    reason: Thử tắt.\n`;
    const { diagnostics } = compileMini({ plan });
    expect(diagnostics.filter((d) => d.code === RULE).map((d) => d.severity)).toEqual(['error']);
    const setting = diagnostics.filter((d) => d.code === 'rule-config');
    expect(setting.map((d) => [d.severity, d.start.line])).toEqual([['warning', plan.split('\n').indexOf(`  ${RULE}:`) + 1]]);
    expect(formatMessage(setting[0]!, 'vi')).toBe(`Quy tắc "${RULE}" giữ một giới hạn của chương trình (README, Limits), nên không tắt hay hạ mức được: vẫn là lỗi`);
    expect(formatMessage(setting[0]!, 'en')).toBe(`Rule "${RULE}" holds a limit of the program (README, Limits) and cannot be turned off or lowered: it stays an error`);
  });
});
