import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import { ApiError } from '../../../shared/api/api-error.js';
import { showServerFieldErrors } from '../../../shared/forms/server-errors.js';
import { useCityName } from '../../directory/directory.api.js';
import { useTransferCase, useTransferTargets } from './worklist.api.js';

interface Values {
  toOrgId: string;
  reason: string;
}

const REASON_MIN = 4;

function TransferForm({ detail, onCancel }: { detail: CaseDetail; onCancel: () => void }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const targets = useTransferTargets(detail.id, true);
  const transfer = useTransferCase(detail.id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // An error no field shows (the case moved on meanwhile, say) is shown above the buttons.
  const [unplaced, setUnplaced] = useState(true);
  useEffect(() => headingRef.current?.focus(), []);
  const options = (targets.data?.targets ?? []).map((target) => ({
    value: target.orgId,
    label: t('worklist.transfer.targetOption', {
      city: cityName(target.cityCode, target.cityName),
      org: target.orgName,
      days: target.promisedDays,
    }),
  }));
  const submit = (values: Values) =>
    transfer.mutate(
      { toOrgId: values.toOrgId, reason: values.reason.trim() },
      {
        onSuccess: (result) =>
          void navigate('/staff/worklist', {
            state: { transferred: { caseNumber: result.caseNumber, org: result.toOrgName } },
          }),
        onError: (error) => {
          setUnplaced(showServerFieldErrors(form, error, [['toOrgId'], ['reason']]).length > 0);
        },
      },
    );
  return (
    <div className="case-action-form">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('worklist.transfer.open')}
      </h3>
      {targets.data && options.length === 0 ? (
        <Alert type="info" showIcon title={t('worklist.transfer.noTargets')} />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark>
          <Form.Item
            name="toOrgId"
            label={t('worklist.transfer.target')}
            rules={[{ required: true, message: t('worklist.transfer.targetRequired') }]}
          >
            <Select
              placeholder={t('worklist.transfer.targetPlaceholder')}
              loading={targets.isPending}
              options={options}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('worklist.transfer.reason')}
            extra={t('worklist.transfer.reasonHelp')}
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  (value ?? '').trim().length >= REASON_MIN
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('worklist.transfer.reasonRequired'))),
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {transfer.error && unplaced && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={transfer.error instanceof ApiError ? transfer.error.title : t('errors.unexpected')}
            />
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={transfer.isPending}>
              {t('worklist.transfer.confirm')}
            </Button>
            <Button onClick={onCancel}>{t('worklist.transfer.cancel')}</Button>
          </Space>
        </Form>
      )}
    </div>
  );
}

/** 转办 on the case page: offered to the deciding officer while the case may still be transferred. */
export function TransferPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!detail.officerActions?.includes('transfer')) return null;
  return (
    <section className="page-panel" aria-labelledby="case-transfer" data-testid="case-transfer">
      <h2 id="case-transfer">{t('worklist.transfer.title')}</h2>
      <p>{t('worklist.transfer.intro')}</p>
      {open ? (
        <TransferForm detail={detail} onCancel={() => setOpen(false)} />
      ) : (
        <Button onClick={() => setOpen(true)}>{t('worklist.transfer.open')}</Button>
      )}
    </section>
  );
}

/** Where the case was transferred from and to, oldest first; nothing when it never was. */
export function CaseTransfers({ events }: { events: CaseDetail['events'] }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const transfers = events.filter((e) => e.type === 'transfer' && e.details?.transfer);
  if (transfers.length === 0) return null;
  return (
    <ul className="case-transfers" data-testid="case-transfers">
      {transfers.map((e) => {
        const move = e.details?.transfer;
        if (!move) return null;
        return (
          <li key={e.seq}>
            {t('worklist.transfer.history', {
              from: move.fromOrgName,
              fromCity: cityName(move.fromCityCode),
              to: move.toOrgName,
              toCity: cityName(move.toCityCode),
            })}
            {e.note && ` ${t('cases.history.note', { note: e.note })}`}
          </li>
        );
      })}
    </ul>
  );
}
