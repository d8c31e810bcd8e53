// Writes a valid synthetic plan of N tasks (with steps, several units and all three appendices),
// the same bytes for the same N: `node bench/generate.js --tasks 1000 --out /tmp/plans/ke-hoach-1000`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
/**
 * A synthetic but valid plan folder of any size, for load and layout tests: plan.yaml, units.yaml
 * (8 units), tasks.yaml (the tasks split into 3 groups; every third task has 2-3 steps, given
 * either by `steps: true` or by step fields), appendices.yaml (tasks, steps, timeline).
 *
 * `short`: each task a one-line text with its lead, deadline and steps, and no product or
 * solution, so that 5,000 tasks stay under the README's 2 MB of YAML.
 *
 * Deterministic: the same `tasks` count always writes the same bytes (a fixed-seed generator).
 * Texts are Vietnamese administrative phrases of varied length, some long enough to wrap to 3-4
 * lines in an appendix cell. No text contains "1.2"-like numbers, so a "1.2" in extracted text
 * is always an STT.
 */
export function writeGeneratedPlan(dir, tasks, { short = false } = {}) {
    if (!Number.isInteger(tasks) || tasks < 1)
        throw new Error(`tasks must be a positive integer, got ${tasks}`);
    mkdirSync(dir, { recursive: true });
    const random = mulberry32(0x5eed2023);
    write(dir, 'plan.yaml', '../../schemas/plan.schema.json', planFile(tasks));
    write(dir, 'units.yaml', '../../schemas/units.schema.json', { units: UNITS.map((u) => ({ ...u })) });
    write(dir, 'tasks.yaml', '../../schemas/tasks.schema.json', tasksFile(tasks, random, short));
    write(dir, 'appendices.yaml', '../../schemas/appendices.schema.json', appendicesFile());
}
function write(dir, name, schema, data) {
    const body = stringify(data, { aliasDuplicateObjects: false, lineWidth: 100 });
    writeFileSync(join(dir, name), `# yaml-language-server: $schema=${schema}\n${body}`);
}
/** Small, fast, seedable PRNG (public domain); returns floats in [0, 1). */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function pick(random, list) {
    return list[Math.floor(random() * list.length)];
}
const UNITS = [
    {
        id: 'van-phong',
        name: 'Văn phòng Sở',
        abbreviation: 'VP',
        role: 'Chủ trì phối hợp với các phòng, đơn vị hướng dẫn, đôn đốc, theo dõi, đánh giá việc triển khai kế hoạch; tổng hợp báo cáo định kỳ gửi Văn phòng UBND tỉnh theo quy định.',
    },
    { id: 'quan-ly-khoa-hoc', name: 'Phòng Quản lý Khoa học' },
    { id: 'chi-cuc-tdc', name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng' },
    { id: 'quan-ly-cong-nghe', name: 'Phòng Quản lý Công nghệ và Thị trường công nghệ', shortName: 'Phòng Quản lý Công nghệ và TTCN' },
    { id: 'trung-tam-ung-dung', name: 'Trung tâm Ứng dụng khoa học và công nghệ', shortName: 'Trung tâm Ứng dụng KH&CN' },
    { id: 'co-so-shtt', name: 'Phòng Quản lý Khoa học Công nghệ cơ sở và Sở hữu trí tuệ', shortName: 'Phòng QLKHCN cơ sở và SHTT' },
    { id: 'thanh-tra', name: 'Thanh tra Sở' },
    { id: 'so-nganh-huyen', name: 'Các sở, ngành, UBND các huyện, thành phố', external: true },
];
const INTERNAL = UNITS.filter((u) => !('external' in u)).map((u) => u.id);
const LEADS = INTERNAL.filter((id) => id !== 'van-phong');
const GROUP_TITLES = [
    'Nhiệm vụ trọng tâm do Chủ tịch UBND tỉnh giao',
    'Nhiệm vụ trọng tâm do Giám đốc Sở đăng ký',
    'Nhiệm vụ thường xuyên của các phòng, đơn vị thuộc Sở',
];
const VERBS = ['Tham mưu UBND tỉnh ban hành', 'Tổ chức triển khai', 'Xây dựng và trình phê duyệt', 'Rà soát, sửa đổi, bổ sung', 'Hướng dẫn, đôn đốc thực hiện', 'Kiểm tra, đánh giá kết quả thực hiện', 'Chủ trì, phối hợp xây dựng'];
const OBJECTS = [
    'Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh',
    'Kế hoạch phát triển thị trường khoa học và công nghệ',
    'Chương trình hỗ trợ doanh nghiệp đổi mới công nghệ',
    'Đề án nâng cao năng suất, chất lượng sản phẩm, hàng hóa',
    'Danh mục dịch vụ sự nghiệp công thuộc lĩnh vực khoa học và công nghệ',
    'Kế hoạch hoạt động tiêu chuẩn, đo lường, chất lượng',
    'Quy chế phối hợp trong công tác thanh tra, kiểm tra chuyên ngành',
    'Kế hoạch bảo hộ, khai thác và phát triển tài sản trí tuệ',
    'Chương trình ứng dụng trí tuệ nhân tạo trong quản lý nhà nước',
    'Hệ thống truy xuất nguồn gốc sản phẩm nông sản chủ lực',
];
const PLACES = ['trên địa bàn tỉnh', 'tại các huyện, thành phố', 'trong các doanh nghiệp vừa và nhỏ', 'tại Sở và các đơn vị trực thuộc'];
const TAILS = [
    'nhằm nâng cao hiệu lực, hiệu quả quản lý nhà nước về khoa học và công nghệ, bảo đảm đúng tiến độ, chất lượng theo yêu cầu của UBND tỉnh',
    'gắn với việc đổi mới phương thức quản lý, tăng cường ứng dụng công nghệ thông tin, chuyển đổi số và cải cách hành chính trong toàn ngành',
    'trên cơ sở tổng kết thực tiễn, học tập kinh nghiệm của các tỉnh bạn, lấy ý kiến các sở, ngành, địa phương và các đối tượng chịu sự tác động trực tiếp',
    'phục vụ phát triển sản xuất, kinh doanh của doanh nghiệp, nâng cao năng lực cạnh tranh của sản phẩm chủ lực và sản phẩm OCOP của tỉnh',
];
const PRODUCTS = ['Quyết định của UBND tỉnh', 'Kế hoạch được ban hành', 'Báo cáo kết quả thực hiện', 'Nghị quyết của HĐND tỉnh', 'Đề án được phê duyệt', 'Văn bản hướng dẫn của Sở'];
const STEP_TEXTS = [
    'Gửi văn bản đề nghị các sở, cơ quan thuộc UBND tỉnh, UBND các huyện, thành phố đề xuất nội dung.',
    'Thành lập Tổ biên tập; phân công nhiệm vụ cụ thể cho các thành viên.',
    'Thu thập, sưu tầm các văn bản, tài liệu liên quan của Trung ương, các bộ, ngành và các tỉnh, thành phố để xây dựng dự thảo bám sát định hướng và điều kiện thực tiễn của tỉnh.',
    'Xây dựng dự thảo, xin ý kiến các phòng, đơn vị trực thuộc Sở và Lãnh đạo Sở.',
    'Hoàn thiện dự thảo, trình cấp có thẩm quyền xem xét, ban hành.',
    'Tổ chức hội thảo lấy ý kiến chuyên gia, nhà khoa học và doanh nghiệp.',
];
function planFile(tasks) {
    return {
        issuer: { superior: 'UBND tỉnh Bắc Giang', name: 'Sở Khoa học và Công nghệ', abbreviation: 'KHCN' },
        number: '',
        place: 'Bắc Giang',
        date: '2023-01',
        title: `Thực hiện ${tasks} nhiệm vụ trọng tâm của Sở Khoa học và Công nghệ năm 2023`,
        opening: ['Thực hiện Quyết định của Chủ tịch UBND tỉnh về việc giao nhiệm vụ trọng tâm năm 2023, Sở Khoa học và Công nghệ xây dựng kế hoạch thực hiện cụ thể như sau:'],
        purposes: ['Triển khai kịp thời, có hiệu quả các nội dung được giao; xác định rõ nội dung, tiến độ và trách nhiệm của từng phòng, đơn vị.'],
        requirements: ['Các phòng, đơn vị thuộc Sở được giao nhiệm vụ phải xây dựng kế hoạch thực hiện cụ thể, giao rõ người, rõ việc.'],
        closing: 'Trên đây là Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2023 của Sở Khoa học và Công nghệ; trong quá trình thực hiện, nếu có vướng mắc đề nghị các phòng, đơn vị phản ánh về Văn phòng Sở./.',
        signer: { title: 'Giám đốc', name: 'Nguyễn Văn An' },
        recipients: [{ name: 'Văn phòng UBND tỉnh', note: 'b/cáo' }, { name: 'Lãnh đạo Sở' }, { name: 'Các phòng, đơn vị thuộc Sở' }],
        archive: 'van-phong',
    };
}
function month(m) {
    return `2023-${String(m).padStart(2, '0')}`;
}
function taskContent(random, i) {
    const base = `${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, PLACES)}`;
    // Every fifth task is long (3-4 lines in the task column), every seventh very long.
    if (i % 7 === 3)
        return `${base}, ${pick(random, TAILS)}; đồng thời ${pick(random, TAILS)}.`;
    if (i % 5 === 1)
        return `${base}, ${pick(random, TAILS)}.`;
    return `${base}.`;
}
function tasksFile(count, random, short) {
    const sizes = [Math.ceil(count / 3), Math.ceil((count - Math.ceil(count / 3)) / 2)];
    sizes.push(count - sizes[0] - sizes[1]);
    let i = 0;
    const groups = GROUP_TITLES.map((title, g) => ({ id: `nhom-${g + 1}`, title, tasks: [] })).filter((_, g) => sizes[g] > 0);
    groups.forEach((group, g) => {
        for (let k = 0; k < sizes[g]; k++, i++)
            group.tasks.push(short ? shortTask(random, i) : task(random, i));
    });
    return { groups };
}
function task(random, i) {
    const deadline = (i * 5) % 12 + 1; // every month of 2023, spread
    const lead = LEADS[i % LEADS.length];
    const t = { id: `nhiem-vu-${i + 1}`, content: taskContent(random, i), lead };
    if (i % 4 === 1)
        t['cooperating'] = ['so-nganh-huyen'];
    else if (i % 4 === 2)
        t['cooperating'] = [LEADS[(i + 1) % LEADS.length], 'van-phong'];
    t['deadline'] = month(deadline);
    if (i % 3 !== 1)
        t['product'] = pick(random, PRODUCTS);
    if (i % 3 === 2)
        t['solutions'] = [stepsBlock(random, i, deadline)];
    else if (i % 2 === 0)
        t['solutions'] = [`Chủ động phối hợp chặt chẽ với các sở, ngành, UBND các huyện, thành phố ${pick(random, PLACES)} trong quá trình thực hiện.`];
    return t;
}
/** A task of one short line, with its lead, deadline and (every third) steps. */
function shortTask(random, i) {
    const deadline = (i * 5) % 12 + 1;
    const t = { id: `nv${i + 1}`, content: `${pick(random, VERBS)} ${pick(random, OBJECTS)}.`, lead: LEADS[i % LEADS.length], deadline: month(deadline) };
    if (i % 3 === 2)
        t['solutions'] = [stepsBlock(random, i, deadline)];
    return t;
}
/** 2 or 3 steps, due no later than the task; by `steps: true` or by step fields, alternately. */
function stepsBlock(random, i, deadline) {
    const count = 2 + ((i / 3) | 0) % 2;
    const texts = Array.from({ length: count }, (_, k) => STEP_TEXTS[(i + k * 2) % STEP_TEXTS.length]);
    if (((i / 3) | 0) % 2 === 0)
        return { text: 'Các bước thực hiện cụ thể:', steps: true, items: texts };
    return {
        items: texts.map((text, k) => {
            const due = Math.max(1, deadline - (count - 1 - k));
            const item = { text, owner: INTERNAL[(i + k) % INTERNAL.length], deadline: month(due) };
            if (k > 0)
                item['start'] = month(Math.max(1, due - 1));
            if (k === count - 1)
                item['product'] = pick(random, PRODUCTS);
            return item;
        }),
    };
}
function appendicesFile() {
    return {
        appendices: [
            { id: 'danh-muc-nhiem-vu', kind: 'tasks', title: 'Danh mục nhiệm vụ trọng tâm năm 2023' },
            { id: 'ke-hoach-chi-tiet', kind: 'steps', title: 'Kế hoạch thực hiện chi tiết các nhiệm vụ trọng tâm năm 2023' },
            { id: 'tien-do', kind: 'timeline', title: 'Tiến độ thực hiện các nhiệm vụ trọng tâm năm 2023' },
        ],
    };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
    const { values } = parseArgs({ options: { tasks: { type: 'string' }, out: { type: 'string' }, short: { type: 'boolean' } } });
    if (!values.tasks || !values.out) {
        process.stderr.write('usage: node bench/generate.js --tasks N --out DIR [--short]\n');
        process.exit(2);
    }
    writeGeneratedPlan(values.out, Number(values.tasks), { short: values.short ?? false });
}
