import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from '../../../../contracts/catalog.contract.js';
import type { CityView } from '../../../../contracts/directory.contract.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';

// Up to this many choices are shown as radio buttons (all visible, one click); more use a select.
const MAX_RADIO_OPTIONS = 5;

/** One field of an implementation's application form, rendered from its definition. */
export function ApplicationFieldInput({ field, cities }: { field: FormField; cities: CityView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = language === 'en' ? field.labelEn : field.label;

  const options =
    field.type === 'city'
      ? cities.map((c) => ({ value: c.code, label: language === 'en' ? c.nameEn : c.name }))
      : (field.options ?? []).map((o) => ({
          value: o.value,
          label: language === 'en' ? o.labelEn : o.label,
        }));

  const control = (() => {
    switch (field.type) {
      case 'textarea':
        return (
          <Input.TextArea
            rows={4}
            maxLength={field.maxLength}
            showCount={Boolean(field.maxLength)}
            style={{ maxWidth: 800 }}
          />
        );
      case 'number':
        return <InputNumber style={{ width: '100%', maxWidth: 320 }} />;
      case 'date':
        return <Input type="date" style={{ maxWidth: 320 }} />;
      case 'select':
      case 'city':
        return options.length <= MAX_RADIO_OPTIONS ? (
          <Radio.Group options={options} aria-label={label} />
        ) : (
          <Select options={options} style={{ maxWidth: 420 }} placeholder={t('forms.choose')} />
        );
      default:
        return <Input maxLength={field.maxLength} style={{ maxWidth: 640 }} />;
    }
  })();

  const isText = field.type === 'text' || field.type === 'textarea';
  return (
    // The data attributes let the browser tests fill any implementation's form generically.
    <div data-field-key={field.key} data-field-type={field.type}>
      <Form.Item
        name={['form', field.key]}
        label={label}
        extra={field.help}
        rules={[
          { required: field.required, whitespace: isText, message: t('forms.required') },
          ...(isText && field.maxLength
            ? [{ max: field.maxLength, message: t('forms.tooLong', { max: field.maxLength }) }]
            : []),
        ]}
      >
        {control}
      </Form.Item>
    </div>
  );
}
