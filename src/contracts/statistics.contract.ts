import { z } from 'zod';
import { handlingModeSchema } from './catalog.contract.js';

/**
 * Statistics of the case engine (办件统计): counts only, never a person. Every figure is a count
 * of cases or ratings; the rates are those counts divided, given for convenience and null where
 * nothing was counted. Periods are whole months in Asia/Shanghai.
 */

/** The longest period one answer covers. */
export const MAX_PERIOD_MONTHS = 60;

export const statisticsMonthSchema = z
  .string()
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, { message: 'statistics.month_invalid' });

const cityCodeSchema = z.string().regex(/^\d{6}$/, { message: 'statistics.city_invalid' });

/** Months since year 0, so two months compare and subtract as numbers. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

const periodFields = {
  /** First month counted, 'YYYY-MM'; with `to`, defaults to the twelve months up to this one. */
  from: statisticsMonthSchema.optional(),
  /** Last month counted, 'YYYY-MM' (inclusive). */
  to: statisticsMonthSchema.optional(),
  /** A deciding city (GB/T 2260 code); for city pairs, a city that receives or decides. */
  city: cityCodeSchema.optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
};

type PeriodInput = { from?: string | undefined; to?: string | undefined };

function checkPeriod(value: PeriodInput, ctx: z.RefinementCtx) {
  if (!value.from || !value.to) return;
  const span = monthIndex(value.to) - monthIndex(value.from);
  if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'statistics.period_reversed' });
  else if (span >= MAX_PERIOD_MONTHS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'statistics.period_too_long' });
}

export const statisticsQuerySchema = z.strictObject(periodFields).superRefine(checkPeriod);
export type StatisticsQuery = z.output<typeof statisticsQuerySchema>;

export const itemStatisticsQuerySchema = z
  .strictObject({
    ...periodFields,
    /** How many items, most applied-for first. */
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .superRefine(checkPeriod);
export type ItemStatisticsQuery = z.output<typeof itemStatisticsQuerySchema>;

const count = z.number().int().min(0);
/** A share from 0 to 1, rounded to four places; null when its denominator is 0. */
const share = z.number().min(0).max(1).nullable();

/** The figures every breakdown (city, channel, pair, item, department) carries. */
export const caseMeasuresSchema = z.object({
  /** Applications submitted in the period (申请量). */
  submitted: count,
  /** … of which filed online (网上申请). */
  submittedOnline: count,
  /** … of which received at a window of another city than the deciding one (异地代收). */
  submittedOffSite: count,
  /** Cases decided in the period: granted, refused or not accepted (办结量). */
  decided: count,
  granted: count,
  refused: count,
  notAccepted: count,
  /** … of which decided the same day they were submitted (当场办结 / 即办). */
  decidedSameDay: count,
  /** Decided cases that had a promised deadline (they had been accepted). */
  withDeadline: count,
  /** … of which decided on or before the due date, 补正 pauses excluded (按时办结). */
  decidedOnTime: count,
  /** Median working days from acceptance to decision, 补正 pauses excluded; null without decisions. */
  medianWorkingDays: z.number().min(0).nullable(),
  /** Ratings given in the period that count (not excluded after an upheld appeal). */
  rated: count,
  /** … of which 满意 or 非常满意 (grade 4 or 5). */
  satisfied: count,
  onlineShare: share,
  offSiteShare: share,
  sameDayShare: share,
  onTimeRate: share,
  satisfaction: share,
});
export type CaseMeasures = z.infer<typeof caseMeasuresSchema>;

export const statisticsPeriodSchema = z.object({ from: statisticsMonthSchema, to: statisticsMonthSchema });

const answerHead = {
  period: statisticsPeriodSchema,
  city: z.string().nullable(),
  /** When the figures were last brought up to date; null before the first refresh. */
  refreshedAt: z.iso.datetime().nullable(),
};

const openComplaints = {
  /** 差评 whose rectification is not closed yet, now (not limited to the period). */
  openComplaints: count,
};

export const statisticsOverviewSchema = z.object({
  ...answerHead,
  total: caseMeasuresSchema.extend(openComplaints),
  cities: z.array(
    caseMeasuresSchema.extend({ cityCode: z.string(), cityName: z.string(), ...openComplaints }),
  ),
  channels: z.array(caseMeasuresSchema.extend({ channel: z.enum(['online', 'window']) })),
  months: z.array(
    z.object({
      month: statisticsMonthSchema,
      submitted: count,
      decided: count,
      withDeadline: count,
      decidedOnTime: count,
    }),
  ),
});
export type StatisticsOverview = z.infer<typeof statisticsOverviewSchema>;

export const cityPairStatisticsSchema = z.object({
  ...answerHead,
  cities: z.array(z.object({ code: z.string(), name: z.string() })),
  pairs: z.array(caseMeasuresSchema.extend({ receivingCityCode: z.string(), decidingCityCode: z.string() })),
});
export type CityPairStatistics = z.infer<typeof cityPairStatisticsSchema>;

/** What a city's implementation of the item promises (实施清单). */
export const declaredImplementationSchema = z.object({
  instant: z.boolean(),
  promisedDays: z.number().int(),
  /** Cities whose windows accept the item for this city (异地受理). */
  offSiteCityCodes: z.array(z.string()),
  delivery: z.array(z.string()),
});

export const itemStatisticsSchema = z.object({
  ...answerHead,
  /** Items with at least one case in the period, before the limit. */
  total: count,
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      /** The handling modes the catalogue declares for the item. */
      declaredModes: z.array(handlingModeSchema),
      achieved: caseMeasuresSchema,
      cities: z.array(
        z.object({
          cityCode: z.string(),
          cityName: z.string(),
          /** Null when the city publishes no implementation of the item now. */
          declared: declaredImplementationSchema.nullable(),
          achieved: caseMeasuresSchema,
        }),
      ),
    }),
  ),
});
export type ItemStatistics = z.infer<typeof itemStatisticsSchema>;

export const departmentStatisticsSchema = z.object({
  ...answerHead,
  departments: z.array(
    caseMeasuresSchema.extend({
      orgId: z.string(),
      orgName: z.string(),
      cityCode: z.string(),
      ...openComplaints,
      /** Open rectifications past their due date. */
      overdueComplaints: count,
    }),
  ),
});
export type DepartmentStatistics = z.infer<typeof departmentStatisticsSchema>;
