import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/format-message.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';
import { MINI_PLAN, tasksYaml } from '../support/mini-plan.js';

const RULE = 'text-nfc';

const tasks = (contents: string[]) => tasksYaml(contents.map((content) => ({ content })));

describe(RULE, () => {
  it('accepts precomposed Vietnamese, French names and abbreviations (as in the sample plan)', () => {
    const files = {
      tasks: tasks([
        'Mô hình cá chuối hoa (*Channa maculata* Lacépède, 1.802).',
        'Nhiệm vụ KH&CN cấp Quốc gia; sản phẩm, hàng hoá, dịch vụ,...',
        'Kiểm định Taximet...; thẩm định công nghệ, thành lập doanh nghiệp KH&CN,....',
        'Phân tích hạt cỡ 5 µm theo tiêu chuẩn ISO 9001; São Paulo, Müller.',
        'Quyết định số 3466/QĐ-UBND ngày 22/12/2022 của Chủ tịch UBND tỉnh.',
      ]),
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports each decomposed (NFD) word at its place with its NFC form as the fix, in Vietnamese and in English', () => {
    const decomposed = 'Tham mưu ban hành Quy định quản lý.'.normalize('NFD');
    const files = { tasks: tasks([`${decomposed} # expect: ${RULE}`, 'Việc đúng chuẩn.']) };
    const { diagnostics } = compileMini(files);
    expect([...new Set(findingLines(diagnostics, RULE))]).toEqual(markerLines(files, RULE));
    const found = diagnostics.filter((d) => d.code === RULE);
    expect(found.map((d) => d.args['word'])).toEqual(['mưu', 'hành', 'định', 'quản', 'lý.']);
    // Each points at its word in the decomposed text, which is longer than the word it becomes.
    expect(found.map((d) => decomposed.slice(d.span!.offset, d.span!.offset + d.span!.length).normalize('NFC'))).toEqual(['mưu', 'hành', 'định', 'quản', 'lý.']);
    expect(formatMessage(found[0]!, 'vi')).toBe('Nhiệm vụ 1.1 (content): chữ "mưu" viết ở dạng Unicode tổ hợp (NFD); cần chuyển sang Unicode dựng sẵn (NFC)');
    expect(formatMessage(found[0]!, 'en')).toBe('Task 1.1 (content): the word "mưu" is in decomposed Unicode (NFD); convert it to precomposed Unicode (NFC)');
  });

  it('shows ten decomposed words of one text, the tenth counting the rest', () => {
    const words = Array.from({ length: 25 }, (_, i) => `việc${i}`).join(' ').normalize('NFD');
    const { diagnostics } = compileMini({ tasks: tasks([words]) });
    const found = diagnostics.filter((d) => d.code === RULE);
    expect(found).toHaveLength(10);
    expect(formatMessage(found[9]!, 'en')).toMatch(/15 more/);
  });

  it('reports text pasted from TCVN3 (ABC) with the converted text as the fix', () => {
    const files = {
      tasks: tasks([`Thùc hiÖn QuyÕt ®Þnh sè 3466/Q§-UBND ngµy 22/12/2022 cña Chñ tÞch UBND tØnh. # expect: ${RULE}`]),
      units: MINI_PLAN.units.replace('name: Văn phòng Sở', `name: V¨n phßng Së # expect: ${RULE}`),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE).sort()).toEqual(markerLines(files, RULE).sort());
    const task = diagnostics.find((d) => d.code === RULE && d.file === 'tasks.yaml')!;
    expect(task.messageId).toBe('text-nfc.tcvn3');
    expect(task.args['fix']).toBe('Thực hiện Quyết định số 3466/QĐ-UBND ngày 22/12/2022 của Chủ tịch UBND tỉnh.');
    expect(formatMessage(task, 'vi')).toBe('Nhiệm vụ 1.1 (content): văn bản dán từ bảng mã TCVN3 (ABC): "Thùc hiÖn QuyÕt" là "Thực hiện Quyết"; cần chuyển sang Unicode');
    expect(formatMessage(task, 'en')).toBe('Task 1.1 (content): text pasted from the TCVN3 (ABC) encoding: "Thùc hiÖn QuyÕt" is "Thực hiện Quyết"; convert it to Unicode');
    const unit = diagnostics.find((d) => d.code === RULE && d.file === 'units.yaml')!;
    expect(unit.args['fix']).toBe('Văn phòng Sở');
    expect(formatMessage(unit, 'vi')).toMatch(/^Đơn vị van-phong \(name\): /);
  });

  it('converts a TCVN3 word that Unicode could also show, when no Vietnamese word is spelt so ("Lôc": a syllable in c has a tone)', () => {
    const files = { tasks: tasks([`Phát triển v¶i thiÒu Lôc Ng¹n. # expect: ${RULE}`]) };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    expect(diagnostics.find((d) => d.code === RULE)!.args['fix']).toBe('Phát triển vải thiều Lục Ngạn.');
    // Real words in c, ch, p, t with their tones stay as they are.
    const clean = { tasks: tasks(['Lục Ngạn, Bắc Giang: thúc đẩy hợp tác, xuất khẩu, tích hợp dịch vụ.']) };
    expect(findingLines(compileMini(clean).diagnostics, RULE)).toEqual([]);
  });

  it('reports text pasted from VNI with the converted text as the fix', () => {
    const files = {
      plan: MINI_PLAN.plan.replace('  - name: Lãnh đạo Sở\n', `  - name: Laõnh ñaïo Sôû # expect: ${RULE}\n`),
      tasks: tasks([`Thöïc hieän keá hoaïch taïi Haø Noäi. # expect: ${RULE}`]),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE).sort()).toEqual(markerLines(files, RULE).sort());
    const found = diagnostics.filter((d) => d.code === RULE);
    expect(found.map((d) => d.messageId)).toEqual(['text-nfc.vni', 'text-nfc.vni']);
    expect(found.map((d) => d.args['fix']).sort()).toEqual(['Lãnh đạo Sở', 'Thực hiện kế hoạch tại Hà Nội.']);
    const recipient = found.find((d) => d.file === 'plan.yaml')!;
    expect(formatMessage(recipient, 'vi')).toBe('Nơi nhận 1 (name): văn bản dán từ bảng mã VNI: "Laõnh ñaïo Sôû" là "Lãnh đạo Sở"; cần chuyển sang Unicode');
  });
});
