import { z } from 'zod';

/** A calendar date, 'YYYY-MM-DD', that exists (2027-02-30 does not). */
export const calendarDateSchema = z.iso.date({ message: 'calendar.date_invalid' });

export const calendarDayKindSchema = z.enum(['holiday', 'makeup_workday']);
export type CalendarDayKind = z.infer<typeof calendarDayKindSchema>;
export const calendarSourceSchema = z.enum(['chinese-days', 'admin']);

/** Years the API accepts; the State Council publishes each year's arrangement in the autumn before. */
export const calendarYearSchema = z.coerce.number().int().min(2000).max(2100);

export const workingDaysQuerySchema = z.strictObject({
  /** The day of acceptance; today in Asia/Shanghai when left out. */
  from: calendarDateSchema.optional(),
  days: z.coerce.number().int().min(0).max(366),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
export type WorkingDaysQuery = z.output<typeof workingDaysQuerySchema>;

/** A due date and how it was reached; see the counting rule in the calendar module. */
export const workingDayComputationSchema = z.object({
  start: z.string(),
  days: z.number().int(),
  dueDate: z.string(),
  skipped: z.array(
    z.object({ date: z.string(), reason: z.enum(['weekend', 'holiday']), name: z.string().nullable() }),
  ),
  makeupWorkdays: z.array(z.object({ date: z.string(), name: z.string() })),
  pauses: z.array(z.object({ from: z.string(), to: z.string(), workingDays: z.number().int() })),
  /** True when the computation ran into a year whose official arrangement is not yet known. */
  beyondKnownCalendar: z.boolean(),
  lastKnownYear: z.number().int().nullable(),
  unknownYears: z.array(z.number().int()),
});
export type WorkingDayComputationView = z.infer<typeof workingDayComputationSchema>;

export const calendarYearSummarySchema = z.object({
  year: z.number().int(),
  status: z.enum(['official']),
  source: calendarSourceSchema,
  notice: z.string().nullable(),
  confirmedAt: z.iso.datetime(),
  holidays: z.number().int(),
  makeupWorkdays: z.number().int(),
});
export type CalendarYearSummary = z.infer<typeof calendarYearSummarySchema>;

export const calendarYearListSchema = z.object({
  items: z.array(calendarYearSummarySchema),
  lastKnownYear: z.number().int().nullable(),
});
export type CalendarYearList = z.infer<typeof calendarYearListSchema>;

export const calendarDayViewSchema = z.object({
  date: z.string(),
  kind: calendarDayKindSchema,
  name: z.string(),
  source: calendarSourceSchema,
});

export const calendarYearViewSchema = calendarYearSummarySchema.extend({
  days: z.array(calendarDayViewSchema),
});
export type CalendarYearView = z.infer<typeof calendarYearViewSchema>;

/** A year's official arrangement as an administrator enters it from the State Council's notice. */
export const yearArrangementSchema = z.strictObject({
  notice: z.string().trim().min(1).max(200).optional(),
  days: z
    .array(
      z.strictObject({
        date: calendarDateSchema,
        kind: calendarDayKindSchema,
        /** e.g. 国庆节 for a holiday, 国庆节调休上班 for a make-up working day. */
        name: z.string().trim().min(1).max(60),
      }),
    )
    .min(1)
    .max(366),
});
export type YearArrangement = z.output<typeof yearArrangementSchema>;

/**
 * What is wrong with an arrangement for that year, as field paths under the arrangement and
 * message keys: every date inside the year, none twice, make-up working days on a Saturday or
 * Sunday. Shared so that a form can say so before it is sent.
 */
export function yearArrangementProblems(
  year: number,
  arrangement: YearArrangement,
): { field: string; code: string }[] {
  const problems: { field: string; code: string }[] = [];
  const seen = new Set<string>();
  arrangement.days.forEach((day, index) => {
    const field = `days.${index}.date`;
    if (Number(day.date.slice(0, 4)) !== year) problems.push({ field, code: 'calendar.date_outside_year' });
    if (seen.has(day.date)) problems.push({ field, code: 'calendar.date_duplicate' });
    seen.add(day.date);
    const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
    if (day.kind === 'makeup_workday' && weekday !== 0 && weekday !== 6) {
      problems.push({ field: `days.${index}.kind`, code: 'calendar.makeup_not_weekend' });
    }
  });
  return problems;
}
