import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImplementationView } from '../../../../contracts/catalog.contract.js';
import { ApiError } from '../../../shared/api/api-error.js';
import { useCityName } from '../../directory/directory.api.js';
import { useDepartments, useDraftActions } from '../catalog-admin.api.js';
import { CITY_CODES } from '../catalog.filters.js';
import { useCatalogLabel } from '../catalog.labels.js';
import {
  placeProblems,
  toDraftBody,
  toDraftValues,
  type DraftValues,
  type NamePath,
  type PlacedProblem,
} from './draft-form.js';
import '../components/catalog.css';

const FORM_NAME = 'draft';
const REQUIREMENTS = ['required', 'conditional', 'optional'] as const;
const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy', 'electronic'] as const;
const FIELD_TYPES = ['text', 'textarea', 'select', 'date', 'number', 'city'] as const;
const DELIVERY = ['online', 'post', 'window'] as const;
const LICENCES = [
  'resident_id_card',
  'household_register',
  'residence_permit',
  'marriage_certificate',
  'real_estate_certificate',
  'social_security_card',
  'insurance_certificate',
  'business_license',
  'driving_licence',
  'vehicle_licence',
  'construction_planning_permit',
] as const;
const MATERIAL_KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const FIELD_KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;
const FEE = /^\d{1,8}(\.\d{1,2})?$/;

