import { createErrorFactory } from '../../../platform/http/errors.js';

export const catalogSpreadsheetErrors = {
  /** The located problems travel as the problem's `errors`, one per cell. */
  importInvalid: createErrorFactory({
    code: 'catalog.import_invalid',
    status: 400,
    message: {
      'zh-CN': '工作簿中有 {count} 处问题，未导入任何内容；请按提示修改后重新导入',
      en: 'The workbook has {count} problem(s); nothing was imported. Correct them and import again',
    },
  }),
};
