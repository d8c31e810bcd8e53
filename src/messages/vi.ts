import type { Catalogue, MessageArgs } from './catalogue.js';
import { FORMS } from './forms.js';

const ITEMS: Record<string, string> = {
  task: 'Nhiệm vụ',
  step: 'Công việc',
  group: 'Nhóm nhiệm vụ',
  unit: 'Đơn vị',
  plan: 'Kế hoạch',
  signer: 'Người ký',
  recipient: 'Nơi nhận',
  appendix: 'Phụ lục',
  section: 'Mục',
  progress: 'Báo cáo tiến độ kỳ',
};

/** "Nhiệm vụ 2.1", "Đơn vị van-phong", ... */
function item(a: MessageArgs): string {
  return [ITEMS[String(a['item'])] ?? String(a['item'] ?? ''), a['label'] ?? ''].join(' ').trim();
}

/** "Phụ lục II", or "Phụ lục" when the plan has one. */
function appendixName(a: MessageArgs): string {
  if (a['body']) return 'Bảng trong nội dung';
  return a['appendix'] ? `Phụ lục ${a['appendix']}` : 'Phụ lục';
}

/** The item and, for a text, the YAML key it sits under: "Nhiệm vụ 1.2 (content)". */
function where(a: MessageArgs): string {
  return a['field'] ? `${item(a)} (${a['field']})` : item(a);
}

/** An item named for id-unique: units and appendices by their place in the file and their name. */
function named(a: MessageArgs, prefix = ''): string {
  const get = (key: string) => a[prefix ? `${prefix}${key[0]!.toUpperCase()}${key.slice(1)}` : key];
  const kind = String(get('item'));
  if (kind === 'unit') return `Đơn vị thứ ${get('position')} (${get('name')})`;
  if (kind === 'appendix') return `Phụ lục thứ ${get('position')} (${get('name')})`;
  return item({ item: kind, label: get('label') ?? '' });
}

const SPACING: Record<string, string> = {
  leading: 'ở đầu',
  trailing: 'ở cuối',
  double: 'hai dấu cách liền nhau',
  'before-punctuation': 'trước dấu , . ; :',
};

const YAML_SYNTAX: Record<string, string> = {
  DUPLICATE_KEY: 'Khóa bị lặp lại trong cùng một mục',
  TAB_AS_INDENT: 'Dùng phím Tab để thụt lề; YAML chỉ cho phép dấu cách',
  BAD_INDENT: 'Thụt lề không đúng',
  MISSING_CHAR: 'Thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy)',
  BLOCK_AS_IMPLICIT_KEY: 'Khóa không hợp lệ (có thể thiếu dấu hai chấm hoặc thụt lề sai)',
  MULTILINE_IMPLICIT_KEY: 'Khóa viết trên nhiều dòng (có thể thiếu dấu hai chấm)',
  COLON_IN_TEXT: 'Văn bản có dấu hai chấm và dấu cách (": ") nên YAML đọc thành thêm một khóa; hãy đặt cả văn bản trong dấu nháy kép hoặc viết sau ">-"',
  BAD_KEY: 'Tên trường không được là danh sách, nhóm trường, để trống hay null/true/false; nếu đây là một câu, hãy đặt cả câu trong dấu nháy kép',
  UNEXPECTED_TOKEN: 'Còn chữ sau một giá trị đã kết thúc: văn bản bắt đầu bằng [, {, " hay \' bị YAML đọc thành danh sách, nhóm trường hay chuỗi trong nháy; hãy đặt cả văn bản trong dấu nháy kép (dấu nháy bên trong viết \\")',
  BAD_SCALAR_START: 'Giá trị không được bắt đầu bằng ký tự này; hãy đặt trong dấu nháy',
  MULTIPLE_DOCS: 'Tệp chỉ được chứa một tài liệu YAML',
  BAD_DQ_ESCAPE: 'Ký tự thoát không hợp lệ trong chuỗi có dấu nháy kép',
  TOO_DEEP: 'Các mục lồng nhau quá sâu (quá 100 cấp)',
};

/** Vietnamese messages: the default language. */
/** How a message names the field at fault: "opening" mục 2, or the file itself. */
function field(a: MessageArgs): string {
  if (a['field'] === '') return 'Nội dung tệp';
  return a['index'] !== undefined ? `"${a['field']}" mục ${a['index']}` : `"${a['field']}"`;
}

