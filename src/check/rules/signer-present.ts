import { lines } from '../../model/build-plan.js';
import type { RawLines } from '../../model/raw.js';
import type { Rule } from '../rule.js';

const AUTHORITIES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'];

/**
 * plan.yaml names who signs: a title and a name (Nghị định 30, Phụ lục I, mục II.7); an `authority`
 * line, when given, starts with TM., KT., TL., TUQ. or Q. (mục II.7.a).
 */
export const signerPresent: Rule = {
  id: 'signer-present',
  severity: 'error',
  description: {
    vi: 'Phải có người ký (chức vụ, họ tên); thẩm quyền ký bắt đầu bằng TM., KT., TL., TUQ. hoặc Q.',
    en: 'The signer has a title and a name; an authority starts with TM., KT., TL., TUQ. or Q.',
  },
  check({ plan, files }, report) {
    const file = plan.origins.plan;
    const raw = files.find((f) => f.kind === 'plan')?.data as { signer?: { authority?: RawLines; title?: RawLines } | null } | undefined;
    const item = { item: 'signer', label: '' };
    if (raw?.signer === undefined || raw.signer === null) {
      report({ file, path: [] }, item);
      return;
    }
    const at = { file, path: ['signer'] };
    if (lines(raw.signer.title).length === 0) report(at, item, { messageId: 'signer-present.title', target: 'key' });
    if (plan.signer.name.trim() === '') report(at, item, { messageId: 'signer-present.name', target: 'key' });
    // The first authority line names how the signer signs (TM. ỦY BAN NHÂN DÂN); a second one
    // (KT. CHỦ TỊCH) or the collective's name run on below it.
    const authority = lines(raw.signer.authority)[0] ?? null;
    if (authority !== null && !AUTHORITIES.some((prefix) => authority.trim().toUpperCase().startsWith(prefix))) {
      report({ file, path: typeof raw.signer.authority === 'string' ? ['signer', 'authority'] : ['signer', 'authority', 0] }, { ...item, value: authority, allowed: AUTHORITIES.join(', ') }, { messageId: 'signer-present.authority' });
    }
  },
};
