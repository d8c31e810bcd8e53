import type { LayoutOverrides } from '../../model/types.js';

/** Millimetres to twips (1/1440 inch), rounded: docx's own helper floors, which makes A4 one twip short. */
export function mm(value: number): number {
  return Math.round((value * 1440) / 25.4);
}

/** Points to half-points, the unit of docx run sizes. */
export function pt(value: number): number {
  return value * 2;
}

/** Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.1: A4, 210 × 297 mm. */
export const A4 = { width: mm(210), height: mm(297) } as const;

/** Phụ lục I, mục I.4: Times New Roman, Vietnamese Unicode (TCVN 6909:2001), black. */
export const FONT = 'Times New Roman';
export const LANGUAGE = 'vi-VN';

/**
 * Sizes in points, from the table of Phụ lục I, mục V; where the rule gives a range, the size
 * Nghị định 30's own example uses.
 */
export const SIZE = {
  nationalName: 12, // Quốc hiệu: 12-13, in hoa, đậm
  motto: 13, // Tiêu ngữ: 13-14, đậm
  superior: 12, // Tên cơ quan chủ quản: 12-13, in hoa, đứng
  issuer: 12, // Tên cơ quan ban hành: 12-13, in hoa, đậm
  number: 13, // Số, ký hiệu: 13
  placeDate: 13, // Địa danh, thời gian: 13-14, nghiêng
  documentType: 14, // Tên loại: 13-14, in hoa, đậm
  title: 14, // Trích yếu: 13-14, đậm
  signer: 14, // Quyền hạn, chức vụ, họ tên người ký: 13-14, đậm
  recipientsHeading: 12, // "Nơi nhận:": 12, nghiêng, đậm
  recipient: 11, // Nơi nhận items: 11
  pageNumber: 14, // Số trang: 13-14
} as const;

/**
 * Width of the bold 13 pt Tiêu ngữ, in twips, measured in a PDF from LibreOffice with Liberation
 * Serif (metric-equal to Times New Roman): 166.6 pt. The line under it must be as long as the text
 * (Phụ lục I, mục II.1); the slack keeps rounding from wrapping the text onto two lines.
 */
export const MOTTO_WIDTH_13PT = 3333;
export const MOTTO_SLACK = 40;

/**
 * Width of the bold 12 pt Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", in twips, measured the
 * same way: 255.35 pt. It stands on one line (Phụ lục I, mục II.1), so the header's right cell is
 * never narrower than this and the slack, whatever the margins (left 35 and right 20 mm leave
 * 155 mm of text, and 70 mm for the left cell would leave too little).
 */
export const NATIONAL_NAME_WIDTH_12PT = 5107;
export const NATIONAL_NAME_SLACK = 60;

/** Header and closing tables (Phụ lục III, Mẫu 1.4: two cells); widths keep each name on one line. */
export const HEADER_LEFT_WIDTH = mm(70);
export const CLOSING_LEFT_WIDTH = mm(75);

/** Blank lines left for the signature between the title and the name (practice: 3-4 lines). */
export const SIGNATURE_SPACE_LINES = 4;

/** Page and body settings after the plan's overrides (schemas/plan.schema.json bounds each one). */
export interface Layout {
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  /** Body text size, points (Phụ lục I, mục II.6: 13-14). */
  bodySize: number;
  /** First-line indent, centimetres (mục II.6.e: 1 cm or 1.27 cm). */
  firstLineIndent: number;
  /** Space between paragraphs, points (mục II.6.e: at least 6 pt). */
  paragraphSpacing: number;
  /** Line spacing, in lines (mục II.6.e: single to 1.5 lines). */
  lineSpacing: number;
}

/** Phụ lục I, mục I.3: margins top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
export const DEFAULT_LAYOUT: Layout = {
  marginTop: 20,
  marginBottom: 20,
  marginLeft: 30,
  marginRight: 15,
  bodySize: 14,
  firstLineIndent: 1.27,
  paragraphSpacing: 6,
  lineSpacing: 1.15,
};

export function resolveLayout(overrides: LayoutOverrides): Layout {
  return { ...DEFAULT_LAYOUT, ...overrides };
}

/** Width of the text between the margins, portrait or landscape, in twips. */
export function textWidth(layout: Layout, orientation: 'portrait' | 'landscape' = 'portrait'): number {
  const paper = orientation === 'portrait' ? A4.width : A4.height;
  return paper - mm(layout.marginLeft) - mm(layout.marginRight);
}
