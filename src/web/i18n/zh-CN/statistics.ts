/** 同城化政务服务统计: the public dashboard at /statistics. */
export const statisticsZhCN = {
  nav: '数据统计',
  homeLink: '查看同城化政务服务统计',
  title: '同城化政务服务统计',
  intro:
    '成都、德阳、眉山、资阳四市通过本平台受理的办件统计，按月汇总，仅含数量，不含任何个人信息。数据每分钟更新一次。',
  refreshedAt: '数据更新于 {{time}}',
  notRefreshed: '统计数据尚未生成',
  filters: {
    legend: '统计条件',
    from: '起始月份',
    to: '截止月份',
    city: '审批城市',
    allCities: '四市合计',
    apply: '查询',
  },
  period: '统计期间：{{from}}至{{to}}',
  month: '{{year}}年{{month}}月',
  summary: {
    title: '总体情况',
    submitted: '申请量',
    decided: '办结量',
    onlineShare: '网上申请占比',
    offSiteShare: '异地代收占比',
    sameDayShare: '当场办结率',
    onTimeRate: '按时办结率',
    median: '办理用时中位数',
    satisfaction: '满意率',
    openComplaints: '未办结差评整改',
  },
  units: {
    cases: '{{value}} 件',
    days: '{{value}} 个工作日',
    none: '暂无',
  },
  table: {
    show: '显示数据表',
    hide: '隐藏数据表',
    city: '城市',
    channel: '渠道',
    month: '月份',
    receiving: '受理地（收件城市）',
    deciding: '审批地（决定城市）',
    item: '事项',
    department: '部门',
  },
  charts: {
    volume: {
      title: '各市办件量',
      description: '按审批城市统计的申请量与办结量（件）。',
    },
    shares: {
      title: '网上申请、异地代收与当场办结',
      description: '各市申请中网上申请和异地代收所占比例，以及办结中当场办结的比例。',
    },
    pairs: {
      title: '跨市通办：受理地 → 审批地',
      description: '行为受理地城市，列为审批城市；对角线为本市受理，其余为异地代收代办（件）。',
    },
    timeliness: {
      title: '按时办结率与办理用时',
      description:
        '按时办结率：有承诺时限的办结件中，在到期日前办结的比例；办理用时：受理至决定的工作日，扣除补正期间。',
    },
    trend: {
      title: '逐月申请量与办结量',
      description: '四市合计（或所选城市）每月的申请量与办结量（件）。',
    },
    satisfaction: {
      title: '好差评满意率',
      description:
        '满意率 = 评价为“满意”或“非常满意”（4、5 级）的评价数 ÷ 有效评价数；经申诉核实剔除的评价不计。',
    },
  },
  channels: {
    online: '网上申请',
    window: '窗口申请',
  },
  items: {
    title: '事项：承诺与实际',
    description: '办件量最多的事项，对照办事指南承诺的办理方式与时限（申报），与办件实际达到的情况。',
    declaredModes: '承诺的办理方式',
    promised: '承诺时限',
    achieved: '实际',
    instantCities: '即办城市',
    offSiteCities: '可异地受理城市数',
    promisedRange: '{{min}}–{{max}} 个工作日',
    promisedDays: '{{value}} 个工作日',
    instant: '即办',
    noImplementation: '未实施',
    total: '共 {{total}} 个事项有办件，列出前 {{shown}} 个',
    modes: {
      fully_online: '全程网办',
      off_site_window: '异地受理',
      multi_site: '多地联办',
      instant: '即办',
    },
  },
  departments: {
    title: '各部门办件与差评整改',
    description: '仅同城化办公室和市级管理员可见；市级管理员仅可见本市部门。',
    overdueComplaints: '逾期未整改',
  },
  rules: {
    title: '统计口径',
    submitted:
      '申请量按提交日期（北京时间）所在月份统计；办结量、按时办结率、当场办结率、办理用时按决定日期所在月份统计；满意率按评价日期统计。',
    decided: '办结指作出准予、不予许可或不予受理决定；撤回的申请不计入办结。',
    offSite: '异地代收：在审批城市以外城市的政务服务窗口收件；网上申请不计为异地。',
    sameDay: '当场办结：决定日期与提交日期为同一天。',
    onTime:
      '按时办结：决定日期不晚于到期日；到期日按工作日计算，补正期间不计时；未受理的办件没有到期日，不计入。',
    median: '办理用时：受理次日起至决定日的工作日数，扣除补正期间，取中位数。',
    satisfaction: '满意率：4、5 级评价占有效评价的比例，含窗口现场评价；申诉成立被剔除的评价不计。',
    complaints: '未办结差评整改：当前尚未整改完毕的差评（已整改或申诉成立的除外）。',
  },
};
