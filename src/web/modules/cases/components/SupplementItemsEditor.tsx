import { Button, Form, Input, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionValues } from './CaseActionForm.js';

// The limits of a 补正 list (supplementItemSchema in src/contracts/cases.contract.ts).
export const MAX_SUPPLEMENT_ITEMS = 30;
const MAX_NAME_LENGTH = 100;
const MAX_REQUIREMENT_LENGTH = 500;

/**
 * The 一次性告知 list: one row per missing material or matter, each with what exactly is needed.
 * At least one row; rows are added and removed, and focus follows.
 */
export function SupplementItemsEditor({
  form,
  max = MAX_SUPPLEMENT_ITEMS,
}: {
  form: FormInstance<ActionValues>;
  max?: number;
}) {
  const { t } = useTranslation();
  return (
    <Form.List
      name="items"
      rules={[
        {
          validator: async (_rule, rows: unknown[] | undefined) => {
            if (!rows || rows.length === 0) throw new Error(t('cases.actions.items.atLeastOne'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div className="supplement-editor" role="group" aria-labelledby="supplement-editor-title">
          <h4 id="supplement-editor-title" className="supplement-editor-title">
            {t('cases.actions.items.title')}
          </h4>
          {fields.map((field, index) => (
            <fieldset key={field.key} className="supplement-row" data-supplement-row={index}>
              <legend>{t('cases.actions.items.row', { n: index + 1 })}</legend>
              <Form.Item
                name={[field.name, 'name']}
                label={t('cases.supplement.itemName')}
                rules={[
                  { required: true, whitespace: true, message: t('cases.actions.items.nameRequired') },
                  { max: MAX_NAME_LENGTH, message: t('forms.tooLong', { max: MAX_NAME_LENGTH }) },
                ]}
              >
                <Input
                  maxLength={MAX_NAME_LENGTH}
                  placeholder={t('cases.actions.items.namePlaceholder')}
                  style={{ maxWidth: 420 }}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'requirement']}
                label={t('cases.supplement.requirement')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('cases.actions.items.requirementRequired'),
                  },
                  {
                    max: MAX_REQUIREMENT_LENGTH,
                    message: t('forms.tooLong', { max: MAX_REQUIREMENT_LENGTH }),
                  },
                ]}
              >
                <Input.TextArea
                  rows={2}
                  maxLength={MAX_REQUIREMENT_LENGTH}
                  placeholder={t('cases.actions.items.requirementPlaceholder')}
                  style={{ maxWidth: 640 }}
                />
              </Form.Item>
              <Button
                size="small"
                disabled={fields.length <= 1}
                onClick={() => {
                  remove(field.name);
                  const next = Math.min(index, fields.length - 2);
                  setTimeout(() => form.focusField(['items', next, 'name']));
                }}
              >
                {t('cases.actions.items.remove')}
                <span className="visually-hidden">{t('cases.actions.items.row', { n: index + 1 })}</span>
              </Button>
            </fieldset>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            onClick={() => {
              add({ name: '', requirement: '' });
              const index = fields.length;
              setTimeout(() => form.focusField(['items', index, 'name']));
            }}
            disabled={fields.length >= max}
          >
            {t('cases.actions.items.add')}
          </Button>
          {fields.length >= max && (
            <p className="case-action-hint">{t('cases.actions.items.limit', { max })}</p>
          )}
        </div>
      )}
    </Form.List>
  );
}
