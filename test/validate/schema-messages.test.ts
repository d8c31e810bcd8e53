import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { MINI_PLAN, tasksYaml } from '../support/mini-plan.js';
import { compileMini } from '../support/rule-harness.js';

// The schema's findings, as the clerk reads them.
describe('schema messages', () => {
  it.each([
    ['30/6/2023', '2023-06-30'],
    ['5.1.2023', '2023-01-05'],
    ['6/2023', '2023-06'],
  ])('a deadline written %s gets the form to write: %s', (written, fix) => {
    const { diagnostics } = compileMini({ tasks: tasksYaml([{ deadline: written }]) });
    const found = diagnostics.filter((d) => d.code === 'schema');
    expect(found).toHaveLength(1);
    expect(formatMessage(found[0]!, 'vi')).toMatch(new RegExp(`viết chưa đúng dạng\\. .* Viết là ${fix}\\.$`));
    expect(formatMessage(found[0]!, 'en')).toMatch(new RegExp(`is not in the expected form .*; write ${fix}$`));
  });

  it('a value that is no date in another form gets no guess', () => {
    const { diagnostics } = compileMini({ tasks: tasksYaml([{ deadline: 'quý 2' }]) });
    const found = diagnostics.find((d) => d.code === 'schema')!;
    expect(formatMessage(found, 'vi')).not.toContain('Viết là');
  });

  it('offers a form only where the field takes it: a month for a field of months, none for a number', () => {
    const plan = MINI_PLAN.plan.replace('date: 2023-01', 'date: 2023-01\nperiod: { from: 30/6/2023, to: 2023-12 }').replace('number: ""', 'number: "12/2023"');
    const found = compileMini({ plan }).diagnostics.filter((d) => d.code === 'schema');
    const message = (field: string) => formatMessage(found.find((d) => d.path.includes(field))!, 'vi');
    expect(message('from')).toMatch(/Viết là 2023-06\.$/);
    expect(message('number')).not.toContain('Viết là');
  });
});
