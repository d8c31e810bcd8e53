import type { RawOutlineBlock, RawPlanFile } from './raw.js';

/**
 * The outline of a plan.yaml written before outlines were data (no `outline`): I. Mục đích, yêu
 * cầu from `purposes` and `requirements` (left out when both are), II. the tasks, III. the list of
 * appendices (when there are any), then Tổ chức thực hiện. `plan init` writes this same outline out
 * in full, so a new plan shows it and can change it.
 */
export function classicOutline(plan: RawPlanFile, hasAppendices: boolean): RawOutlineBlock[] {
  const purposes = plan.purposes ?? [];
  const requirements = plan.requirements ?? [];
  const aims: RawOutlineBlock[] = [
    ...(purposes.length > 0 ? [{ heading: 'Mục đích', content: purposes }] : []),
    ...(requirements.length > 0 ? [{ heading: 'Yêu cầu', content: requirements }] : []),
  ];
  return [
    ...(aims.length > 0 ? [{ heading: 'MỤC ĐÍCH, YÊU CẦU', content: aims }] : []),
    { heading: 'NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN', content: [{ tasks: 'all' }] },
    ...(hasAppendices ? [{ heading: 'KẾ HOẠCH THỰC HIỆN CỤ THỂ', content: ['(Có các Phụ lục chi tiết kèm theo)', { appendices: 'list' }] }] : []),
    { heading: 'TỔ CHỨC THỰC HIỆN', content: [{ implementation: true }] },
  ] as RawOutlineBlock[];
}
