import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { FONT, SIZE, pt } from './layout.js';

/**
 * Page numbers (Phụ lục I, mục I.7): Arabic, centred in the top margin, 13-14 pt, not shown on
 * the first page. The section sets `titlePage`, so its first page takes the empty `first` header.
 */
export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(SIZE.pageNumber) })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}
