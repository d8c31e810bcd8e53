import { it } from 'vitest';
import { readDocx } from '../support/docx-reader.js';
it('dump', () => {
  const d = readDocx('out/ke-hoach-2023.docx');
  console.log(JSON.stringify(d.sections, null, 1));
  console.log(JSON.stringify(d.styles.font), d.styles.lang, d.styles.size);
  for (const b of d.body) {
    if (b.kind === 'p') console.log('P', JSON.stringify({t: b.text.slice(0,60), a: b.align, fl: b.indentFirstLine, sb: b.spacingBefore, sl: b.spacingLine, r: b.spacingLineRule, bold: b.runs.map(r=>r.bold).join(','), sz: b.runs.map(r=>r.size).join(','), bb: b.borderBottom, il: b.indentLeft, ir: b.indentRight}));
    else { console.log('T', b.bordersSummary, b.layout, b.gridCols); for (const row of b.rows) for (const c of row.cells) for (const p of c.paragraphs) console.log('  ', JSON.stringify({t:p.text, runs: p.runs.map(r=>[r.text.slice(0,20), r.bold, r.italic, r.size])}), p.borderBottom, p.indentLeft, p.indentRight); }
  }
  for (const [k, v] of Object.entries(d.headers)) console.log(k, JSON.stringify(v));
});
