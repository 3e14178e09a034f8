import { createErrorFactory } from '../http/errors.js';

/** A byte limit as people read it: 10 MB, 512 KB. */
export function formatByteLimit(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1
    ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`
    : `${Math.max(1, Math.floor(bytes / 1024))} KB`;
}

export const uploadsErrors = {
  fileMissing: createErrorFactory({
    code: 'uploads.file_missing',
    status: 400,
    message: {
      'zh-CN': '请选择要上传的文件（以 multipart/form-data 表单的 file 字段提交）',
      en: 'Choose a file to upload (sent as the file field of a multipart/form-data form)',
    },
  }),
  empty: createErrorFactory({
    code: 'uploads.empty',
    status: 400,
    message: { 'zh-CN': '该文件是空的，请重新选择', en: 'The file is empty; choose another' },
  }),
  tooLarge: createErrorFactory({
    code: 'uploads.too_large',
    status: 413,
    message: {
      'zh-CN': '文件过大：单个文件不能超过 {limit}，请压缩或分页扫描后再上传',
      en: 'The file is too large: one file may be at most {limit}; compress it or scan fewer pages',
    },
  }),
  typeNotAllowed: createErrorFactory({
    code: 'uploads.type_not_allowed',
    status: 415,
    message: {
      'zh-CN': '仅接受 PDF、JPG、PNG 格式的文件。文件类型按内容识别，修改扩展名无效',
      en: 'Only PDF, JPEG and PNG files are accepted. The type is read from the content; renaming does not help',
    },
  }),
  pendingQuotaExceeded: createErrorFactory({
    code: 'uploads.pending_quota_exceeded',
    status: 413,
    message: {
      'zh-CN': '已上传但尚未提交的文件过多，请先提交申请；未提交的文件 24 小时后自动清除',
      en: 'Too many uploaded files await an application; submit first. Unsubmitted files are removed after 24 hours',
    },
  }),
  notAllowed: createErrorFactory({
    code: 'uploads.not_allowed',
    status: 403,
    message: {
      'zh-CN': '仅申请人和政务服务中心窗口人员可上传申请材料',
      en: 'Only applicants and window clerks upload application materials',
    },
  }),
  notFound: createErrorFactory({
    code: 'uploads.not_found',
    status: 404,
    message: { 'zh-CN': '未找到该文件', en: 'No such file' },
  }),
};
