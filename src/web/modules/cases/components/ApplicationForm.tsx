import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ItemView } from '../../../../contracts/catalog.contract.js';
import type { CityView } from '../../../../contracts/directory.contract.js';
import type { FieldProblem } from '../../../shared/api/api-error.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { showServerFieldErrors } from '../../../shared/forms/server-errors.js';
import { useCityName } from '../../directory/directory.api.js';
import { useFeeLabel } from '../../catalog/catalog.labels.js';
import { useSubmitApplication } from '../cases.api.js';
import { MaterialFields } from '../materials/MaterialFields.js';
import { stillUploading, toMaterialInputs, type MaterialValues } from '../materials/material-values.js';
import { DEFAULT_MAX_FILE_MB } from '../materials/upload-file.js';
import { ApplicationFieldInput } from './ApplicationFieldInput.js';

interface Values {
  cityCode?: string;
  form?: Record<string, string | number | null | undefined>;
  materials?: MaterialValues;
}

/** Choose the deciding city, then fill that city's form for the item; server errors land on fields. */
export function ApplicationForm({ item, cities }: { item: ItemView; cities: CityView[] }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const cityName = useCityName();
  const fee = useFeeLabel();
  const submitApplication = useSubmitApplication();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const cityCode = Form.useWatch('cityCode', form);
  const implementation = item.implementations.find((impl) => impl.cityCode === cityCode);

  const submit = (values: Values) => {
    if (!implementation) return;
    setUnplaced([]);
    const materialCodes = implementation.materials.map((m) => m.key);
    const uploading = stillUploading(values.materials, materialCodes);
    if (uploading.length > 0) {
      form.setFields(
        uploading.map((code) => ({ name: ['materials', code], errors: [t('materials.waitUploading')] })),
      );
      return;
    }
    // Only the chosen city's fields are sent; values typed for another city's form are dropped.
    const answers: Record<string, string | number> = {};
    for (const field of implementation.form) {
      const value = values.form?.[field.key];
      if (typeof value === 'number') answers[field.key] = value;
      else if (typeof value === 'string' && value.trim() !== '') answers[field.key] = value.trim();
    }
    submitApplication.mutate(
      {
        itemCode: item.code,
        cityCode: implementation.cityCode,
        form: answers,
        materials: toMaterialInputs(values.materials, materialCodes),
      },
      {
        onSuccess: (detail) =>
          void navigate(`/cases/${encodeURIComponent(detail.id)}`, { state: { submitted: true } }),
        onError: (error) =>
          setUnplaced(
            showServerFieldErrors(form, error, [
              ['cityCode'],
              ...implementation.form.map((field) => ['form', field.key]),
              ...materialCodes.map((code) => ['materials', code]),
            ]),
          ),
      },
    );
  };

  return (
    <Form form={form} name="application" layout="vertical" onFinish={submit} scrollToFirstError>
      <FormErrorSummary error={submitApplication.error} unplaced={unplaced} />
      <section className="page-panel" aria-labelledby="apply-city">
        <h2 id="apply-city">{t('cases.apply.chooseCity')}</h2>
        <p>{t('cases.apply.chooseCityHelp')}</p>
        <Form.Item
          name="cityCode"
          label={t('cases.apply.decidingCity')}
          rules={[{ required: true, message: t('cases.apply.cityRequired') }]}
        >
          <Radio.Group
            aria-label={t('cases.apply.decidingCity')}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={item.implementations.map((impl) => ({
              value: impl.cityCode,
              label: `${cityName(impl.cityCode, impl.cityName)}（${impl.orgName}）`,
            }))}
          />
        </Form.Item>
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
        <section className="page-panel" aria-labelledby="apply-form">
          <h2 id="apply-form">{t('cases.apply.formTitle')}</h2>
          {implementation.form.length === 0 && <Alert type="info" title={t('cases.apply.noFields')} />}
          {implementation.form.map((field) => (
            <ApplicationFieldInput key={`${implementation.id}:${field.key}`} field={field} cities={cities} />
          ))}
          <MaterialFields
            key={`${implementation.id}:materials`}
            slots={implementation.materials.map((m) => ({ ...m, code: m.key }))}
            title={t('materials.sectionTitle')}
            intro={t('materials.sectionIntro', { maxMb: DEFAULT_MAX_FILE_MB })}
          />
          <Button type="primary" htmlType="submit" size="large" loading={submitApplication.isPending}>
            {t('cases.apply.submit')}
          </Button>
        </section>
      )}
    </Form>
  );
}
