import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useCaseLabel, useStatusLabel } from '../cases.labels.js';
import { SupplementItemList } from './SupplementItemList.js';

const APPLICANT_ROLES: ReadonlySet<string> = new Set(['applicant', 'citizen', 'enterprise']);

/** 办理过程: every event of the case, oldest first, with its 补正 list or delivery. */
export function CaseHistory({ events }: { events: CaseDetail['events'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const label = useCaseLabel();
  const statusLabel = useStatusLabel();
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  return (
    <Timeline
      items={ordered.map((event) => {
        const details = event.details;
        return {
          key: event.seq,
          content: (
            <div data-event-type={event.type}>
              <strong>{label('eventTypes', event.type)}</strong>
              <span style={{ marginLeft: 12 }}>{formatDateTime(event.createdAt, language)}</span>
              <div>
                {t('cases.history.status', {
                  from: event.fromStatus ? statusLabel(event.fromStatus) : t('cases.history.none'),
                  to: statusLabel(event.toStatus),
                })}
              </div>
              <div>
                {t('cases.history.actor', {
                  role: label('roles', event.actorRole),
                  city: event.actorCityCode
                    ? t('cases.history.inCity', { city: cityName(event.actorCityCode) })
                    : '',
                })}
                {t('cases.history.channel', { channel: label('channels', event.channel) })}
              </div>
              {event.note && (
                <div>
                  {APPLICANT_ROLES.has(event.actorRole)
                    ? t('cases.history.applicantNote', { note: event.note })
                    : t('cases.history.note', { note: event.note })}
                </div>
              )}
              {details?.items && details.items.length > 0 && (
                <div>
                  {t('cases.history.items', { count: details.items.length })}
                  <SupplementItemList items={details.items} />
                </div>
              )}
              {details?.hallName && (
                <div data-hall={details.hallName}>
                  {t('cases.history.hall', { hall: details.hallName })}
                  {details.clerkName && t('cases.history.clerk', { clerk: details.clerkName })}
                </div>
              )}
              {details?.precheck?.identityVerified && details.precheck.materialsChecked && (
                <div>{t('cases.history.precheck')}</div>
              )}
              {details?.method && (
                <div data-delivery-method={details.method}>
                  {t('cases.history.delivery', { method: t(`cases.delivery.methods.${details.method}`) })}
                  {details.trackingNumber &&
                    t('cases.history.trackingNumber', { trackingNumber: details.trackingNumber })}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
