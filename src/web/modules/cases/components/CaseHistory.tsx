import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useCaseLabel, useStatusLabel } from '../cases.labels.js';

/** 办理过程: every event of the case, oldest first. */
export function CaseHistory({ events }: { events: CaseDetail['events'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const label = useCaseLabel();
  const statusLabel = useStatusLabel();
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  return (
    <Timeline
      items={ordered.map((event) => ({
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
            {event.note && <div>{t('cases.history.note', { note: event.note })}</div>}
          </div>
        ),
      }))}
    />
  );
}
