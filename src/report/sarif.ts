import type { Diagnostic } from '../diagnostics.js';
import type { Rule } from '../check/rule.js';
import type { Lang } from '../messages/catalogue.js';
import { formatMessage } from '../messages/format-message.js';

/** Findings that come from loading and validation rather than from a rule, at the level they are mostly reported at. */
const STAGES: Record<string, { vi: string; en: string; level: 'error' | 'warning' }> = {
  'yaml-syntax': { vi: 'Cú pháp YAML', en: 'YAML syntax', level: 'error' },
  schema: { vi: 'Cấu trúc theo JSON Schema', en: 'Structure per the JSON Schemas', level: 'error' },
  'plan-files': { vi: 'Các tệp của thư mục kế hoạch', en: 'Files of a plan folder', level: 'error' },
  'rule-config': { vi: 'Điều chỉnh quy tắc trong plan.yaml', en: 'Rule settings in plan.yaml', level: 'warning' },
  'template-syntax': { vi: 'Mẫu câu riêng viết đúng cú pháp', en: 'Own phrases compile', level: 'error' },
  'template-unknown': { vi: 'Mẫu câu riêng thay một mẫu có sẵn', en: 'Own phrases replace a built-in one', level: 'warning' },
};

/** `--format sarif`: a SARIF 2.1.0 log, for code-scanning tools. */
export function formatSarif(diagnostics: readonly Diagnostic[], lang: Lang, rules: readonly Rule[], version: string): string {
  const descriptors = [
    ...Object.entries(STAGES).map(([id, stage]) => ({ id, shortDescription: { text: stage[lang] }, defaultConfiguration: { level: stage.level } })),
    ...rules.map((r) => ({ id: r.id, shortDescription: { text: r.description[lang] }, defaultConfiguration: { level: r.severity } })),
  ];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan', version, rules: descriptors } },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
          level: d.severity,
          message: { text: formatMessage(d, lang) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file.split(/[\\/]/).map(encodeURIComponent).join('/') },
                region: { startLine: d.start.line, startColumn: d.start.column, endLine: d.end.line, endColumn: d.end.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
