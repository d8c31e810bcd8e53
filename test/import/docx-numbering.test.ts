import { describe, expect, it } from 'vitest';
import { DocxNumbering } from '../../src/import/docx-numbering.js';
import { parseXml } from '../../src/import/xml-nodes.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const abstract = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>';

describe("Word's list numbering read back as typed labels", () => {
  it('starts a list where its w:startOverride says ("5.", "6."), and another of the same definition at 1 (it started every list at 1)', () => {
    const numbering = new DocxNumbering(
      parseXml(`<w:numbering ${W}>${abstract}<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num></w:numbering>`),
    );
    expect([numbering.next('1', 0), numbering.next('1', 0)]).toEqual(['5.', '6.']);
    expect([numbering.next('2', 0), numbering.next('2', 0)]).toEqual(['1.', '2.']);
  });
});