/** True while the control a path names is still in the form (entries can be removed). */
function pathExists(values: DraftValues, path: NamePath): boolean {
  let node: unknown = values;
  for (const part of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  return typeof node === 'object' && node !== null;
}

/** Sets the errors of controls named by paths built at run time (the typed name union cannot know them). */
function setErrors(form: FormInstance<DraftValues>, entries: { name: NamePath; errors: string[] }[]): void {
  (form as FormInstance).setFields(entries);
}

/** A key not yet used in the list: material3, field5… */
function freshKey(prefix: string, used: (string | undefined)[]): string {
  for (let n = used.length + 1; ; n += 1) {
    const key = `${prefix}${n}`;
    if (!used.includes(key)) return key;
  }
}

/** The errors of a whole list (e.g. a choice field without options), in the error colour and words. */
function ListErrors({ errors }: { errors: ReactNode[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="field-error list-errors">
      <Form.ErrorList errors={errors} />
    </div>
  );
}

/**
 * Moves focus to the control a problem names; a list (materials, options) or a group of check
 * boxes has no control of its own, so its container (or its first input) takes the focus.
 */
function focusProblem(form: FormInstance<DraftValues>, path: NamePath): void {
  form.scrollToField(path, { block: 'center' });
  form.focusField(path);
  const id = `${FORM_NAME}_${path.join('_')}`;
  const target = document.getElementById(id);
  if (!target || target.contains(document.activeElement)) return;
  const input = target.matches('input, textarea, button')
    ? target
    : target.querySelector<HTMLElement>('input, textarea, button');
  const focusable = input ?? target;
  if (!input && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  focusable.focus();
}

/** Names a control for the error summary: "材料 2 · 材料名称". */
function usePathLabel() {
  const { t } = useTranslation();
  const top: Record<string, string> = {
    orgId: t('catalog.admin.org'),
    statutoryDays: t('catalog.admin.statutoryDays'),
    promisedDays: t('catalog.admin.promisedDays'),
    feeYuan: t('catalog.admin.fee'),
    instant: t('catalog.admin.instant'),
    delivery: t('catalog.admin.delivery'),
    offSiteCityCodes: t('catalog.admin.offSite'),
    materials: t('catalog.admin.materials'),
    form: t('catalog.admin.formFields'),
  };
  const material: Record<string, string> = {
    key: t('catalog.admin.key'),
    name: t('catalog.admin.materialName'),
    requirement: t('catalog.admin.requirement'),
    condition: t('catalog.admin.condition'),
    form: t('catalog.admin.materialForm'),
    copies: t('catalog.admin.copies'),
    replaceableBy: t('catalog.admin.replaceableBy'),
    note: t('catalog.admin.note'),
  };
  const field: Record<string, string> = {
    key: t('catalog.admin.key'),
    label: t('catalog.admin.fieldLabel'),
    labelEn: t('catalog.admin.fieldLabelEn'),
    type: t('catalog.admin.fieldType'),
    required: t('catalog.admin.fieldRequired'),
    maxLength: t('catalog.admin.maxLength'),
    help: t('catalog.admin.help'),
  };
  const option: Record<string, string> = {
    value: t('catalog.admin.optionValue'),
    label: t('catalog.admin.optionLabel'),
    labelEn: t('catalog.admin.optionLabelEn'),
  };
  return (path: NamePath): string => {
    const [name, i, sub, j, optionField] = path;
    if (typeof i !== 'number') return top[String(name)] ?? String(name);
    const n = i + 1;
    if (name === 'materials') return `${t('catalog.admin.material', { n })} · ${material[String(sub)] ?? ''}`;
    if (sub === 'options') {
      const options = t('catalog.admin.options', { n });
      if (typeof j !== 'number') return options;
      return `${options} · ${t('catalog.admin.option', { n: j + 1 })} · ${option[String(optionField)] ?? ''}`;
    }
    return `${t('catalog.admin.field', { n })} · ${field[String(sub)] ?? ''}`;
  };
}

/** Every problem of the last save, each a link to its control; focused when it appears. */
function ProblemSummary({
  error,
  problems,
  form,
  summaryRef,
}: {
  error: unknown;
  problems: PlacedProblem[];
  form: FormInstance<DraftValues>;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const pathLabel = usePathLabel();
  if (!error) return null;
  const title = error instanceof ApiError ? error.title : t('errors.unexpected');
  return (
    <div ref={summaryRef} tabIndex={-1} className="problem-summary" style={{ marginBottom: 16 }}>
      <Alert
        type="error"
        showIcon
        title={title}
        description={
          problems.length > 0 ? (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((problem, index) => (
                <li key={`${problem.field}:${problem.code}:${index}`}>
                  {problem.path ? (
                    <a
                      href={`#${FORM_NAME}_${problem.path.join('_')}`}
                      onClick={(event) => {
                        event.preventDefault();
                        if (problem.path) focusProblem(form, problem.path);
                      }}
                    >
                      {pathLabel(problem.path)}
                      {t('catalog.admin.problemSeparator')}
                      {problem.message}
                    </a>
                  ) : (
                    problem.message
                  )}
                </li>
              ))}
            </ul>
          ) : undefined
        }
      />
    </div>
  );
}

function MaterialsEditor({ form }: { form: FormInstance<DraftValues> }) {
  const { t } = useTranslation();
  const label = useCatalogLabel();
  return (
    <section className="editor-section" id={`${FORM_NAME}_materials`} aria-labelledby="editor-materials">
      <h3 id="editor-materials">{t('catalog.admin.materials')}</h3>
      <Form.List name="materials">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <MaterialEntry
                key={field.key}
                form={form}
                name={field.name}
                index={index}
                onRemove={() => remove(field.name)}
                requirementOptions={REQUIREMENTS.map((r) => ({ value: r, label: label('requirements', r) }))}
                formOptions={MATERIAL_FORMS.map((f) => ({ value: f, label: label('materialForms', f) }))}
                licenceOptions={LICENCES.map((l) => ({ value: l, label: label('licences', l) }))}
              />
            ))}
            <ListErrors errors={errors} />
            <Button
              style={{ marginTop: 12 }}
              onClick={() => {
                const used =
                  (form.getFieldValue('materials') as DraftValues['materials'])?.map((m) => m.key) ?? [];
                add({
                  key: freshKey('material', used),
                  requirement: 'required',
                  form: 'original',
                  copies: 1,
                });
                const index = fields.length;
                setTimeout(() => form.focusField(['materials', index, 'name']));
              }}
            >
              {t('catalog.admin.addMaterial')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
}

function MaterialEntry({
  form,
  name,
  index,
  onRemove,
  requirementOptions,
  formOptions,
  licenceOptions,
}: {
  form: FormInstance<DraftValues>;
  name: number;
  index: number;
  onRemove: () => void;
  requirementOptions: { value: string; label: string }[];
  formOptions: { value: string; label: string }[];
  licenceOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const n = index + 1;
  const title = Form.useWatch(['materials', name, 'name'], form);
  const requirement = Form.useWatch(['materials', name, 'requirement'], form);
  return (
    <div className="editor-entry" data-material-index={index}>
      <h4>
        {t('catalog.admin.material', { n })}
        {title ? `：${title}` : ''}
      </h4>
      <div className="editor-row">
        <Form.Item
          name={[name, 'name']}
          label={t('catalog.admin.materialName')}
          rules={[{ required: true, whitespace: true, message: t('forms.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name={[name, 'key']}
          label={t('catalog.admin.key')}
          extra={t('catalog.admin.keyHelp')}
          rules={[
            { required: true, message: t('forms.required') },
            { pattern: MATERIAL_KEY, message: t('catalog.admin.keyHelp') },
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
      </div>
      <div className="editor-row">
        <Form.Item name={[name, 'requirement']} label={t('catalog.admin.requirement')}>
          <Select options={requirementOptions} />
        </Form.Item>
        <Form.Item name={[name, 'form']} label={t('catalog.admin.materialForm')}>
          <Select options={formOptions} />
        </Form.Item>
        <Form.Item name={[name, 'copies']} label={t('catalog.admin.copies')}>
          <InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      {requirement === 'conditional' && (
        <Form.Item
          name={[name, 'condition']}
          label={t('catalog.admin.condition')}
          extra={t('catalog.admin.conditionHelp')}
          rules={[{ required: true, whitespace: true, message: t('forms.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      <div className="editor-row">
        <Form.Item name={[name, 'replaceableBy']} label={t('catalog.admin.replaceableBy')}>
          <Select allowClear options={licenceOptions} placeholder={t('common.none')} />
        </Form.Item>
        <Form.Item name={[name, 'note']} label={t('catalog.admin.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <Button danger onClick={onRemove}>
        {t('catalog.admin.removeMaterial', { n })}
      </Button>
    </div>
  );
}

function FormFieldsEditor({ form }: { form: FormInstance<DraftValues> }) {
  const { t } = useTranslation();
  return (
    <section className="editor-section" id={`${FORM_NAME}_form`} aria-labelledby="editor-fields">
      <h3 id="editor-fields">{t('catalog.admin.formFields')}</h3>
      <Form.List name="form">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <FieldEntry
                key={field.key}
                form={form}
                name={field.name}
                index={index}
                onRemove={() => remove(field.name)}
              />
            ))}
            <ListErrors errors={errors} />
            <Button
              style={{ marginTop: 12 }}
              onClick={() => {
                const used = (form.getFieldValue('form') as DraftValues['form'])?.map((f) => f.key) ?? [];
                add({ key: freshKey('field', used), type: 'text', required: false });
                const index = fields.length;
                setTimeout(() => form.focusField(['form', index, 'label']));
              }}
            >
              {t('catalog.admin.addField')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
}

function FieldEntry({
  form,
  name,
  index,
  onRemove,
}: {
  form: FormInstance<DraftValues>;
  name: number;
  index: number;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const label = useCatalogLabel();
  const n = index + 1;
  const title = Form.useWatch(['form', name, 'label'], form);
  const type = Form.useWatch(['form', name, 'type'], form);
  return (
    <div className="editor-entry" data-field-index={index}>
      <h4>
        {t('catalog.admin.field', { n })}
        {title ? `：${title}` : ''}
      </h4>
      <div className="editor-row">
        <Form.Item
          name={[name, 'label']}
          label={t('catalog.admin.fieldLabel')}
          rules={[{ required: true, whitespace: true, message: t('forms.required') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name={[name, 'labelEn']}
          label={t('catalog.admin.fieldLabelEn')}
          rules={[{ required: true, whitespace: true, message: t('forms.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </div>
      <div className="editor-row">
        <Form.Item
          name={[name, 'key']}
          label={t('catalog.admin.key')}
          extra={t('catalog.admin.keyHelp')}
          rules={[
            { required: true, message: t('forms.required') },
            { pattern: FIELD_KEY, message: t('catalog.admin.keyHelp') },
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name={[name, 'type']} label={t('catalog.admin.fieldType')}>
          <Select options={FIELD_TYPES.map((ft) => ({ value: ft, label: label('fieldTypes', ft) }))} />
        </Form.Item>
        <Form.Item name={[name, 'maxLength']} label={t('catalog.admin.maxLength')}>
          <InputNumber min={1} max={2000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name={[name, 'required']} valuePropName="checked">
        <Checkbox>{t('catalog.admin.fieldRequired')}</Checkbox>
      </Form.Item>
      <Form.Item name={[name, 'help']} label={t('catalog.admin.help')}>
        <Input maxLength={200} />
      </Form.Item>
      {type === 'select' && <OptionsEditor form={form} fieldName={name} fieldNumber={n} />}
      <Button danger onClick={onRemove}>
        {t('catalog.admin.removeField', { n })}
      </Button>
    </div>
  );
}

function OptionsEditor({
  form,
  fieldName,
  fieldNumber,
}: {
  form: FormInstance<DraftValues>;
  fieldName: number;
  fieldNumber: number;
}) {
  const { t } = useTranslation();
  return (
    <fieldset
      className="editor-section"
      id={`${FORM_NAME}_form_${fieldName}_options`}
      data-options-of={fieldNumber}
    >
      <legend>{t('catalog.admin.options', { n: fieldNumber })}</legend>
      <Form.List name={[fieldName, 'options']}>
        {(options, { add, remove }, { errors }) => (
          <>
            {options.map((option, index) => (
              <div
                key={option.key}
                className="option-row"
                role="group"
                aria-label={t('catalog.admin.option', { n: index + 1 })}
              >
                <Form.Item
                  name={[option.name, 'value']}
                  label={t('catalog.admin.optionValue')}
                  rules={[{ required: true, whitespace: true, message: t('forms.required') }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
                <Form.Item
                  name={[option.name, 'label']}
                  label={t('catalog.admin.optionLabel')}
                  rules={[{ required: true, whitespace: true, message: t('forms.required') }]}
                >
                  <Input maxLength={60} />
                </Form.Item>
                <Form.Item
                  name={[option.name, 'labelEn']}
                  label={t('catalog.admin.optionLabelEn')}
                  rules={[{ required: true, whitespace: true, message: t('forms.required') }]}
                >
                  <Input maxLength={100} />
                </Form.Item>
                <Button danger onClick={() => remove(option.name)} style={{ marginTop: 30 }}>
                  {t('catalog.admin.removeOption', { field: fieldNumber, n: index + 1 })}
                </Button>
              </div>
            ))}
            <ListErrors errors={errors} />
            <Button
              onClick={() => {
                add({});
                const index = options.length;
                setTimeout(() => form.focusField(['form', fieldName, 'options', index, 'value']));
              }}
            >
              {t('catalog.admin.addOption', { n: fieldNumber })}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

/**
 * The city administrator's editor of a draft: department, time limits, fee, 即办, materials,
 * form fields with their options, delivery and off-site cities; save, publish, discard. The
 * server's field errors appear at their controls and in a summary above.
 */
export function DraftEditor({
  code,
  cityCode,
  draft,
  published,
  onStatus,
}: {
  code: string;
  cityCode: string;
  draft: ImplementationView | undefined;
  published: ImplementationView | undefined;
  onStatus: (message: string) => void;
}) {
  const { t } = useTranslation();
  const label = useCatalogLabel();
  const cityName = useCityName();
  const [form] = Form.useForm<DraftValues>();
  const [modal, modalContext] = Modal.useModal();
  const departments = useDepartments(cityCode);
  const { save, publish, discard } = useDraftActions(code, cityCode);
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<PlacedProblem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const otherCities = CITY_CODES.filter((c) => c !== cityCode);
  const [initialValues] = useState(() => toDraftValues(draft ?? published, otherCities));
  const busy = save.isPending || publish.isPending || discard.isPending;

  // Controls showing the last round's server errors: cleared before the next round is shown.
  const placedPaths = useRef<NamePath[]>([]);
  const clearPlaced = () => {
    const values = form.getFieldsValue(true) as DraftValues;
    setErrors(
      form,
      placedPaths.current
        .filter((path) => pathExists(values, path))
        .map((path) => ({ name: path, errors: [] })),
    );
    placedPaths.current = [];
  };

  const showFailure = (error: unknown) => {
    clearPlaced();
    const values = form.getFieldsValue(true) as DraftValues;
    const placed = placeProblems(error, values);
    const byPath = new Map<string, { name: NamePath; errors: string[] }>();
    for (const problem of placed) {
      if (!problem.path) continue;
      const id = problem.path.join('.');
      const entry = byPath.get(id) ?? { name: problem.path, errors: [] };
      entry.errors.push(problem.message);
      byPath.set(id, entry);
    }
    setErrors(form, [...byPath.values()]);
    placedPaths.current = [...byPath.values()].map((entry) => entry.name);
    setProblems(placed);
    setFailure(error);
    setTimeout(() => summaryRef.current?.focus());
  };

  const clearFailure = () => {
    clearPlaced();
    setProblems([]);
    setFailure(null);
  };

  /** Saves what is on screen; resolves to false when the server refused it. */
  const saveDraft = async (): Promise<boolean> => {
    try {
      await form.validateFields();
    } catch {
      return false;
    }
    try {
      const saved = await save.mutateAsync(toDraftBody(form.getFieldsValue(true) as DraftValues));
      clearFailure();
      setDirty(false);
      onStatus(t('catalog.admin.saved', { version: saved.version }));
      return true;
    } catch (error) {
      showFailure(error);
      return false;
    }
  };

  const publishDraft = async () => {
    if (dirty && !(await saveDraft())) return;
    try {
      const done = await publish.mutateAsync();
      clearFailure();
      onStatus(t('catalog.admin.publishedDone', { version: done.version }));
    } catch (error) {
      showFailure(error);
    }
  };

  const discardDraft = () => {
    void modal.confirm({
      title: t('catalog.admin.discardConfirmTitle'),
      content: t('catalog.admin.discardConfirm'),
      okText: t('catalog.admin.discard'),
      okButtonProps: { danger: true },
      cancelText: t('catalog.admin.cancel'),
      onOk: async () => {
        try {
          await discard.mutateAsync();
          form.resetFields();
          form.setFieldsValue(toDraftValues(published, otherCities));
          clearFailure();
          setDirty(false);
          onStatus(t('catalog.admin.discarded'));
        } catch (error) {
          showFailure(error);
        }
      },
    });
  };

  return (
    <Form<DraftValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={() => setDirty(true)}
      onFinish={() => void saveDraft()}
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      {modalContext}
      <ProblemSummary error={failure} problems={problems} form={form} summaryRef={summaryRef} />
      <p>{draft ? t('catalog.admin.editorFromDraft') : t('catalog.admin.editorFromPublished')}</p>

      <section className="editor-section" aria-labelledby="editor-basics">
        <h3 id="editor-basics">{t('catalog.admin.basics')}</h3>
        <Form.Item
          name="orgId"
          label={t('catalog.admin.org')}
          rules={[{ required: true, message: t('forms.required') }]}
        >
          <Select
            loading={departments.isPending}
            placeholder={t('forms.choose')}
            options={(departments.data ?? []).map((org) => ({ value: org.id, label: org.name }))}
            style={{ maxWidth: 480 }}
          />
        </Form.Item>
        <div className="editor-row">
          <Form.Item
            name="statutoryDays"
            label={t('catalog.admin.statutoryDays')}
            rules={[{ required: true, message: t('forms.required') }]}
          >
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="promisedDays"
            label={t('catalog.admin.promisedDays')}
            extra={t('catalog.admin.promisedHelp')}
            rules={[{ required: true, message: t('forms.required') }]}
          >
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="feeYuan"
            label={t('catalog.admin.fee')}
            extra={t('catalog.admin.feeHelp')}
            rules={[
              { required: true, whitespace: true, message: t('forms.required') },
              { pattern: FEE, message: t('catalog.admin.feeHelp') },
            ]}
          >
            <Input inputMode="decimal" maxLength={11} />
          </Form.Item>
        </div>
        <Form.Item name="instant" valuePropName="checked">
          <Checkbox>{t('catalog.admin.instant')}</Checkbox>
        </Form.Item>
      </section>

      <MaterialsEditor form={form} />
      <FormFieldsEditor form={form} />

      <section className="editor-section" aria-labelledby="editor-delivery">
        <h3 id="editor-delivery">{t('catalog.admin.delivery')}</h3>
        <Form.Item
          name="delivery"
          rules={[
            // A validator rather than `required`: antd would put aria-required on the group, which ARIA forbids.
            {
              validator: (_, value: unknown) =>
                Array.isArray(value) && value.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('catalog.admin.deliveryRequired'))),
            },
          ]}
        >
          <Checkbox.Group
            role="group"
            aria-labelledby="editor-delivery"
            options={DELIVERY.map((d) => ({ value: d, label: label('delivery', d) }))}
          />
        </Form.Item>
      </section>
      <section className="editor-section" aria-labelledby="editor-offsite">
        <h3 id="editor-offsite">{t('catalog.admin.offSite')}</h3>
        <Form.Item name="offSiteCityCodes">
          <Checkbox.Group
            role="group"
            aria-labelledby="editor-offsite"
            options={otherCities.map((c) => ({ value: c, label: cityName(c) }))}
          />
        </Form.Item>
      </section>

      <div className="editor-actions">
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={busy && !save.isPending}>
          {t('catalog.admin.save')}
        </Button>
        <Button
          onClick={() => void publishDraft()}
          loading={publish.isPending}
          disabled={(!draft && !dirty) || (busy && !publish.isPending)}
        >
          {t('catalog.admin.publish')}
        </Button>
        {draft && (
          <Button danger onClick={discardDraft} disabled={busy}>
            {t('catalog.admin.discard')}
          </Button>
        )}
        {dirty && <span>{t('catalog.admin.unsaved')}</span>}
      </div>
    </Form>
  );
}
