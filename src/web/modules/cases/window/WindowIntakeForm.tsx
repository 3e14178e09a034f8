import { useState } from 'react';
import { Alert, Button, Checkbox, Descriptions, Form, Input, Radio, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ItemView } from '../../../../contracts/catalog.contract.js';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import type { CityView } from '../../../../contracts/directory.contract.js';
import { ApiError, type FieldProblem } from '../../../shared/api/api-error.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { showServerFieldErrors } from '../../../shared/forms/server-errors.js';
import { useFeeLabel } from '../../catalog/catalog.labels.js';
import { useCityName } from '../../directory/directory.api.js';
import { idNumberRule, mobileRule, personNameRule, requiredRule } from '../../identity/identity.rules.js';
import { useSubmitWindowApplication } from '../cases.api.js';
import { ApplicationFieldInput } from '../components/ApplicationFieldInput.js';
import { MaterialFields } from '../materials/MaterialFields.js';
import { stillUploading, toMaterialInputs, type MaterialValues } from '../materials/material-values.js';
import { DEFAULT_MAX_FILE_MB } from '../materials/upload-file.js';
import type { WindowClerk } from './useWindowClerk.js';

interface Values {
  cityCode?: string;
  applicant?: { idNumber?: string; realName?: string; mobile?: string };
  form?: Record<string, string | number | null | undefined>;
  consent?: boolean;
  precheck?: { identityVerified?: boolean; materialsChecked?: boolean; note?: string };
  materials?: MaterialValues;
}

const MAX_NOTE_LENGTH = 500;
const ACCOUNT_NOT_FOUND = 'cases.applicant_account_not_found';

/** A tick the clerk must give: the server accepts only a literal true. */
function tickedRule(message: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value !== true) throw new Error(message);
    },
  };
}

/**
 * 窗口收件 for one item: the deciding city (only those letting this hall receive it), the person
 * in front of the clerk, that city's form, the clerk's checks and the person's consent.
 */
