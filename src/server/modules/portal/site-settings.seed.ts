import type { SiteSettings } from '../../../contracts/portal.contract.js';

/** The footer of the source page (资阳市人民政府), the demo default until an editor changes it. */
export const defaultSiteSettings: SiteSettings = {
  siteName: '成德眉资同城化政务服务平台',
  siteNameEn: 'Chengdu Metropolitan Area One-City Services',
  hostOrganisation: '资阳市人民政府',
  hotlineLocal: '12345（本地拨打）',
  hotlineOutOfTown: '028-26111041（外地拨打）',
  officePhone: '028-26655501',
  websitePhone: '028-28000836',
  siteCode: '5120000001',
  icpRecord: '蜀ICP备05007295号-1',
  publicSecurityRecord: '川公网安备 51200202000010号',
};
