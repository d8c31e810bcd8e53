import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN, tasksYaml } from '../support/mini-plan.js';
import { compileMini } from '../support/rule-harness.js';

const schemaFindings = (files: Parameters<typeof compileMini>[0]) => compileMini(files).diagnostics.filter((d) => d.code === 'schema');

// The schema's findings, as the clerk reads them.
describe('schema messages', () => {
  it.each([
    ['30/6/2023', '2023-06-30'],
    ['5.1.2023', '2023-01-05'],
    ['6/2023', '2023-06'],
  ])('a plan date written %s gets the form to write: %s, in words in both languages', (written, fix) => {
    const found = schemaFindings({ plan: MINI_PLAN.plan.replace('date: 2023-01', `date: ${written}`) });
    expect(found).toHaveLength(1);
    expect(formatMessage(found[0]!, 'vi')).toMatch(new RegExp(`viết chưa đúng dạng: cần năm-tháng \\(2023-06\\) hoặc năm-tháng-ngày \\(2023-06-30\\)\\. Viết là ${fix}\\.$`));
    expect(formatMessage(found[0]!, 'en')).toMatch(new RegExp(`is not in the expected form: year-month \\(2023-06\\) or year-month-day \\(2023-06-30\\); write ${fix}$`));
    // No regular expression reaches the clerk.
    for (const lang of ['vi', 'en'] as const) expect(formatMessage(found[0]!, lang)).not.toMatch(/\^|\[0-9\]|\$$/);
  });

  it('a value that is no date in another form gets no guess', () => {
    const found = schemaFindings({ plan: MINI_PLAN.plan.replace('date: 2023-01', 'date: quý 2') })[0]!;
    expect(formatMessage(found, 'vi')).not.toContain('Viết là');
  });

  it('offers a form only where the field takes it: a month for a field of months, none for a number', () => {
    const plan = MINI_PLAN.plan.replace('date: 2023-01', 'date: 2023-01\nperiod: { from: 30/6/2023, to: 2023-12 }').replace('number: ""', 'number: "12/2023"');
    const found = schemaFindings({ plan });
    const message = (field: string) => formatMessage(found.find((d) => d.path.includes(field))!, 'vi');
    expect(message('from')).toMatch(/Viết là 2023-06\.$/);
    expect(message('number')).not.toContain('Viết là');
    expect(message('number')).toContain('chỉ gồm chữ số');
  });

  it('takes a number typed without quotes where a number is meant: number 1556, deadline 2025', () => {
    const plan = MINI_PLAN.plan.replace('number: ""', 'number: 1556');
    const tasks = tasksYaml([{ deadline: '2023' }]);
    expect(schemaFindings({ plan, tasks })).toEqual([]);
  });

  it('a wrong abbreviation is told what it may hold', () => {
    const found = schemaFindings({ plan: MINI_PLAN.plan.replace('abbreviation: KHCN', 'abbreviation: Khcn') })[0]!;
    expect(formatMessage(found, 'vi')).toContain('chữ in hoa không dấu (và Đ), chữ số hoặc &');
    expect(formatMessage(found, 'en')).toContain('capital letters without accents (and Đ), digits or &');
  });

  it('a number, a list or a mapping where a text is expected is told exactly that, and the colon hint only for a mapping', () => {
    const plan = MINI_PLAN.plan.replace('place: Bắc Giang', 'place: 2023').replace('closing: Trên đây là Kế hoạch./.', 'closing: [Trên đây là Kế hoạch./.]').replace('title: Thực hiện nhiệm vụ năm 2023', 'title:\n  Thực hiện: nhiệm vụ');
    const found = schemaFindings({ plan });
    const message = (field: string, lang: 'vi' | 'en') => formatMessage(found.find((d) => d.path.includes(field))!, lang);
    expect(message('place', 'vi')).toMatch(/^"place" \(.+\) phải là chuỗi văn bản, không phải một số; nếu là văn bản, hãy đặt trong dấu nháy kép$/);
    expect(message('place', 'en')).toBe('"place" must be a text, not a number; if it is text, put it in double quotes');
    expect(message('closing', 'vi')).toMatch(/^"closing" \(.+\) phải là chuỗi văn bản, không phải một danh sách; chỉ ghi một giá trị, không phải danh sách$/);
    expect(message('title', 'vi')).toMatch(/phải là chuỗi văn bản hoặc danh sách các dòng, không phải một nhóm trường\. Nếu đoạn văn có dấu hai chấm và dấu cách/);
    expect(message('place', 'vi')).not.toContain('dấu hai chấm');
  });

  it('a lead given as a number is told it takes a text or a list of units', () => {
    const tasks = tasksYaml([{}]).replace('lead: van-phong', 'lead: 5');
    const found = schemaFindings({ tasks });
    expect(found).toHaveLength(1);
    expect(formatMessage(found[0]!, 'vi')).toMatch(/^"lead" \(Đơn vị chủ trì\) phải là chuỗi văn bản hoặc danh sách các dòng, không phải một số/);
  });
});

describe('schema messages for fields that take more than one form', () => {
  it('an empty list of leads, or a time in words without its words, is told what is missing, not that a list or mapping is wrong', () => {
    const tasks = tasksYaml([{ deadline: '{ by: 2023-06 }' }]).replace('lead: van-phong', 'lead: []');
    const found = schemaFindings({ tasks });
    const message = (field: string) => formatMessage(found.find((d) => d.path[d.path.length - 1] === field)!, 'vi');
    expect(message('lead')).toMatch(/cần ít nhất 1 mục/);
    expect(message('deadline')).toMatch(/Thiếu trường bắt buộc "words"/);
    expect(found.map((d) => formatMessage(d, 'vi')).join('\n')).not.toMatch(/không phải một (danh sách|nhóm trường)/);
  });
});

describe('schema messages for outline blocks and appendix columns (found in review)', () => {
  it('a block of two kinds is told the kinds a block may be, not that it must be a text', () => {
    const plan = MINI_PLAN.plan.replace('closing:', 'outline:\n  - heading: NHIỆM VỤ\n    tasks: all\nclosing:');
    const found = schemaFindings({ plan });
    expect(found).toHaveLength(1);
    expect(formatMessage(found[0]!, 'vi')).toMatch(/phải là một đoạn văn, hoặc có đúng một trong các khóa heading, items, numbered, points, tasks, implementation, appendices$/);
    expect(formatMessage(found[0]!, 'en')).toMatch(/must be a paragraph, or have exactly one of the keys heading/);
  });

  it('a column of the tasks\' own fields needs its header (the build stopped on a missing phrase)', () => {
    const appendices = 'appendices:\n  - id: a\n    kind: tasks\n    title: Danh mục\n    columns: [stt, task, { field: theo-doi }, { field: lead }]\n';
    const found = schemaFindings({ appendices } as never);
    expect(found.map((d) => formatMessage(d, 'vi'))).toEqual(['Thiếu trường bắt buộc "header" (header)']);
  });

  it('a time in words whose `by` cannot be read is one finding, not also "no deadline"', () => {
    const tasks = tasksYaml([{ deadline: '{ words: Theo hướng dẫn, by: sớm }' }]);
    const { diagnostics } = compileMini({ tasks });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['time-form']);
  });
});
