import type { accessRecordsZh } from '../zh-CN/accessRecords.js';

export const accessRecordsEn: typeof accessRecordsZh = {
  title: 'Who used my data',
  menuLink: 'Data use',
  intro:
    'Every time a member of staff opens the personal data in one of your cases, we record who it was, for which city and department, when, and why.',
  whyTitle: 'Why this record exists',
  why: {
    law: 'Government bodies may handle personal data only as far as their statutory duties require (Personal Information Protection Law of the PRC, Article 34). This record lets you see for yourself who used your data and why.',
    who: 'Only you and the coordination office, which supervises, can read it; nobody can change or delete it.',
    how: 'The same person opening the same thing in the same case again within 10 minutes is recorded once. Case lists show masked data only and are not recorded; nor is your own viewing of your cases.',
    doubt:
      'If you have doubts about any access, call the 12345 government service hotline or contact the coordination office.',
  },
  listTitle: 'Records',
  caption: 'Who used my data, newest first',
  empty: 'No member of staff has opened your personal data so far.',
  loadMore: 'Load more',
  columns: {
    when: 'When',
    who: 'Who',
    where: 'City and department',
    why: 'Why',
    what: 'What was seen',
    case: 'Case',
  },
  systemAccessor: 'Automatic system query',
  noCase: 'No particular case',
  reason: 'Reason given: {{reason}}',
  registry: ' ({{registry}})',
  roles: {
    case_officer: 'Case officer',
    window_clerk: 'Window clerk',
    city_admin: 'City administrator',
    coordination_office: 'Coordination office',
    system_admin: 'System administrator',
    system: 'System',
  },
  purposes: {
    case_review: 'Reviewing and deciding your application',
    window_intake: 'Following up a case received at the window',
    hand_over: 'Handing you the result at the window',
    supervision: 'Supervision',
    eligibility_check: 'Checking eligibility',
  },
  seen: {
    case_detail: 'Case details (form and personal data)',
    material_preview: 'Application material',
    registry_record: 'Registry record',
    export_file: 'Exported file',
  },
  registries: {
    household_registration: 'household registration',
    social_insurance: 'social insurance',
    housing_fund: 'housing provident fund',
  },
  caseSection: {
    title: 'Who has viewed this case',
    intro: 'When staff open your personal data in this case, it is recorded here.',
    empty: 'No member of staff has opened this case so far.',
    caption: 'Data use in this case, newest first',
    all: 'See all records of who used my data',
  },
};
