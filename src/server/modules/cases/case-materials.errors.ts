import { createErrorFactory } from '../../platform/http/errors.js';
import { registerMessages } from '../../platform/http/i18n.js';

export const caseMaterialsErrors = {
  invalid: createErrorFactory({
    code: 'cases.materials_invalid',
    status: 400,
    message: {
      'zh-CN': '申请材料不齐全或有误，请按提示补齐',
      en: 'Some materials are missing or cannot be used',
    },
  }),
  certificatesUnavailable: createErrorFactory({
    code: 'cases.certificates_unavailable',
    status: 422,
    message: {
      'zh-CN': '电子证照服务尚未开通，请上传材料的扫描件或照片',
      en: 'The electronic certificate service is not available yet; upload a scan or photo of the material',
    },
  }),
  tooLarge: createErrorFactory({
    code: 'cases.materials_too_large',
    status: 413,
    message: {
      'zh-CN': '一件申请的材料合计不能超过 {limit}，请压缩文件后重新上传',
      en: 'The materials of one case may total at most {limit}; compress the files and upload them again',
    },
  }),
  notFound: createErrorFactory({
    code: 'cases.material_not_found',
    status: 404,
    message: { 'zh-CN': '未找到该材料', en: 'No such material' },
  }),
};

registerMessages({
  'cases.material_required': {
    'zh-CN': '此项为必交材料，请上传',
    en: 'This material is required; upload it',
  },
  'cases.material_unknown': {
    'zh-CN': '该事项没有这项材料',
    en: 'This service asks for no such material',
  },
  'cases.material_upload_unavailable': {
    'zh-CN': '文件不存在、已过期或已用于其他申请，请重新上传',
    en: 'The file is missing, has expired or was used for another application; upload it again',
  },
  'cases.material_not_replaceable': {
    'zh-CN': '此项材料不能以电子证照代替，请上传文件',
    en: 'No electronic certificate can replace this material; upload the file',
  },
  'cases.certificate_service_unavailable': {
    'zh-CN': '电子证照服务尚未开通，请上传材料的扫描件或照片',
    en: 'The electronic certificate service is not available yet; upload a scan or photo',
  },
  'cases.certificate_not_found': { 'zh-CN': '未找到该电子证照', en: 'No such electronic certificate' },
  'cases.certificate_wrong_type': {
    'zh-CN': '该电子证照不是此项材料所需的证照类型',
    en: 'This certificate is not of the kind this material needs',
  },
  'cases.certificate_not_holder': {
    'zh-CN': '该电子证照不属于申请人',
    en: 'This certificate does not belong to the applicant',
  },
  'cases.certificate_expired': { 'zh-CN': '该电子证照已过有效期', en: 'This certificate has expired' },
  'cases.material_code_invalid': { 'zh-CN': '材料编号无效', en: 'Not a material code' },
  'cases.material_source_required': {
    'zh-CN': '每项材料须提供上传的文件或电子证照其中之一',
    en: 'Give each material either an uploaded file or an electronic certificate',
  },
  'cases.material_upload_repeated': {
    'zh-CN': '同一文件只能提交一次',
    en: 'The same file can be supplied only once',
  },
  'cases.materials_only_for_supplement': {
    'zh-CN': '只有补正时可以提交材料',
    en: 'Materials are supplied only with a supplement',
  },
});
