/** A small valid plan, file by file; rule tests replace one file with a broken variant. */
export const MINI_PLAN = {
  plan: `# yaml-language-server: $schema=../../schemas/plan.schema.json
issuer:
  superior: UBND tỉnh Bắc Giang
  name: Sở Khoa học và Công nghệ
  abbreviation: KHCN
number: ""
place: Bắc Giang
date: 2023-01
title: Thực hiện nhiệm vụ năm 2023
opening:
  - "Thực hiện Quyết định số 1/QĐ-UBND, Sở xây dựng kế hoạch như sau:"
purposes:
  - Triển khai kịp thời.
requirements:
  - Giao rõ người, rõ việc.
closing: Trên đây là Kế hoạch./.
signer:
  title: Giám đốc
  name: Nguyễn Văn A
recipients:
  - name: Lãnh đạo Sở
archive: van-phong
`,
  units: `units:
  - id: van-phong
    name: Văn phòng Sở
    abbreviation: VP
    role: Theo dõi, đôn đốc.
  - id: chi-cuc-tdc
    name: Chi cục Tiêu chuẩn Đo lường Chất lượng
`,
  tasks: `groups:
  - id: giao
    title: Nhiệm vụ được giao
    tasks:
      - id: quy-dinh
        content: Tham mưu ban hành Quy định.
        lead: chi-cuc-tdc
        deadline: 2023-06
`,
};

export type MiniFiles = Partial<Record<keyof typeof MINI_PLAN, string>>;

/**
 * A tasks.yaml of one group whose tasks differ only in the fields given, each written as is (a
 * YAML scalar, so it may carry quotes, escapes and `# expect:` markers).
 */
export function tasksYaml(tasks: readonly { content?: string; deadline?: string }[]): string {
  const items = tasks.map(
    (t, i) => `      - id: t${i}
        content: ${t.content ?? `Việc ${i}.`}
        lead: van-phong
        deadline: ${t.deadline ?? '2023-06'}
`,
  );
  return `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
${items.join('')}`;
}

/**
 * A tasks.yaml of one task led by van-phong, with the given field lines (each indented as a task
 * field, e.g. "        deadline: 2023-06\n") and, when given, a list of steps (items indented
 * under `items:`).
 */
export function taskWithSteps(fields: string, steps = ''): string {
  const solutions = steps ? `        solutions:\n          - steps: true\n            items:\n${steps}` : '';
  return `groups:
  - id: giao
    title: Nhiệm vụ
    tasks:
      - id: a
        content: Việc A.
        lead: van-phong
${fields}${solutions}`;
}
