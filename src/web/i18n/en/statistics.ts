import type { statisticsZhCN } from '../zh-CN/statistics.js';

export const statisticsEn: typeof statisticsZhCN = {
  nav: 'Statistics',
  homeLink: 'See the public service statistics of the metro area',
  title: 'Public service statistics of the metro area',
  intro:
    'Cases handled through this platform by Chengdu, Deyang, Meishan and Ziyang, by month. Counts only; no personal data. Updated every minute.',
  refreshedAt: 'Figures as of {{time}}',
  notRefreshed: 'The statistics have not been computed yet',
  filters: {
    legend: 'Period and city',
    from: 'From month',
    to: 'To month',
    city: 'Deciding city',
    allCities: 'All four cities',
    apply: 'Show',
  },
  period: 'Period: {{from}} to {{to}}',
  month: '{{month}}/{{year}}',
  summary: {
    title: 'Overview',
    submitted: 'Applications',
    decided: 'Decided',
    onlineShare: 'Filed online',
    offSiteShare: 'Received in another city',
    sameDayShare: 'Decided the same day',
    onTimeRate: 'Decided on time',
    median: 'Median working days to decision',
    satisfaction: 'Satisfaction',
    openComplaints: 'Open complaints',
  },
  units: {
    cases: '{{value}}',
    days: '{{value}} working days',
    none: 'None yet',
  },
  table: {
    show: 'Show the data table',
    hide: 'Hide the data table',
    city: 'City',
    channel: 'Channel',
    month: 'Month',
    receiving: 'Received in',
    deciding: 'Decided in',
    item: 'Service',
    department: 'Department',
  },
  charts: {
    volume: {
      title: 'Cases per city',
      description: 'Applications and decisions per deciding city.',
    },
    shares: {
      title: 'Online, received elsewhere, decided the same day',
      description:
        'Per city: the share of applications filed online and received at another city’s window, and the share of decisions made the same day.',
    },
    pairs: {
      title: 'Across cities: received in → decided in',
      description:
        'Rows are the receiving city, columns the deciding city; the diagonal is the city’s own, the rest were received on another city’s behalf.',
    },
    timeliness: {
      title: 'On time and time to decision',
      description:
        'On time: decisions with a promised deadline made by their due date. Time to decision: working days from acceptance, 补正 pauses excluded.',
    },
    trend: {
      title: 'Applications and decisions by month',
      description: 'All four cities (or the city chosen), month by month.',
    },
    satisfaction: {
      title: 'Satisfaction ratings',
      description:
        'Satisfaction = ratings of 4 or 5 (satisfied, very satisfied) ÷ ratings counted; ratings removed after an upheld appeal are not counted.',
    },
  },
  channels: {
    online: 'Online',
    window: 'At a window',
  },
  items: {
    title: 'Services: promised and achieved',
    description:
      'The most applied-for services: how the guide says they are handled and how fast, against what the cases achieved.',
    declaredModes: 'Promised handling',
    promised: 'Promised limit',
    achieved: 'Achieved',
    instantCities: 'Decided at once in',
    offSiteCities: 'Cities accepting off-site',
    promisedRange: '{{min}}–{{max}} working days',
    promisedDays: '{{value}} working days',
    instant: 'at once',
    noImplementation: 'Not offered',
    total: '{{total}} services had cases; the first {{shown}} are listed',
    modes: {
      fully_online: 'Fully online',
      off_site_window: 'Off-site window',
      multi_site: 'Multi-site',
      instant: 'Decided at once',
    },
  },
  departments: {
    title: 'Departments and complaint follow-up',
    description: 'For the coordination office and city administrators (their own city’s departments).',
    overdueComplaints: 'Overdue complaints',
  },
  rules: {
    title: 'How the figures are counted',
    submitted:
      'Applications count in the month they were filed (Beijing time); decisions, on-time and same-day rates and time to decision in the month of the decision; satisfaction in the month of the rating.',
    decided: 'Decided: granted, refused, or not accepted. Withdrawn applications are not decisions.',
    offSite:
      'Received elsewhere: filed at a service hall window of another city than the deciding one. Online applications never count as such.',
    sameDay: 'Same day: decided on the day it was filed.',
    onTime:
      'On time: decided no later than the due date, counted in working days with 补正 pauses excluded. A case never accepted has no due date and is not counted.',
    median:
      'Time to decision: working days from the day after acceptance to the decision, 补正 pauses excluded; the median is shown.',
    satisfaction:
      'Satisfaction: ratings of 4 or 5 among the ratings counted, window-visit ratings included; ratings removed after an upheld appeal are left out.',
    complaints:
      'Open complaints: 差评 whose rectification is not finished (closed ones and upheld appeals excepted).',
  },
};