export const vi: Catalogue = {
  'yaml.alias-unknown': (a) =>
    `YAML đọc "*${a['name']}" là một bí danh (alias) chưa được đặt: dấu * ở đầu văn bản mở một bí danh; nếu là chữ (như *nghiêng* ở đầu câu), hãy đặt cả văn bản trong dấu nháy kép`,
  'files.too-many-values': (a) =>
    `Kế hoạch có quá ${a['limit']} giá trị YAML (mỗi khóa, văn bản, số, ngày, bí danh, mục danh sách, dấu hai chấm, ngoặc và dấu phẩy là một giá trị), tính cả các tệp đọc trước tệp này; giá trị vượt giới hạn ở đây và tệp không được đọc tiếp. Kế hoạch lớn hơn hãy tách thành nhiều kế hoạch`,
  'yaml.aliases': (a) =>
    `Bí danh (alias) YAML "*${a['name']}" được mở ra quá nhiều lần: mỗi neo (anchor) được mở ra dưới ${a['limit']} lần, mỗi lần dùng tính bằng số bí danh mà giá trị được neo tự chứa (bí danh lồng trong bí danh); hãy viết lại các giá trị thay cho bí danh`,
  'yaml-number-as-typed': (a) => `YAML đọc ${a['typed']} là số ${a['read']}, nên sẽ in ra ${a['read']}, không như đã viết; muốn in đúng như viết thì đặt trong ngoặc kép: "${a['typed']}" (số có phần nghìn viết không dấu chấm: 1250.5 in thành 1.250,5)`,
  'yaml-anchor-in-text': (a) =>
    `YAML đọc "${a['words']}" ở đầu văn bản là tên neo (anchor) và bỏ nó khỏi văn bản; nếu là chữ của văn bản, hãy đặt cả văn bản trong dấu nháy kép`,
  'yaml-comment-in-text': (a) =>
    `YAML đọc "${a['words']}" là ghi chú (sau dấu #) và bỏ nó khỏi văn bản; nếu là chữ của văn bản, hãy đặt cả văn bản trong dấu nháy kép`,
  'yaml-list-in-text': () =>
    'Dòng này bắt đầu bằng "-" hay "+" nhưng thụt lề sâu hơn ý phía trên nên bị nối vào văn bản của ý đó; nếu là một ý riêng, thụt lề cho thẳng hàng với ý phía trên',
  'files.text-too-long': (a) => `Văn bản dài ${a['length']} ký tự, quá giới hạn ${a['limit']} ký tự cho một trường; hãy tách thành nhiều đoạn`,
  'files.expanded-too-large': (a) =>
    `Khi mở các bí danh (alias), văn bản của kế hoạch (các tệp gộp lại) đến đây đã dài ${a['length']} ký tự, quá giới hạn ${a['limit']} ký tự cho một kế hoạch: các bí danh lặp lại văn bản dài; hãy dùng ít bí danh hơn hoặc rút ngắn văn bản được neo`,
  'files.unreadable': (a) => `Không đọc được tệp (${a['code'] === 'EACCES' || a['code'] === 'EPERM' ? 'không có quyền đọc' : a['code']}); kiểm tra quyền của tệp`,
  'files.missing': (a) => `Thư mục kế hoạch thiếu tệp ${a['name']}`,
  'files.not-regular': (a) => `${a['name']} không phải một tệp (là thư mục, liên kết tới tệp không còn, hay tệp đặc biệt); kế hoạch cần tệp YAML thường ở đây`,
  'files.both': (a) => `Có cả ${a['name']} và ${a['other']}: chỉ giữ một tệp (kế hoạch không biết đọc tệp nào)`,
  'files.too-large': (a) => `Tệp quá lớn (${a['size']} byte; tối đa ${a['limit']} byte)`,
  'files.plan-too-large': (a) =>
    `Tệp này (${a['size']} byte) cùng các tệp đã đọc trước nó (${a['before']} byte) vượt giới hạn ${a['limit']} byte cho cả kế hoạch, nên không được đọc; kế hoạch lớn hơn hãy tách thành nhiều kế hoạch`,
  'files.not-utf-8': () => 'Tệp không được lưu bằng bảng mã UTF-8 (có thể là "ANSI"/Windows-1258 hay TCVN3): mở tệp và lưu lại với bảng mã UTF-8',
  'files.utf-16': () => 'Tệp được lưu bằng bảng mã UTF-16 ("Unicode" của Notepad): mở tệp và lưu lại với bảng mã UTF-8',
  'files.progress-not-folder': () => 'progress ở đây là một tệp; các tệp tiến độ đặt trong thư mục progress/ (progress/2023-06.yaml)',
  'files.progress-not-yaml': (a) => `"${a['name']}" mang tên một kỳ báo cáo nhưng không phải tệp .yaml nên không được đọc; đổi thành ${String(a['name']).replace(/\..*$/, '')}.yaml`,
  'files.progress-name': (a) => `Tệp tiến độ ${a['name']} phải đặt tên theo kỳ báo cáo: 2023-06.yaml (tháng), 2023-Q2.yaml (quý), 2023-H1.yaml (6 tháng) hoặc 2023.yaml (năm); tệp này không được đọc`,
  'files.unknown': (a) => `Tệp ${a['name']} không được dùng; kế hoạch chỉ đọc ${a['known']}`,
  'schema.required': (a) => `Thiếu trường bắt buộc "${a['field']}" (${a['title']})`,
  'schema.text-as-key': (a) =>
    `"${a['field']}: ..." là một câu có dấu hai chấm và dấu cách (": "), nên YAML đọc thành tên trường; hãy đặt cả câu trong dấu nháy kép hoặc viết sau ">-"`,
  'schema.additionalProperties': (a) => `Trường "${a['field']}" không có trong mẫu; kiểm tra lỗi chính tả`,
  'schema.type': (a) =>
    `${field(a)} (${a['title']}) phải là ${typeName(String(a['expected']))}, không phải ${actualName(String(a['actual']))}` + typeHint(a),
  'schema.enum': (a) => `${field(a)} (${a['title']}) chỉ nhận một trong các giá trị: ${a['allowed']}`,
  'schema.pattern': (a) => `${field(a)} (${a['title']}) viết chưa đúng dạng: cần ${FORMS[String(a['form'])]?.vi ?? a['hint']}.` + (a['fix'] ? ` Viết là ${a['fix']}.` : ''),
  'schema.oneOf': (a) => `${field(a)} (${a['title']}) phải là một đoạn văn, hoặc có đúng một trong các khóa heading, items, numbered, points, tasks, implementation, appendices`,
  'schema.minimum': (a) => `${field(a)} (${a['title']}) không được nhỏ hơn ${a['limit']}`,
  'schema.maximum': (a) => `${field(a)} (${a['title']}) không được lớn hơn ${a['limit']}`,
  'schema.minItems': (a) => `${field(a)} (${a['title']}) cần ít nhất ${a['limit']} mục`,
  'schema.minLength': (a) => `${field(a)} (${a['title']}) không được để trống`,
  'schema.other': (a) => `${field(a)} (${a['title']}) không hợp lệ: ${a['detail']}`,
  'unit-known': (a) =>
    `${item(a)}: không có đơn vị "${a['ref']}" (theo mã hay tên) trong units.yaml` + (a['suggestion'] ? `; có phải "${a['suggestion']}"?` : ''),
  'task-owner-required': (a) => `${item(a)} chưa có đơn vị chủ trì`,
  'task-deadline-required': (a) => `${item(a)} chưa có thời gian hoàn thành`,
  'date-valid': (a) => `${item(a)}: ngày ${a['value']} không có thật (tháng ${a['month']} năm ${a['year']} không có ngày ${a['day']})`,
  'date-valid.month': (a) => `${item(a)}: tháng ${a['month']} không có thật (${a['value']})`,
  'date-valid.text': (a) =>
    `${where(a)}: "${a['value']}" không phải ngày có thật (` +
    (Number(a['month']) < 1 || Number(a['month']) > 12 ? `không có tháng ${a['month']})` : `tháng ${a['month']} năm ${a['year']} không có ngày ${a['day']})`),
  'date-format': (a) =>
    `${where(a)}: "${a['value']}" chưa viết theo Nghị định 30 (ngày dưới 10 và tháng 1, 2 có số 0 phía trước, các tháng khác không); sửa thành "${a['fix']}"`,
  'task-owner-required.step': (a) =>
    `${item(a)} chưa có đơn vị thực hiện (owner); kế hoạch đặt stepsInherit: false nên công việc không lấy đơn vị chủ trì của nhiệm vụ`,
  'task-deadline-required.step': (a) =>
    `${item(a)} chưa có thời hạn (deadline); kế hoạch đặt stepsInherit: false nên công việc không lấy thời gian hoàn thành của nhiệm vụ`,
  'deadline-in-plan-period': (a) =>
    `${item(a)}: ${a['kind'] === 'start' ? 'thời gian bắt đầu' : 'thời hạn'} ${a['value']} nằm ngoài thời gian thực hiện kế hoạch (từ ${a['from']} đến ${a['to']})`,
  'deadline-in-plan-period.before-date': (a) => `${item(a)}: thời hạn ${a['value']} trước ngày ban hành kế hoạch (${a['date']})`,
  'start-before-deadline': (a) => `${item(a)}: bắt đầu ${a['value']}, muộn hơn thời hạn hoàn thành ${a['limit']}`,
  'time-form': (a) =>
    `Thời gian "${a['value']}" không đọc được; viết một trong các cách: 2024-06-30, 2024-06, 2024-Q2, 2024-H1, 2024, 2023-2025, Ngày 30/6/2024, Tháng 6/2024, Quý II/2024, 6 tháng đầu năm 2024, Năm 2024, Trước ngày 15/6/2024, Tháng 3 - 6/2024, Giai đoạn 2023 - 2025, Thường xuyên, Hằng tháng, Hằng quý, Hằng năm`,
  'reference-known': (a) => `${where(a)}: viện dẫn [#${a['id']}] không trỏ đến mục, nhóm, nhiệm vụ, công việc hay Phụ lục nào (không có mã "${a['id']}")`,
  'reference-known.form': (a) => `${where(a)}: viện dẫn [#${a['id']}] viết chưa đúng: mã chỉ gồm chữ thường không dấu, chữ số và gạch ngang, không có dấu cách`,
  'reference-known.unnumbered': (a) => `${where(a)}: [#${a['id']}] trỏ đến một mục không có số thứ tự (number: false, hoặc ở cấp không đánh số), nên không in được số nào`,
  'table-cells': (a) => `${appendixName(a)}: ô "${a['field']}" không thuộc cột nào của bảng nên sẽ không được in; sửa tên cho đúng mã cột (field) hoặc thêm cột`,
  'table-cells.not-number': (a) => `${appendixName(a)}: cột "${a['column']}" là cột số nhưng ô ghi "${a['value']}" là chữ; viết số không có dấu chấm ngăn cách (1250.5 in thành 1.250,5), hoặc bỏ type: number`,
  'table-cells.total-text': (a) => `${appendixName(a)}: cột "${a['column']}" được cộng (total: true) nhưng không phải cột số; thêm type: number`,
  'table-cells.no-total-row': (a) => `${appendixName(a)}: cột "${a['column']}" được cộng nhưng bảng không có dòng tổng cộng; thêm total: Tổng cộng`,
  'table-cells.total-label': (a) => `${appendixName(a)}: mọi cột đều được cộng và bảng không có cột STT, nên chữ của dòng tổng cộng không có chỗ in; thêm cột stt hoặc một cột không cộng`,
  'table-cells.line-overlap': (a) => `${appendixName(a)}: ô "${a['field']}" đã có ở dòng chính, ô này gộp dọc qua các dòng tiếp theo (lines) nên ô cùng tên ở đây sẽ bị che; bỏ ô ở dòng chính hoặc ở dòng tiếp theo`,
  'table-cells.nested-group': (a) => `${appendixName(a)}: dòng nhóm "${a['title']}" nằm trong các dòng con (rows) sẽ không được in; dòng nhóm chỉ đặt ở danh sách dòng của bảng`,
  'table-cells.group-extra': (a) => `${appendixName(a)}: dòng nhóm "${a['title']}" chỉ in tên nhóm, nên "${a['field']}" ở đây sẽ không được in; đưa nó thành một dòng riêng sau dòng nhóm`,
  'table-cells.not-finite': (a) => `${appendixName(a)}: cột "${a['column']}" là cột số nhưng ô ghi ${a['value']}, không phải một số; viết một số`,
  'table-cells.too-large': (a) => `${appendixName(a)}: số ${a['value']} ở cột "${a['column']}" quá lớn để in và cộng chính xác (quá 9.007.199.254.740.991); viết theo đơn vị lớn hơn (triệu, tỷ đồng)`,
  'table-cells.builtin-number': (a) => `${appendixName(a)}: cột "${a['field']}" là cột có sẵn, không phải số của nhiệm vụ; type: number và total chỉ dành cho trường riêng (fields)`,
  'table-cells.field-builtin': (a) => `${appendixName(a)}: trường riêng "${a['field']}" trùng tên một cột có sẵn nên sẽ không được in; đặt tên khác`,
  'table-cells.unused-option': (a) => `${appendixName(a)}: "${a['field']}" không dùng cho Phụ lục loại ${a['kind']} nên sẽ bị bỏ qua; với bảng viết trực tiếp (kind: table), columns, numbering và total viết trong table:`,
  'table-cells.field-twice': (a) => `${appendixName(a)}: hai cột cùng mã "${a['field']}"; mỗi cột một mã`,
  'template-syntax': (a) => `Mẫu câu "${a['name']}" viết sai cú pháp Handlebars (${a['error']}); sửa lại, hoặc xóa tệp để dùng mẫu có sẵn`,
  'template-syntax.not-file': (a) => `"${a['name']}.hbs" không phải một tệp đọc được (là thư mục, hoặc liên kết tới tệp không có); xóa nó hoặc thay bằng tệp mẫu câu`,
  'template-syntax.partial': (a) => `Mẫu câu "${a['name']}" gọi mẫu "${a['partial']}" (\{{> ${a['partial']}}}) nhưng không có mẫu câu nào tên như vậy; sửa tên`,
  'template-syntax.self': (a) => `Mẫu câu "${a['name']}" tự gọi chính nó (\{{> ${a['name']}}}), in ra sẽ không bao giờ dừng; bỏ lời gọi đó`,
  'template-unknown': (a) => `Không có mẫu câu nào tên "${a['name']}" để thay, nên tệp này không được dùng; các tên có: ${a['known']}`,
  'table-fits': (a) => `${appendixName(a)}: bảng không vừa khổ giấy, kể cả ở cỡ chữ ${a['size']}: cột ${a['columns']} hẹp hơn chữ dài nhất của cột nên chữ sẽ bị ngắt giữa chừng; bỏ bớt cột (columns), dùng khổ ngang (orientation: landscape) hoặc viết ngắn lại`,
  'table-fits.landscape': (a) => `${appendixName(a)}: bảng không vừa khổ giấy ngang, kể cả ở cỡ chữ ${a['size']}: cột ${a['columns']} hẹp hơn chữ dài nhất của cột nên chữ sẽ bị ngắt giữa chừng; bỏ bớt cột (columns), chọn đơn vị thời gian lớn hơn (scale) hoặc viết ngắn lại`,
  'table-fits.body': (a) => `Bảng${a['title'] ? ` "${a['title']}"` : ''} trong nội dung không vừa khổ giấy, kể cả ở cỡ chữ ${a['size']}: cột ${a['columns']} hẹp hơn chữ dài nhất của cột nên chữ sẽ bị ngắt giữa chừng; bỏ bớt cột hoặc viết ngắn lại`,
  'lead-single': (a) => `${item(a)} có ${a['count']} đơn vị chủ trì; thường mỗi nhiệm vụ chỉ một đơn vị chủ trì, các đơn vị khác ghi ở phối hợp (cooperating)`,
  'text-line-break': (a) => `${where(a)}: văn bản có dấu xuống dòng nhưng được in thành một đoạn (xuống dòng thành dấu cách); nếu là hai đoạn, tách thành hai mục`,
  'period-valid': (a) => `Thời gian thực hiện kế hoạch từ ${a['from']} đến ${a['to']} là ${a['months']} tháng, quá ${a['limit']} tháng (30 năm); kế hoạch dài hơn hãy chia thành các giai đoạn`,
  'period-valid.reversed': (a) => `Thời gian thực hiện kế hoạch bắt đầu ${a['from']}, sau tháng kết thúc ${a['to']}; kiểm tra lại period (from trước to)`,
  'plan-size.columns': (a) => `Bảng có ${a['count']} cột, quá giới hạn ${a['limit']} cột; cột thứ ${Number(a['limit']) + 1} ở đây. Bảng rộng hơn hãy tách thành nhiều bảng`,
  'plan-size.cells': (a) =>
    `Các bảng của kế hoạch (${a['tables']} bảng và phụ lục) có tổng cộng ${a['count']} ô, quá giới hạn ${a['limit']} ô; bảng này đưa tổng số qua giới hạn. Mỗi phụ lục liệt kê nhiệm vụ in lại tất cả nhiệm vụ (bảng tiến độ in một ô mỗi tháng, quý hoặc năm): bớt phụ lục trùng nhau, hoặc tách kế hoạch`,
  'plan-size.printed': (a) =>
    `Văn bản đến đây in ra quá ${a['limit']} ký tự: mỗi nhiệm vụ in ở mỗi chỗ outline đặt nhiệm vụ (tasks), ở mục "Tổ chức thực hiện" dưới mỗi đơn vị chủ trì và lại ở từng phụ lục liệt kê nhiệm vụ (${a['appendices']} phụ lục), kèm đầy đủ tên các đơn vị chủ trì, phối hợp mỗi lần; mỗi tham chiếu [#...] in số mục nó chỉ tới. Bớt đơn vị phối hợp của từng nhiệm vụ (một nhóm đơn vị có thể là một đơn vị, như "Các sở, ngành"), bớt chỗ đặt hay phụ lục trùng nhau, hoặc tách kế hoạch`,
  'plan-size.unit-name': (a) => `Tên đơn vị ${a['unit']} dài ${a['length']} ký tự, quá giới hạn ${a['limit']} ký tự: tên được in ở mỗi nhiệm vụ đơn vị thực hiện; ghi tên ngắn gọn, phần giải thích đưa vào nhiệm vụ (role)`,
  'plan-size': (a) =>
    `Kế hoạch có ${a['count']} mục (${a['tasks']} nhiệm vụ, ${a['steps']} công việc cụ thể, ${a['units']} đơn vị, ${a['rows']} dòng bảng), quá giới hạn ${a['limit']} mục; mục thứ ${Number(a['limit']) + 1} ở đây. Kế hoạch lớn hơn hãy tách thành nhiều kế hoạch`,
  'lead-internal': (a) =>
    `${item(a)}: đơn vị chủ trì "${a['unit']}" là cơ quan bên ngoài (external: true), mục "Tổ chức thực hiện" không phân công được; giao một đơn vị của Sở chủ trì, cơ quan ngoài ghi ở phối hợp (cooperating)`,
  'progress-known': (a) => `Kỳ báo cáo ${a['period']}: kế hoạch không có nhiệm vụ hay công việc mã "${a['id']}"`,
  'progress-known.twice': (a) => `Kỳ báo cáo ${a['period']}: "${a['id']}" đã có một mục ở trên trong tệp này; mỗi nhiệm vụ một mục mỗi kỳ (mục sau sẽ thay mục trước)`,
  'progress-known.period-twice': (a) => `Kỳ báo cáo ${a['period']} có hai tệp (tệp kia: ${a['first']}); chỉ giữ một tệp cho mỗi kỳ`,
  'progress-known.done-not-done': (a) => `Kỳ báo cáo ${a['period']}: "${a['id']}" có ngày hoàn thành (done) nhưng trạng thái không phải đã hoàn thành, nên ngày đó không được dùng; sửa trạng thái thành da-hoan-thanh hoặc bỏ done`,
  'progress-known.period-outside': (a) => `Kỳ báo cáo ${a['period']} nằm ngoài thời gian thực hiện kế hoạch (period), nên các mục của tệp này không được tính; kiểm tra lại tên tệp`,
  'progress-known.unit': (a) => `Kỳ báo cáo ${a['period']}: không có đơn vị mã "${a['id']}" trong danh sách đơn vị`,
  'progress-done-day': (a) => `${item(a)} (kỳ báo cáo ${a['period']}): đã hoàn thành nhưng không ghi ngày hoàn thành`,
  'progress-day-in-period': (a) => `${item(a)}: ngày hoàn thành ${a['value']} nằm ngoài kỳ báo cáo ${a['period']} (${a['from']} - ${a['to']}); ghi vào tệp của kỳ có ngày đó`,
  'progress-day-in-period.invalid': (a) => `${item(a)}: ngày hoàn thành ${a['value']} không có trong lịch`,
  'progress-overdue-unreported': (a) => `${item(a)}: đến ngày ${a['asOf']} đã quá hạn ${a['days']} ngày (hạn ${a['deadline']}) mà chưa có báo cáo tiến độ nào`,
  'step-within-task': (a) => `${item(a)}: thời hạn ${a['value']} muộn hơn thời gian hoàn thành của Nhiệm vụ ${a['task']} (${a['limit']})`,
  'step-within-task.start': (a) => `${item(a)}: bắt đầu ${a['value']}, trước khi Nhiệm vụ ${a['task']} bắt đầu (${a['limit']})`,
  'id-unique.unit-name': (a) => `Đơn vị thứ ${a['position']}: tên "${a['name']}" trùng với tên hay mã của Đơn vị thứ ${a['firstPosition']} (${a['firstName']}); nhiệm vụ gọi đơn vị theo mã hoặc tên nên sẽ không biết là đơn vị nào`,
  'id-unique': (a) => `${named(a)}: mã "${a['id']}" đã dùng cho ${named(a, 'first')}`,
  'person-assigned': (a) => `${item(a)} chưa ghi người phụ trách (person); kế hoạch yêu cầu rõ người (settings.requirePerson: true)`,
  'text-control-chars': (a) => `${where(a)}: có ký tự không in được (${a['chars']}), thường do dán từ Word, PDF hay trang web; cần xóa`,
  'text-nfc': (a) => `${where(a)}: chữ "${a['word']}" viết ở dạng Unicode tổ hợp (NFD); cần chuyển sang Unicode dựng sẵn (NFC)`,
  'text-nfc.tcvn3': (a) => `${where(a)}: văn bản dán từ bảng mã TCVN3 (ABC): "${a['from']}" là "${a['to']}"; cần chuyển sang Unicode`,
  'text-nfc.vni': (a) => `${where(a)}: văn bản dán từ bảng mã VNI: "${a['from']}" là "${a['to']}"; cần chuyển sang Unicode`,
  'text-spacing': (a) =>
    `${where(a)}: thừa dấu cách: ${String(a['kinds'])
      .split(',')
      .map((k) => SPACING[k] ?? k)
      .join(' và ')}`,
  'recipients-archive': (a) =>
    `Đơn vị lưu ${a['label']} (${a['name']}) chưa có chữ viết tắt (abbreviation) trong units.yaml; dòng cuối Nơi nhận "Lưu: VT, ..." cần chữ viết tắt này`,
  'recipients-archive.recipient': (a) =>
    `${item(a)}: "${a['name']}" là dòng Lưu, chương trình tự thêm dòng này từ đơn vị lưu (archive); xóa nơi nhận này để không in hai lần`,
  'signer-present': () => 'Kế hoạch chưa có người ký (signer: chức vụ và họ tên)',
  'signer-present.title': () => 'Người ký chưa có chức vụ (title)',
  'signer-present.name': () => 'Người ký chưa có họ tên (name)',
  'signer-present.authority': (a) => `Người ký: thẩm quyền ký "${a['value']}" phải bắt đầu bằng ${a['allowed']} (Nghị định 30, Phụ lục I, mục II.7)`,
  'final-number-filled': () => 'Kế hoạch chưa có số văn bản (number); văn bản phát hành phải có số',
  'final-number-filled.date': (a) => `Kế hoạch chưa có ngày ban hành (date: ${a['value']}); văn bản phát hành ghi đủ ngày, ví dụ 2023-01-05`,
  'unit-idle': (a) =>
    `${item(a)} (${a['name']}) không có nhiệm vụ thường xuyên (role), không chủ trì, phối hợp hay thực hiện việc nào: đơn vị sẽ không có trong mục "Tổ chức thực hiện"`,
  'rule-config.unknown': (a) => `Không có quy tắc "${a['id']}" (xem plan check --list-rules)`,
  'rule-config.guards-limit': (a) => `Quy tắc "${a['id']}" giữ một giới hạn của chương trình (README, Limits), nên không tắt hay hạ mức được: vẫn là ${a['severity'] === 'error' ? 'lỗi' : 'cảnh báo'}`,
  'render.failed': (a) => `Không tạo được tệp: ${a['detail']}`,
  'cli.no-plans': (a) => `Không tìm thấy kế hoạch nào trong ${a['dir']} (mỗi kế hoạch là một thư mục có tệp plan.yaml)`,
  'cli.no-such-path': (a) => `Không có thư mục ${a['dir']}`,
  'cli.file-of-plan': (a) => `${a['dir']} là một tệp của kế hoạch; hãy ghi thư mục kế hoạch: ${a['parent']}`,
  'cli.not-a-plan': (a) => `${a['dir']} không phải thư mục kế hoạch (không có tệp plan.yaml)`,
  'cli.wrote': (a) => `Đã ghi ${a['file']} (${a['kb']} KB)`,
  'cli.output-clash': (a) => `Hai kế hoạch cùng ghi ra tệp ${a['file']}: ${a['first']} và ${a['second']}; đổi tên một thư mục kế hoạch hoặc dựng riêng từng kế hoạch với --out khác nhau. Không ghi tệp nào.`,
  'cli.nothing-written-warnings': () => 'Có cảnh báo và --fail-on warning nên không ghi tệp nào.',
  'cli.bad-source-date-epoch': (a) => `SOURCE_DATE_EPOCH="${a['value']}" không phải số giây kể từ 1970 (số nguyên, tới năm 9999); bỏ biến này hoặc đặt lại cho đúng`,
  'cli.unknown-command': (a) => `Lỗi: không có lệnh "${a['name']}"` + (a['suggestion'] ? `; có phải "${a['suggestion']}"?` : '') + ` Các lệnh: ${a['commands']} (xem plan --help).`,
  'cli.unknown-option': (a) => `Lỗi: không có tùy chọn "${a['name']}"` + (a['suggestion'] ? `; có phải "${a['suggestion']}"?` : '') + ' (xem --help).',
  'cli.option-missing-value': (a) => `Lỗi: tùy chọn ${a['name']} cần một giá trị ngay sau nó`,
  'cli.missing-argument': (a) => `Lỗi: thiếu tham số ${a['name']}`,
  'cli.invalid-value': (a) => `Lỗi: tùy chọn ${a['name']} không nhận giá trị "${a['value']}"; chỉ nhận: ${a['choices']}`,
  'cli.too-many-arguments': (a) => `Lỗi: lệnh ${a['name']} nhận ít tham số hơn số đã ghi (xem --help)`,
  'cli.plan-without-list-rules': () => 'Lỗi: --plan chỉ dùng cùng --list-rules (plan check --list-rules --plan THƯ_MỤC)',
  'cli.list-rules-with-dirs': (a) => `Lỗi: --list-rules không kiểm tra thư mục; để xem kế hoạch ${a['dir']} tắt hay đổi quy tắc nào, dùng --list-rules --plan ${a['dir']}`,
  'cli.nothing-written': () => 'Có lỗi nên không ghi tệp nào.',
  'cli.bad-as-of': (a) => `Lỗi: --as-of "${a['value']}" không phải một ngày; ghi năm-tháng-ngày, ví dụ 2023-07-15`,
  'cli.unknown-unit': (a) => `Lỗi: không kế hoạch nào có đơn vị mã "${a['unit']}" (xem units.yaml)`,
  'status.heading': (a) => `${a['plan']}: tình hình thực hiện đến ngày ${a['day']}`,
  'status.heading-today': (a) => `${a['plan']}: tình hình thực hiện đến hôm nay, ngày ${a['day']}`,
  'status.no-tasks': () => 'Không có nhiệm vụ nào.',
  'status.task': (a) => `Nhiệm vụ ${a['label']}`,
  'status.step': (a) => `Công việc ${a['label']}`,
  'status.overdue-by': (a) => `hạn ${a['day']}, quá ${a['days']} ngày`,
  'status.due-in': (a) => `hạn ${a['day']}, còn ${a['days']} ngày`,
  'status.due-today': (a) => `hạn ${a['day']}, đến hạn hôm nay`,
  'cli.no-progress': (a) => `${a['plan']}: chưa có tệp tiến độ nào (progress/<kỳ>.yaml), chưa có báo cáo để tạo`,
  'cli.bad-period': (a) => `Lỗi: --period "${a['value']}" không phải một kỳ báo cáo; ghi 2023-06 (tháng), 2023-Q2 (quý), 2023-H1 (6 tháng) hoặc 2023 (năm)`,
  'cli.clean': (a) => `Đã kiểm tra ${a['count']} kế hoạch: không có lỗi.`,
  'cli.phrase-repeats': (a) => `Lỗi: ${a['file']} in ${a['printed']} ký tự từ ${a['given']} ký tự nội dung được đưa vào: một câu chữ tự viết được in mỗi giá trị nhiều nhất hai lần; bớt các chỗ lặp lại trong tệp này`,
  'cli.fixed': (a) => `${a['file']}: đã sửa ${a['count']} chỗ (${a['rules']})`,
  'cli.fix-linked': (a) => `${a['file']}: không sửa, vì tệp (hay thư mục chứa nó) là liên kết tới nơi khác, có thể ngoài kho; sửa trực tiếp ở tệp gốc`,
  'cli.fix-edited': (a) => `${a['file']}: không sửa, vì tệp vừa được sửa trong lúc kiểm tra; chạy lại plan check --fix`,
  'cli.fixed-none': () => 'Không có lỗi nào sửa được tự động.',
  'cli.fix-with-list-rules': () => 'Lỗi: --fix sửa các kế hoạch, --list-rules không đọc kế hoạch nào; dùng riêng từng tùy chọn',
  'cli.rules-heading': () => 'Quy tắc kiểm tra (mã, mức mặc định, mô tả):',
  'cli.rule-override': (a) => `  kế hoạch ${a['plan']}: ${a['severity']}; lý do: ${a['reason']}`,
  'cli.no-soffice': () =>
    'Không tìm thấy LibreOffice (soffice) để tạo PDF. Cài đặt: sudo apt-get install libreoffice-writer-nogui fonts-liberation, hoặc chỉ đường dẫn bằng --soffice <tệp>.',
  'cli.built': (a) => `${a['plan']}: ${a['files']} (${a['seconds']} giây)`,
  'cli.watch': (a) => `[${a['time']}] ${a['plans']} kế hoạch: ${a['errors']} lỗi, ${a['warnings']} cảnh báo, ${a['seconds']} giây`,
  'cli.watching': () => 'Đang theo dõi thay đổi (Ctrl+C để dừng)...',
  'fix.spacing': () => 'Xóa dấu cách thừa',
  'fix.spacing.one': () => 'Để lại một dấu cách',
  'fix.nfc': () => 'Viết lại bằng Unicode dựng sẵn (NFC)',
  'fix.date-format': () => 'Viết ngày theo Nghị định 30',
  'cli.failed': (a) => `Lỗi: ${a['detail']}`,
  'import.no-file': (a) => `Lỗi: không có tệp ${a['file']}`,
  'import.unknown-kind': (a) => `Lỗi: ${a['file']} không phải tệp .docx, .txt hay .md; plan import chỉ đọc ba loại tệp này`,
  'import.not-docx': (a) => `Lỗi: ${a['file']} không phải tệp .docx (không đọc được như một tệp Word); hãy mở trong Word và lưu lại dạng .docx`,
  'import.encrypted': (a) => `Lỗi: ${a['file']} có mật khẩu (tệp Word được mã hóa) hoặc là tệp .doc cũ (Word 97-2003); hãy mở trong Word, bỏ mật khẩu nếu có, rồi lưu lại dạng .docx`,
  'import.corrupt': (a) => `Lỗi: ${a['file']} bị hỏng (tệp nén .docx không đọc được); hãy mở trong Word và lưu lại`,
  'import.not-utf-8': (a) => `Lỗi: ${a['file']} không được lưu bằng bảng mã UTF-8 (có thể là "ANSI"/Windows-1258 hay TCVN3): mở tệp và lưu lại với bảng mã UTF-8, rồi nhập lại`,
  'import.empty': (a) => `Lỗi: ${a['file']} không có nội dung nào`,
  'import.not-a-plan': (a) => `Lỗi: ${a['file']} không giống một Kế hoạch (không có dòng "KẾ HOẠCH", không có các mục I., II.); không nhập`,
  'import.no-repo': () => 'Lỗi: không tìm thấy thư mục plans/ ở thư mục này hay các thư mục trên nó; chạy plan import trong kho kế hoạch (plan init để tạo)',
  'import.outside-repo': (a) => `Lỗi: ${a['dir']} nằm ngoài kho kế hoạch ${a['root']}; plan import chỉ ghi vào trong kho (ví dụ -o plans/ten-ke-hoach)`,
  'import.outside-plans': (a) => `Lỗi: ${a['dir']} không nằm trong thư mục plans/, nơi plan check và plan build tìm kế hoạch; hãy ghi vào plans/<tên> (ví dụ -o plans/ten-ke-hoach)`,
  'import.exists': (a) => `Lỗi: thư mục ${a['dir']} đã có và không trống; chọn tên khác bằng -o plans/<tên> hoặc xóa thư mục đó. Không ghi tệp nào.`,
  'import.done': (a) => `Đã nhập ${a['file']} vào ${a['dir']}: ${a['sections']} đề mục, ${a['tasks']} nhiệm vụ, ${a['units']} đơn vị, ${a['appendices']} Phụ lục; ${a['todos']} chỗ cần xem lại (TODO).`,
  'import.todo': (a) => `${a['at']}  TODO  ${a['reason']} (đoạn ${a['n']} của tệp nguồn)`,
  'import.next': (a) => `Bước tiếp theo: sửa các chỗ TODO, rồi chạy npx plan check ${a['dir']}`,
  'import.progress': (a) => `Đang đọc ${a['file']}: ${a['done']}/${a['total']} đoạn`,
  'cli.fs-failed': (a) =>
    `Lỗi: không ghi được${a['path'] ? ` ${a['path']}` : ''}: ` +
    ({ ENOSPC: 'ổ đĩa đã đầy', EDQUOT: 'đã hết dung lượng được phép', EACCES: 'không có quyền ghi', EPERM: 'không có quyền ghi', EROFS: 'ổ đĩa chỉ cho đọc', EEXIST: 'ở đó là một tệp, không phải thư mục', ENOTDIR: 'trên đường dẫn có một tệp ở chỗ cần thư mục', EISDIR: 'ở đó là một thư mục, không phải tệp', ENOENT: 'không tạo được thư mục ở đó', ENAMETOOLONG: 'tên tệp hay thư mục quá dài', ELOOP: 'đường dẫn có liên kết vòng' }[String(a['code'])] ?? String(a['code'])) +
    '.',
};

