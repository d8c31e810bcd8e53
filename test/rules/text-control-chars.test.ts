import { describe, expect, it } from 'vitest';
import { unwritableChars } from '../../src/check/rules/text-control-chars.js';
import { formatMessage } from '../../src/messages/format-message.js';
import { removeInvalidXmlChars } from '../../src/render/docx/xml-text.js';
import { line } from '../../src/render/printable.js';
import { tasksYaml } from '../support/mini-plan.js';
import { compileMini, findingLines, markerLines } from '../support/rule-harness.js';

const RULE = 'text-control-chars';

/** Tasks whose contents are YAML scalars as written (double-quoted ones may hold escapes). */
const tasks = (contents: string[]) => tasksYaml(contents.map((content) => ({ content })));

describe(RULE, () => {
  it('accepts tabs, emoji and other astral characters, combining marks, C1 characters and U+FFFD', () => {
    const files = {
      tasks: tasks([
        '"Cột 1\\tcột 2."',
        '"Báo cáo 📄 gửi Sở (U+1F4C4, a surrogate pair)."',
        '"\\U0001D11E khoá Sol."',
        '"Ký hiệu a\\u0301 viết tổ hợp; ký tự \\x85 và \\uFFFD."',
      ]),
    };
    expect(findingLines(compileMini(files).diagnostics, RULE)).toEqual([]);
  });

  it('reports control characters and lone surrogates by code point, in Vietnamese and in English', () => {
    const files = {
      tasks: tasks([
        `"Tham mưu\\x01 ban\\vhành\\x1f quy định\\x01." # expect: ${RULE}`,
        `"Nửa cặp \\uD800 và \\uDC00 đứng riêng." # expect: ${RULE}`,
        `"Ký tự \\uFFFF và \\uFFFE." # expect: ${RULE}`,
        '"Đúng chuẩn."',
      ]),
    };
    const { diagnostics } = compileMini(files);
    expect(findingLines(diagnostics, RULE)).toEqual(markerLines(files, RULE));
    const found = diagnostics.filter((d) => d.code === RULE);
    expect(found.every((d) => d.severity === 'error')).toBe(true);
    expect(found.map((d) => d.args['chars'])).toEqual(['U+0001, U+000B, U+001F', 'U+D800, U+DC00', 'U+FFFF, U+FFFE']);
    expect(found[0]!.args['fix']).toBe('Tham mưu banhành quy định.');
    expect(found[0]!.start.column).toBe('        content: '.length + 1);
    expect(formatMessage(found[0]!, 'vi')).toBe(
      'Nhiệm vụ 1.1 (content): có ký tự không in được (U+0001, U+000B, U+001F), thường do dán từ Word, PDF hay trang web; cần xóa',
    );
    expect(formatMessage(found[0]!, 'en')).toBe(
      'Task 1.1 (content): holds characters that cannot be printed (U+0001, U+000B, U+001F), often pasted from Word, a PDF or a web page; delete them',
    );
  });

  it('flags exactly the characters the renderer removes, code unit by code unit', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const flagged = unwritableChars(`a${char}b`).length > 0;
      const removed = removeInvalidXmlChars(`a${char}b`) !== `a${char}b`;
      if (flagged !== removed) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
    // A surrogate pair is one astral character: neither flagged nor removed.
    expect(unwritableChars('\uD83D\uDCC4')).toEqual([]);
    expect(removeInvalidXmlChars('\uD83D\uDCC4')).toBe('\uD83D\uDCC4');
  });

  it('when the rule is turned off, the text still reaches the document without them', () => {
    expect(line('Tham mưu\u0001 ban\u000bhành\uD800 quy định\uFFFF.')).toBe('Tham mưu ban hành quy định.');
  });
});
