import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import type { WorkingDayComputationView } from '../../../../contracts/calendar.contract.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { dateRuns, formatCalendarDate, formatCalendarDateWithWeekday, type DateRun } from '../cases.dates.js';
import './cases.css';

/** How the due date was reached, step by step, as the server computed it. */
function Calculation({ deadline, paused }: { deadline: WorkingDayComputationView; paused: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (d: string) => formatCalendarDate(d, language);
  const range = (run: DateRun<unknown>) =>
    run.days === 1
      ? formatCalendarDateWithWeekday(run.from, language)
      : t('cases.deadline.range', { from: date(run.from), to: date(run.to), count: run.days });
  const weekends = dateRuns(
    deadline.skipped.filter((s) => s.reason === 'weekend'),
    () => true,
  );
  const holidays = dateRuns(
    deadline.skipped.filter((s) => s.reason === 'holiday'),
    (a, b) => a.name === b.name,
  );
  const weekendDays = weekends.reduce((sum, run) => sum + run.days, 0);
  const holidayDays = holidays.reduce((sum, run) => sum + run.days, 0);
  const lastPause = deadline.pauses.length - 1;

  return (
    <ol className="case-deadline-steps">
      <li>{t('cases.deadline.start', { date: formatCalendarDateWithWeekday(deadline.start, language) })}</li>
      <li>{t('cases.deadline.days', { days: t('catalog.workingDays', { count: deadline.days }) })}</li>
      <li>
        {weekendDays > 0
          ? t('cases.deadline.weekends', { count: weekendDays })
          : t('cases.deadline.noWeekends')}
        {weekends.length > 0 && (
          <ul>
            {weekends.map((run) => (
              <li key={run.from}>{range(run)}</li>
            ))}
          </ul>
        )}
      </li>
      <li>
        {holidayDays > 0
          ? t('cases.deadline.holidays', { count: holidayDays })
          : t('cases.deadline.noHolidays')}
        {holidays.length > 0 && (
          <ul>
            {holidays.map((run) => (
              <li key={run.from} data-holiday={run.first.name ?? ''}>
                {t('cases.deadline.holiday', {
                  name: run.first.name ?? t('cases.deadline.unnamedHoliday'),
                  dates: range(run),
                })}
              </li>
            ))}
          </ul>
        )}
      </li>
      {deadline.makeupWorkdays.length > 0 && (
        <li>
          {t('cases.deadline.makeupWorkdays', { count: deadline.makeupWorkdays.length })}
          <ul>
            {deadline.makeupWorkdays.map((day) => (
              <li key={day.date}>
                {t('cases.deadline.holiday', {
                  name: day.name,
                  dates: formatCalendarDateWithWeekday(day.date, language),
                })}
              </li>
            ))}
          </ul>
        </li>
      )}
      {deadline.pauses.length > 0 && (
        <li>
          {t('cases.deadline.pauses')}
          <ul>
            {deadline.pauses.map((pause, index) => (
              <li key={pause.from}>
                {paused && index === lastPause
                  ? t('cases.deadline.pauseOpen', {
                      from: date(pause.from),
                      days: t('catalog.workingDays', { count: pause.workingDays }),
                    })
                  : t('cases.deadline.pause', {
                      from: date(pause.from),
                      to: date(pause.to),
                      days: t('catalog.workingDays', { count: pause.workingDays }),
                    })}
              </li>
            ))}
          </ul>
        </li>
      )}
      <li>
        {deadline.days === 0
          ? t('cases.deadline.resultInstant', {
              date: formatCalendarDateWithWeekday(deadline.dueDate, language),
            })
          : t('cases.deadline.result', {
              days: deadline.days,
              date: formatCalendarDateWithWeekday(deadline.dueDate, language),
            })}
      </li>
    </ol>
  );
}

/**
 * 办理时限: the promised due date once the case is accepted, whether the clock stands still for
 * 补正, a warning when the date relies on a year whose holidays are not yet published, and how the
 * date was reached.
 */
export function CaseDeadline({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { deadline, clockPaused } = detail;
  const notYetAccepted = detail.status === 'submitted' || detail.status === 'supplement_requested';

  return (
    <section className="case-deadline" aria-labelledby="case-deadline">
      <h2 id="case-deadline">{t('cases.deadline.title')}</h2>
      {!deadline ? (
        <p data-testid="due-date">
          {notYetAccepted
            ? t('cases.deadline.notStarted', {
                days: t('catalog.workingDays', { count: detail.promisedDays }),
              })
            : t('cases.deadline.none')}
        </p>
      ) : (
        <>
          <dl className="case-deadline-due">
            <dt>{t('cases.fields.dueDate')}</dt>
            <dd data-testid="due-date" data-due-date={deadline.dueDate}>
              {formatCalendarDateWithWeekday(deadline.dueDate, language)}
            </dd>
            {clockPaused && (
              <dd>
                <Tag color="warning" data-clock="paused">
                  {t('cases.deadline.paused')}
                </Tag>
              </dd>
            )}
          </dl>
          {clockPaused && <p>{t('cases.deadline.pausedHelp')}</p>}
          {deadline.beyondKnownCalendar && (
            <Alert
              type="warning"
              showIcon
              style={{ margin: '8px 0' }}
              title={t('cases.deadline.beyondKnownCalendar', {
                years: deadline.unknownYears.join(t('common.listSeparator')),
              })}
            />
          )}
          <details>
            <summary>{t('cases.deadline.how')}</summary>
            <Calculation deadline={deadline} paused={clockPaused} />
          </details>
        </>
      )}
    </section>
  );
}