function actualName(type: string): string {
  const names: Record<string, string> = { number: 'một số', array: 'một danh sách', object: 'một nhóm trường', boolean: 'true/false', null: 'giá trị rỗng', string: 'chuỗi văn bản' };
  return names[type] ?? type;
}

/** How to mend it: a number or true/false meant as text is quoted; a sentence with ": " read as a field is quoted too. */
function typeHint(a: MessageArgs): string {
  const expected = String(a['expected']);
  if (!expected.includes('string')) return '';
  if (a['actual'] === 'object') return '. Nếu đoạn văn có dấu hai chấm và dấu cách (": "), hãy đặt cả đoạn trong dấu nháy kép hoặc viết sau ">-"';
  if (a['actual'] === 'number' || a['actual'] === 'boolean') return '; nếu là văn bản, hãy đặt trong dấu nháy kép';
  if (a['actual'] === 'array') return '; chỉ ghi một giá trị, không phải danh sách';
  return '';
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'chuỗi văn bản',
    object: 'một nhóm trường (khóa: giá trị)',
    array: 'một danh sách (các dòng bắt đầu bằng "-")',
    number: 'một số',
    boolean: 'true hoặc false',
    'string,object': 'chuỗi văn bản hoặc một nhóm trường',
    'string,array': 'chuỗi văn bản hoặc danh sách các dòng',
    'string,integer': 'chuỗi văn bản hoặc một số nguyên',
    'boolean,object': 'true/false hoặc một nhóm trường',
    integer: 'một số nguyên',
  };
  return names[type] ?? type;
}

/** Vietnamese wording of a YAML syntax error, with the parser's own words as a fallback. */
export function viYamlSyntax(code: string, detail: string): string {
  const text = YAML_SYNTAX[code];
  return text ? `Lỗi cú pháp YAML: ${text}` : `Lỗi cú pháp YAML: ${detail}`;
}