export function WindowIntakeForm({
  item,
  cities,
  clerk,
  onReceived,
}: {
  item: ItemView;
  cities: CityView[];
  clerk: WindowClerk;
  onReceived: (detail: CaseDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const cityName = useCityName();
  const fee = useFeeLabel();
  const submitApplication = useSubmitWindowApplication();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const cityCode = Form.useWatch('cityCode', form);
  const eligible = item.implementations.filter(
    (impl) => impl.cityCode === clerk.cityCode || impl.offSiteCityCodes.includes(clerk.cityCode),
  );
  const implementation = eligible.find((impl) => impl.cityCode === cityCode);
  const error = submitApplication.error;
  const noAccount = error instanceof ApiError && error.code === ACCOUNT_NOT_FOUND;

  const submit = (values: Values) => {
    if (!implementation) return;
    const { consent, precheck, applicant } = values;
    if (consent !== true || precheck?.identityVerified !== true || precheck.materialsChecked !== true) return;
    setUnplaced([]);
    const materialCodes = implementation.materials.map((m) => m.key);
    const uploading = stillUploading(values.materials, materialCodes);
    if (uploading.length > 0) {
      form.setFields(
        uploading.map((code) => ({ name: ['materials', code], errors: [t('materials.waitUploading')] })),
      );
      return;
    }
    const answers: Record<string, string | number> = {};
    for (const field of implementation.form) {
      const value = values.form?.[field.key];
      if (typeof value === 'number') answers[field.key] = value;
      else if (typeof value === 'string' && value.trim() !== '') answers[field.key] = value.trim();
    }
    const note = precheck.note?.trim();
    submitApplication.mutate(
      {
        itemCode: item.code,
        cityCode: implementation.cityCode,
        applicant: {
          idNumber: (applicant?.idNumber ?? '').trim().toUpperCase(),
          realName: (applicant?.realName ?? '').trim(),
          mobile: (applicant?.mobile ?? '').trim(),
        },
        form: answers,
        materials: toMaterialInputs(values.materials, materialCodes),
        consent: true,
        precheck: { identityVerified: true, materialsChecked: true, ...(note ? { note } : {}) },
      },
      {
        onSuccess: onReceived,
        onError: (failure) =>
          setUnplaced(
            showServerFieldErrors(form, failure, [
              ['cityCode'],
              ['applicant', 'idNumber'],
              ['applicant', 'realName'],
              ['applicant', 'mobile'],
              ['consent'],
              ['precheck', 'identityVerified'],
              ['precheck', 'materialsChecked'],
              ['precheck', 'note'],
              ...implementation.form.map((field) => ['form', field.key]),
              ...materialCodes.map((code) => ['materials', code]),
            ]),
          ),
      },
    );
  };

  return (
    <Form form={form} name="window-intake" layout="vertical" onFinish={submit} scrollToFirstError>
      {noAccount ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={error.title}
          description={<Link to="/register">{t('cases.window.intake.registerLink')}</Link>}
          data-testid="no-account"
        />
      ) : (
        <FormErrorSummary error={error} unplaced={unplaced} />
      )}
      <section className="page-panel" aria-labelledby="window-city">
        <h2 id="window-city">{t('cases.window.intake.chooseCity')}</h2>
        <p>{t('cases.window.intake.chooseCityHelp')}</p>
        {eligible.length === 0 ? (
          <Alert type="warning" showIcon title={t('cases.window.intake.noCities')} />
        ) : (
          <Form.Item
            name="cityCode"
            label={t('cases.window.intake.decidingCity')}
            rules={[{ required: true, message: t('cases.window.intake.cityRequired') }]}
          >
            <Radio.Group
              aria-label={t('cases.window.intake.decidingCity')}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={eligible.map((impl) => ({
                value: impl.cityCode,
                label: `${cityName(impl.cityCode, impl.cityName)}（${impl.orgName}）`,
              }))}
            />
          </Form.Item>
        )}
        {implementation && (
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'org', label: t('catalog.compare.org'), children: implementation.orgName },
              {
                key: 'days',
                label: t('catalog.compare.promisedDays'),
                children: t('catalog.workingDays', { count: implementation.promisedDays }),
              },
              { key: 'fee', label: t('catalog.compare.fee'), children: fee(implementation.feeYuan) },
            ]}
          />
        )}
      </section>

      {implementation && (
        <>
          <section className="page-panel" aria-labelledby="window-applicant">
            <h2 id="window-applicant">{t('cases.window.intake.applicantTitle')}</h2>
            <p>{t('cases.window.intake.applicantHelp')}</p>
            <Form.Item
              name={['applicant', 'idNumber']}
              label={t('cases.window.intake.idNumber')}
              rules={[requiredRule(t), idNumberRule(t)]}
              validateTrigger="onBlur"
            >
              <Input maxLength={18} autoComplete="off" spellCheck={false} style={{ maxWidth: 320 }} />
            </Form.Item>
            <Form.Item
              name={['applicant', 'realName']}
              label={t('cases.window.intake.realName')}
              rules={[requiredRule(t), personNameRule(t)]}
              validateTrigger="onBlur"
            >
              <Input autoComplete="off" style={{ maxWidth: 320 }} />
            </Form.Item>
            <Form.Item
              name={['applicant', 'mobile']}
              label={t('cases.window.intake.mobile')}
              rules={[requiredRule(t), mobileRule(t)]}
              validateTrigger="onBlur"
            >
              <Input type="tel" maxLength={11} autoComplete="off" style={{ maxWidth: 320 }} />
            </Form.Item>
          </section>

          <section className="page-panel" aria-labelledby="window-form">
            <h2 id="window-form">{t('cases.window.intake.formTitle')}</h2>
            {implementation.form.length === 0 && <Alert type="info" title={t('cases.apply.noFields')} />}
            {implementation.form.map((field) => (
              <ApplicationFieldInput
                key={`${implementation.id}:${field.key}`}
                field={field}
                cities={cities}
              />
            ))}
            <MaterialFields
              key={`${implementation.id}:materials`}
              slots={implementation.materials.map((m) => ({ ...m, code: m.key }))}
              title={t('materials.windowTitle')}
              intro={t('materials.windowIntro', { maxMb: DEFAULT_MAX_FILE_MB })}
            />
          </section>

          <section className="page-panel" aria-labelledby="window-checks">
            <h2 id="window-checks">{t('cases.window.intake.checksTitle')}</h2>
            <Form.Item
              name={['precheck', 'identityVerified']}
              valuePropName="checked"
              extra={t('cases.window.intake.identityVerifiedHelp')}
              rules={[tickedRule(t('cases.window.intake.identityRequired'))]}
            >
              <Checkbox>{t('cases.window.intake.identityVerified')}</Checkbox>
            </Form.Item>
            <Form.Item
              name={['precheck', 'materialsChecked']}
              valuePropName="checked"
              rules={[tickedRule(t('cases.window.intake.materialsRequired'))]}
            >
              <Checkbox>{t('cases.window.intake.materialsChecked')}</Checkbox>
            </Form.Item>
            <Form.Item
              name="consent"
              valuePropName="checked"
              rules={[tickedRule(t('cases.window.intake.consentRequired'))]}
            >
              <Checkbox>{t('cases.window.intake.consent')}</Checkbox>
            </Form.Item>
            <Form.Item
              name={['precheck', 'note']}
              label={t('cases.window.intake.note')}
              extra={t('cases.window.intake.noteHelp')}
              rules={[{ max: MAX_NOTE_LENGTH, message: t('forms.tooLong', { max: MAX_NOTE_LENGTH }) }]}
            >
              <Input.TextArea rows={3} maxLength={MAX_NOTE_LENGTH} style={{ maxWidth: 640 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" loading={submitApplication.isPending}>
              {t('cases.window.intake.submit')}
            </Button>
          </section>
        </>
      )}
    </Form>
  );
}
