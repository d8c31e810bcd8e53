/**
 * What each pattern of the schemas expects, in words, so a message never shows a regular
 * expression: keyed by the pattern as the schemas write it.
 */
export const FORMS: Record<string, { vi: string; en: string }> = {
  '^[0-9]{4}-[0-9]{2}$': { vi: 'năm-tháng, ví dụ 2023-06 (tháng 6/2023)', en: 'year-month, e.g. 2023-06 (June 2023)' },
  '^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$': {
    vi: 'năm-tháng (2023-06) hoặc năm-tháng-ngày (2023-06-30)',
    en: 'year-month (2023-06) or year-month-day (2023-06-30)',
  },
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': { vi: 'năm-tháng-ngày, ví dụ 2023-06-30', en: 'year-month-day, e.g. 2023-06-30' },
  '^[a-z0-9][a-z0-9-]*$': {
    vi: 'chữ thường không dấu, chữ số và gạch ngang, bắt đầu bằng chữ hoặc số, ví dụ van-phong',
    en: 'lower-case letters without accents, digits and hyphens, starting with a letter or digit, e.g. van-phong',
  },
  '^[A-ZĐ0-9&]+$': {
    vi: 'chữ in hoa không dấu (và Đ), chữ số hoặc &, không có dấu cách, ví dụ KHCN, UBND, SNN&PTNT',
    en: 'capital letters without accents (and Đ), digits or &, no spaces, e.g. KHCN, UBND, SNN&PTNT',
  },
  '^([0-9]+)?$': { vi: 'chỉ gồm chữ số, ví dụ 15; để trống khi chưa có số', en: 'digits only, e.g. 15; empty until the number is given' },
  '^[a-z][a-z0-9-]*$': { vi: 'mã quy tắc viết thường, ví dụ unit-idle', en: 'a rule id in lower case, e.g. unit-idle' },
};
