import { createErrorFactory } from '../../platform/http/errors.js';

export const accessRecordsErrors = {
  applicantsOnly: createErrorFactory({
    code: 'access_records.applicants_only',
    status: 403,
    message: {
      'zh-CN': '数据使用记录只向数据所属的申请人本人开放',
      en: 'Data-use records are shown only to the applicant whose data it is',
    },
  }),
  auditOnly: createErrorFactory({
    code: 'access_records.audit_only',
    status: 403,
    message: {
      'zh-CN': '只有同城化办公室可以查阅全部数据使用记录',
      en: 'Only the coordination office may audit data-use records',
    },
  }),
};
