import type { StaffRole } from './platform/actor.js';

/** Accounts the demo data creates, listed in the README and printed at start-up. */
export type DemoAccount =
  | {
      kind: 'citizen';
      login: string;
      realName: string;
      idNumber: string;
      mobile: string;
      description: string;
    }
  | {
      kind: 'enterprise';
      login: string;
      enterpriseName: string;
      creditCode: string;
      legalRepresentative: string;
      legalRepresentativeIdNumber: string;
      mobile: string;
      description: string;
    }
  | {
      kind: 'staff';
      login: string;
      displayName: string;
      roles: { role: StaffRole; cityCode: string | null; orgKey: string | null }[];
      description: string;
    };

export const demoPassword = 'Tongcheng@2026';

export const demoAccountList: DemoAccount[] = [
  {
    kind: 'citizen',
    login: '510104199003071237',
    realName: '张丽华',
    idNumber: '510104199003071237',
    mobile: '13880001234',
    description: '市民 张丽华（成都锦江区户籍，在资阳工作）',
  },
  {
    kind: 'citizen',
    login: '512002198506122314',
    realName: '李建国',
    idNumber: '512002198506122314',
    mobile: '13990005678',
    description: '市民 李建国（资阳雁江区户籍）',
  },
  {
    kind: 'enterprise',
    login: '91510100MA6CJ8K2XJ',
    enterpriseName: '四川天府同城科技有限公司',
    creditCode: '91510100MA6CJ8K2XJ',
    legalRepresentative: '王晓梅',
    legalRepresentativeIdNumber: '510603197809154025',
    mobile: '13881112222',
    description: '企业 四川天府同城科技有限公司',
  },
  {
    kind: 'staff',
    login: 'cd.gjj.officer',
    displayName: '陈思远',
    roles: [{ role: 'case_officer', cityCode: '510100', orgKey: 'gjj' }],
    description: '审批人员，成都住房公积金管理中心',
  },
  {
    kind: 'staff',
    login: 'zy.gjj.officer',
    displayName: '刘慧敏',
    roles: [{ role: 'case_officer', cityCode: '512000', orgKey: 'gjj' }],
    description: '审批人员，资阳市住房公积金管理中心',
  },
  {
    kind: 'staff',
    login: 'ms.gjj.officer',
    displayName: '何静怡',
    roles: [{ role: 'case_officer', cityCode: '511400', orgKey: 'gjj' }],
    description: '审批人员，眉山市住房公积金管理中心',
  },
  {
    kind: 'staff',
    login: 'dy.zwfw.clerk',
    displayName: '赵文博',
    roles: [{ role: 'window_clerk', cityCode: '510600', orgKey: 'zwfw' }],
    description: '窗口人员，德阳市政务服务中心',
  },
  {
    kind: 'staff',
    login: 'ms.admin',
    displayName: '孙雅琴',
    roles: [{ role: 'city_admin', cityCode: '511400', orgKey: null }],
    description: '眉山市管理员',
  },
  {
    kind: 'staff',
    login: 'office',
    displayName: '周明轩',
    roles: [{ role: 'coordination_office', cityCode: '510100', orgKey: 'tchb' }],
    description: '同城化办公室',
  },
  {
    // Nobody approves their own article: a second member of the office reviews what `office` writes.
    kind: 'staff',
    login: 'office.review',
    displayName: '林雨桐',
    roles: [{ role: 'coordination_office', cityCode: '510100', orgKey: 'tchb' }],
    description: '同城化办公室（新闻审核）',
  },
  {
    kind: 'staff',
    login: 'sysadmin',
    displayName: '系统管理员',
    roles: [{ role: 'system_admin', cityCode: null, orgKey: null }],
    description: '系统管理员',
  },
];

export const demoAccounts = { password: demoPassword, list: demoAccountList };
