import { parseInline } from '../inline.js';
import { pt } from './layout.js';
import { escapeXml } from './xml-text.js';

/** Run formatting beyond the document defaults (Times New Roman, vi-VN): see text-runs.ts. */
export interface RunXmlStyle {
  size: number;
  /** The size the paragraph's style (or the document's default) already gives: not written again in each run. */
  inherited?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** The runs of one paragraph of inline Markdown, as WordprocessingML (rPr children in schema order). */
export function runsXml(markdown: string, style: RunXmlStyle, prefix = ''): string {
  const size = pt(style.size);
  const sizeXml = style.size === style.inherited ? '' : `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  const spans = parseInline(markdown);
  if (prefix) spans.unshift({ text: prefix, bold: false, italic: false });
  return spans
    .map((span) => {
      const bold = style.bold || span.bold;
      const italic = style.italic || span.italic;
      const props = `${bold ? '<w:b/><w:bCs/>' : ''}${italic ? '<w:i/><w:iCs/>' : ''}${style.color ? `<w:color w:val="${style.color}"/>` : ''}${sizeXml}`;
      // Spaces at either end, or two together, are kept only where the text says so (XML may fold them otherwise).
      const space = /^\s|\s$|\s\s/.test(span.text) ? ' xml:space="preserve"' : '';
      return `<w:r>${props === '' ? '' : `<w:rPr>${props}</w:rPr>`}<w:t${space}>${escapeXml(span.text)}</w:t></w:r>`;
    })
    .join('');
}
