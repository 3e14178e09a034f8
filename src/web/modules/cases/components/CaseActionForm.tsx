import { useState } from 'react';
import { Alert, Button, Form, Input, Radio, Space, type FormInstance, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseAction, CaseActionRequest, CaseDetail } from '../../../../contracts/cases.contract.js';
import { ApiError, type FieldProblem } from '../../../shared/api/api-error.js';
import { FormErrorSummary } from '../../../shared/forms/FormErrorSummary.js';
import { fieldNamePath } from '../../../shared/forms/server-errors.js';
import { useCaseAction } from '../cases.api.js';
import { MaterialFields } from '../materials/MaterialFields.js';
import { stillUploading, toMaterialInputs, type MaterialValues } from '../materials/material-values.js';
import { DEFAULT_MAX_FILE_MB } from '../materials/upload-file.js';
import { SupplementItemsEditor, MAX_SUPPLEMENT_ITEMS } from './SupplementItemsEditor.js';
import './cases.css';

type DeliveryMethod = NonNullable<CaseDetail['delivery']>['method'];

export interface ActionValues {
  reason?: string;
  items?: { name?: string; requirement?: string }[];
  method?: DeliveryMethod;
  trackingNumber?: string;
  /** 补正: the files for the items of the notice, by item-<n>. */
  materials?: MaterialValues;
}

// The limits of the request (src/contracts/cases.contract.ts), checked before sending.
const MIN_REASON_LENGTH = 4;
const MAX_REASON_LENGTH = 2000;
const DELIVERY_METHODS: DeliveryMethod[] = ['online', 'post', 'window'];

/** Refusals need a reason the applicant will read; a supplement says what was supplied. */
const REASON_REQUIRED: ReadonlySet<CaseAction> = new Set(['not_accept', 'refuse', 'supplement']);
/** Decisions that cannot be taken back once made. */
const FINAL_DECISIONS: ReadonlySet<CaseAction> = new Set(['not_accept', 'grant', 'refuse']);
export const DANGEROUS_ACTIONS: ReadonlySet<CaseAction> = new Set(['not_accept', 'refuse', 'withdraw']);

type ReasonLabel = 'not_accept' | 'refuse' | 'request_supplement' | 'supplement' | 'withdraw' | 'note';

function reasonLabelOf(action: CaseAction): ReasonLabel {
  switch (action) {
    case 'not_accept':
    case 'refuse':
    case 'request_supplement':
    case 'supplement':
    case 'withdraw':
      return action;
    default:
      return 'note';
  }
}

function toRequest(action: CaseAction, values: ActionValues): CaseActionRequest {
  const reason = values.reason?.trim();
  const request: CaseActionRequest = { action, ...(reason ? { reason } : {}) };
  if (action === 'request_supplement') {
    request.items = (values.items ?? []).map((item) => ({
      name: (item.name ?? '').trim(),
      requirement: (item.requirement ?? '').trim(),
    }));
  }
  if (action === 'supplement') {
    const materials = toMaterialInputs(values.materials, Object.keys(values.materials ?? {}));
    if (materials.length > 0) request.materials = materials;
  }
  if (action === 'deliver') {
    request.method = values.method;
    const trackingNumber = values.trackingNumber?.trim();
    if (values.method === 'post' && trackingNumber) request.trackingNumber = trackingNumber;
  }
  return request;
}

/** The fields of an action form a server problem can be shown at. */
type FieldPath =
  | ['reason']
  | ['method']
  | ['trackingNumber']
  | ['items']
  | ['items', number, 'name' | 'requirement']
  | ['materials', string];

/** Where on the form a problem the server located (`body.items.1.name`) is shown, if anywhere. */
function fieldPathOf(field: string, values: ActionValues): FieldPath | null {
  const [head, index, leaf] = fieldNamePath(field);
  switch (head) {
    case 'reason':
    case 'method':
      return [head];
    case 'trackingNumber':
      return values.method === 'post' ? [head] : null;
    case 'items': {
      if (!values.items) return null;
      const row = index !== undefined && /^\d+$/.test(index) ? Number(index) : -1;
      return values.items[row] && (leaf === 'name' || leaf === 'requirement')
        ? ['items', row, leaf]
        : ['items'];
    }
    case 'materials':
      // The client sends only the items it shows, so a problem at one of them has a field.
      return index !== undefined && /^item-\d+$/.test(index) ? ['materials', index] : null;
    default:
      return null;
  }
}

/**
 * Shows the server's field errors at the fields on screen: body.reason, body.method,
 * body.trackingNumber, body.items.<n>.name|requirement, and body.items for the list as a whole.
 * Returns the paths it placed, and the problems no field could show.
 */
function placeServerErrors(
  form: FormInstance<ActionValues>,
  error: unknown,
): { placed: FieldPath[]; unplaced: FieldProblem[] } {
  if (!(error instanceof ApiError)) return { placed: [], unplaced: [] };
  const values = form.getFieldsValue(true) as ActionValues;
  const byPath = new Map<string, { name: FieldPath; errors: string[] }>();
  const unplaced: FieldProblem[] = [];
  for (const problem of error.fieldProblems) {
    const name = fieldPathOf(problem.field, values);
    if (!name) {
      unplaced.push(problem);
      continue;
    }
    const key = name.join('.');
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(problem.message);
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()]);
  return { placed: [...byPath.values()].map((entry) => entry.name), unplaced };
}

