/** Departments every city of the area has, with the keys other seed data refers to them by. */
export const departmentTemplates = [
  {
    key: 'gjj',
    name: (city: string) => `${city}住房公积金管理中心`,
    nameEn: 'Housing Provident Fund Centre',
  },
  { key: 'ybj', name: (city: string) => `${city}医疗保障局`, nameEn: 'Healthcare Security Bureau' },
  {
    key: 'scjgj',
    name: (city: string) => `${city}市场监督管理局`,
    nameEn: 'Administration for Market Regulation',
  },
  { key: 'gaj', name: (city: string) => `${city}公安局`, nameEn: 'Public Security Bureau' },
  {
    key: 'rsj',
    name: (city: string) => `${city}人力资源和社会保障局`,
    nameEn: 'Human Resources and Social Security Bureau',
  },
  { key: 'mzj', name: (city: string) => `${city}民政局`, nameEn: 'Civil Affairs Bureau' },
  {
    key: 'zrzyj',
    name: (city: string) => `${city}自然资源和规划局`,
    nameEn: 'Natural Resources and Planning Bureau',
  },
  { key: 'wjw', name: (city: string) => `${city}卫生健康委员会`, nameEn: 'Health Commission' },
  { key: 'jyj', name: (city: string) => `${city}教育局`, nameEn: 'Education Bureau' },
  {
    key: 'zjj',
    name: (city: string) => `${city}住房和城乡建设局`,
    nameEn: 'Housing and Urban-Rural Development Bureau',
  },
  { key: 'swj', name: (city: string) => `国家税务总局${city}税务局`, nameEn: 'Tax Service' },
] as const;

/** Names that do not follow the pattern of the other cities. */
const irregularNames: Record<string, string> = {
  '成都市/gjj': '成都住房公积金管理中心',
  '成都市/zrzyj': '成都市规划和自然资源局',
  '成都市/zjj': '成都市住房和城乡建设局',
};

export function departmentName(key: string, cityName: string): string {
  const irregular = irregularNames[`${cityName}/${key}`];
  if (irregular) return irregular;
  const template = departmentTemplates.find((t) => t.key === key);
  if (!template) throw new Error(`unknown department key ${key}`);
  return template.name(cityName);
}

export const hallTemplate = {
  key: 'zwfw',
  name: (city: string) => `${city}政务服务中心`,
  nameEn: 'Government Service Centre',
  windows: [
    { number: 'A01', name: '跨市通办综合窗口' },
    { number: 'A02', name: '跨市通办综合窗口' },
    { number: 'B01', name: '帮办代办窗口' },
  ],
};

/** The coordination office of the provincial leading group sits in Chengdu. */
export const coordinationOffice = {
  cityCode: '510100',
  key: 'tchb',
  name: '四川省推进成德眉资同城化发展领导小组办公室',
  nameEn: 'Office of the Leading Group for Chengdu–Deyang–Meishan–Ziyang Integration',
};
