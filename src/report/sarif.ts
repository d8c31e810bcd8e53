import type { Diagnostic } from '../diagnostics.js';
import type { Rule } from '../check/rule.js';
import type { Lang } from '../messages/catalogue.js';
import { formatMessage } from '../messages/format-message.js';

/** Findings that come from loading and validation rather than from a rule, at the level they are mostly reported at. */
const STAGES: Record<string, { vi: string; en: string; full: { vi: string; en: string }; level: 'error' | 'warning' }> = {
  'yaml-syntax': {
    vi: 'Cú pháp YAML',
    en: 'YAML syntax',
    full: {
      vi: 'Tệp YAML đọc được: đúng cú pháp, thụt lề đúng, văn bản có ": " được đặt trong ngoặc kép; không mất chữ nào vì YAML đọc khác cách viết.',
      en: 'The YAML file can be read: valid syntax and indentation, texts holding ": " quoted; no words lost to YAML reading them otherwise than written.',
    },
    level: 'error',
  },
  schema: {
    vi: 'Cấu trúc theo JSON Schema',
    en: 'Structure per the JSON Schemas',
    full: {
      vi: 'Mỗi trường có đúng dạng mà schemas/*.schema.json quy định: tên trường, kiểu giá trị, dạng ngày tháng, các giới hạn theo Nghị định 30.',
      en: 'Each field has the shape schemas/*.schema.json sets: field names, value types, date forms, the bounds of Nghị định 30.',
    },
    level: 'error',
  },
  'plan-files': {
    vi: 'Các tệp của thư mục kế hoạch',
    en: 'Files of a plan folder',
    full: {
      vi: 'Thư mục kế hoạch có plan.yaml và units.yaml, mỗi tệp là một tệp thường, lưu dạng UTF-8, trong giới hạn kích thước.',
      en: 'The plan folder holds plan.yaml and units.yaml, each a regular file saved as UTF-8, within the size limits.',
    },
    level: 'error',
  },
  'rule-config': {
    vi: 'Điều chỉnh quy tắc trong plan.yaml',
    en: 'Rule settings in plan.yaml',
    full: {
      vi: 'Mỗi quy tắc được tắt hoặc đổi mức trong rules: của plan.yaml là một quy tắc có thật của plan check.',
      en: 'Each rule turned off or changed in rules: of plan.yaml is a rule plan check has.',
    },
    level: 'warning',
  },
  'table-fits': {
    vi: 'Bảng vừa khổ giấy',
    en: 'Tables fit their page',
    full: {
      vi: 'Khi in (plan build), mỗi cột của bảng Phụ lục rộng ít nhất bằng chữ dài nhất của cột, ở cỡ chữ 12, 11 hoặc 10, nên không chữ nào bị ngắt giữa chừng.',
      en: 'When built (plan build), every column of an appendix table is at least as wide as its longest word, at 12, 11 or 10 pt, so no word breaks mid-word.',
    },
    level: 'warning',
  },
  'template-syntax': {
    vi: 'Mẫu câu riêng viết đúng cú pháp',
    en: 'Own phrases compile',
    full: {
      vi: 'Mỗi tệp templates/phrases/*.hbs của kho hay của thư mục kế hoạch là Handlebars đúng cú pháp.',
      en: 'Each templates/phrases/*.hbs file of the repository or of a plan folder is valid Handlebars.',
    },
    level: 'error',
  },
  'template-unknown': {
    vi: 'Mẫu câu riêng thay một mẫu có sẵn',
    en: 'Own phrases replace a built-in one',
    full: {
      vi: 'Mỗi tệp templates/phrases/*.hbs của kho hay của thư mục kế hoạch mang tên một mẫu câu có sẵn (tên viết sai thì tệp không được dùng).',
      en: 'Each templates/phrases/*.hbs file of the repository or of a plan folder is named as a built-in phrase (a misspelt one is not used).',
    },
    level: 'warning',
  },
};

/** How a SARIF reader counts columns: ours are the YAML parser's, offsets in a JavaScript string (src/load/locate.ts). */
export const SARIF_COLUMN_KIND = 'utf16CodeUnits';

/** The words of a rule's full description beyond its one line. */
const FULL = {
  vi: (id: string, level: string) => `Mức mặc định: ${level === 'error' ? 'lỗi' : 'cảnh báo'}. Một kế hoạch có thể tắt hoặc đổi mức quy tắc này trong plan.yaml (rules: ${id}), kèm lý do.`,
  en: (id: string, level: string) => `Default level: ${level}. A plan may turn this rule off or change its level in plan.yaml (rules: ${id}), with a reason.`,
};

export interface SarifOptions {
  lang: Lang;
  version: string;
  /** Absolute address of the README; each rule's help is its anchor there (`#rule-<id>`). */
  readmeUrl: string;
}

/** `--format sarif`: a SARIF 2.1.0 log, for code-scanning tools. */
export function formatSarif(diagnostics: readonly Diagnostic[], rules: readonly Rule[], options: SarifOptions): string {
  const { lang } = options;
  const describe = (id: string, short: string, full: string, level: 'error' | 'warning') => {
    const helpUri = `${options.readmeUrl}#rule-${id}`;
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: short },
      fullDescription: { text: full },
      help: { text: `${full} ${helpUri}`, markdown: `**${id}**: ${full}\n\n[README](${helpUri})` },
      helpUri,
      defaultConfiguration: { level },
    };
  };
  const descriptors = [
    ...Object.entries(STAGES).map(([id, stage]) => describe(id, stage[lang], stage.full[lang], stage.level)),
    ...rules.map((r) => describe(r.id, r.description[lang], `${r.description[lang]}. ${FULL[lang](r.id, r.severity)}`, r.severity)),
  ];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan', version: options.version, informationUri: options.readmeUrl, rules: descriptors } },
        columnKind: SARIF_COLUMN_KIND,
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