/**
 * The form for one action on a case: the reason or note, and what the action needs besides —
 * the complete 补正 list, or how the result is delivered. Checks what it can before sending and
 * shows the server's field errors at their fields.
 */
export function CaseActionForm({
  detail,
  action,
  onDone,
  onCancel,
}: {
  detail: CaseDetail;
  action: CaseAction;
  onDone: (action: CaseAction) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActionValues>();
  const runAction = useCaseAction(detail.id);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const method = Form.useWatch('method', form);
  const reasonLabel = reasonLabelOf(action);
  const reasonRequired = REASON_REQUIRED.has(action);
  const formName = `case-action-${action}`;
  // 补正 during review stops the clock; before acceptance it has not started.
  const pausesClock =
    action === 'request_supplement' && (detail.status === 'accepted' || detail.status === 'under_review');

  const reasonRules: FormRule[] = [
    { max: MAX_REASON_LENGTH, message: t('forms.tooLong', { max: MAX_REASON_LENGTH }) },
  ];
  if (action === 'supplement') {
    reasonRules.unshift({
      required: true,
      whitespace: true,
      message: t('cases.actions.supplementNoteRequired'),
    });
  } else if (reasonRequired) {
    reasonRules.unshift({
      validator: async (_rule, value: unknown) => {
        const text = typeof value === 'string' ? value.trim() : '';
        if (text.length < MIN_REASON_LENGTH) {
          throw new Error(t('cases.actions.reasonRequired', { min: MIN_REASON_LENGTH }));
        }
      },
    });
  }

  const reasonHelp =
    action === 'supplement'
      ? t('cases.actions.supplementNoteHelp')
      : reasonRequired
        ? t('cases.actions.reasonHelp', { min: MIN_REASON_LENGTH })
        : t('cases.actions.noteHelp');

  const submit = (values: ActionValues) => {
    setUnplaced([]);
    const uploading = stillUploading(values.materials, Object.keys(values.materials ?? {}));
    if (uploading.length > 0) {
      form.setFields(
        uploading.map((code) => ({ name: ['materials', code], errors: [t('materials.waitUploading')] })),
      );
      return;
    }
    runAction.mutate(toRequest(action, values), {
      onSuccess: () => {
        form.resetFields();
        onDone(action);
      },
      onError: (error) => {
        const { placed, unplaced: rest } = placeServerErrors(form, error);
        setUnplaced(rest);
        const first = placed[0];
        if (first) setTimeout(() => form.focusField(first));
      },
    });
  };

  return (
    <Form<ActionValues>
      form={form}
      name={formName}
      layout="vertical"
      onFinish={submit}
      scrollToFirstError={{ focus: true }}
      initialValues={action === 'request_supplement' ? { items: [{ name: '', requirement: '' }] } : {}}
      className="case-action-form"
      data-action={action}
    >
      <FormErrorSummary error={runAction.error} unplaced={unplaced} />
      {action === 'withdraw' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('cases.actions.withdrawWarning')}
        />
      )}
      {FINAL_DECISIONS.has(action) && (
        <p className="case-action-hint">{t('cases.actions.decisionWarning')}</p>
      )}
      {action === 'request_supplement' && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('cases.actions.items.onceTitle')}
            description={t('cases.actions.items.onceText')}
          />
          {pausesClock && <p className="case-action-hint">{t('cases.actions.items.pausesClock')}</p>}
          <SupplementItemsEditor form={form} max={MAX_SUPPLEMENT_ITEMS} />
        </>
      )}
      {action === 'supplement' && detail.pendingSupplement && (
        <MaterialFields
          slots={detail.pendingSupplement.items.map((item, i) => ({
            code: `item-${i + 1}`,
            name: item.name,
            requirement: 'optional',
            note: item.requirement,
          }))}
          title={t('materials.supplementTitle')}
          intro={t('materials.supplementIntro', { maxMb: DEFAULT_MAX_FILE_MB })}
        />
      )}
      {action === 'deliver' && (
        <>
          <Form.Item
            name="method"
            label={t('cases.actions.delivery.method')}
            rules={[{ required: true, message: t('cases.actions.delivery.methodRequired') }]}
          >
            <Radio.Group
              aria-label={t('cases.actions.delivery.method')}
              options={DELIVERY_METHODS.map((m) => ({ value: m, label: t(`cases.delivery.methods.${m}`) }))}
            />
          </Form.Item>
          {method === 'post' && (
            <Form.Item
              name="trackingNumber"
              label={t('cases.actions.delivery.trackingNumber')}
              extra={t('cases.actions.delivery.trackingHelp')}
              rules={[
                { required: true, whitespace: true, message: t('cases.actions.delivery.trackingRequired') },
              ]}
            >
              <Input maxLength={40} autoComplete="off" spellCheck={false} style={{ maxWidth: 360 }} />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item
        name="reason"
        label={t(`cases.actions.reasonLabel.${reasonLabel}`)}
        extra={reasonHelp}
        required={reasonRequired}
        rules={reasonRules}
      >
        <Input.TextArea
          rows={action === 'supplement' ? 4 : 3}
          maxLength={MAX_REASON_LENGTH}
          style={{ maxWidth: 640 }}
        />
      </Form.Item>
      <Space wrap>
        <Button
          type="primary"
          htmlType="submit"
          danger={DANGEROUS_ACTIONS.has(action)}
          loading={runAction.isPending}
        >
          {t(`cases.actions.confirm.${action}`)}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabled={runAction.isPending}>
            {t('cases.actions.cancel')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
