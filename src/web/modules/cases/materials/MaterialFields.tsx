import { Form, type FormRule } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MaterialUpload } from './MaterialUpload.js';
import type { MaterialFile, MaterialSlotView } from './material-values.js';
import './materials.css';

/**
 * One upload per material listed, under `materials.<code>` of the form: its name and whether it
 * is required, when it applies, and the files. A required material needs one uploaded file; a
 * failed upload must be removed before sending. Server problems land at the same names.
 */
export function MaterialFields({
  slots,
  title,
  intro,
}: {
  slots: MaterialSlotView[];
  title: string;
  intro: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  if (slots.length === 0) return null;
  return (
    <div className="material-fields" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="material-fields-intro">{intro}</p>
      {slots.map((slot) => {
        const rule: FormRule = {
          validator: async (_rule, files: MaterialFile[] | undefined) => {
            const list = files ?? [];
            if (list.some((file) => file.status === 'error')) throw new Error(t('materials.removeFailed'));
            const present = list.some((file) => file.status === 'done' || file.status === 'uploading');
            if (slot.requirement === 'required' && !present)
              throw new Error(t('materials.requiredError', { name: slot.name }));
          },
        };
        const extra = [
          slot.condition ? t('materials.condition', { condition: slot.condition }) : null,
          slot.note ?? null,
          slot.replaceableBy ? t('materials.replaceable') : null,
        ].filter(Boolean);
        return (
          <div key={slot.code} className="material-field" data-material-code={slot.code}>
            <Form.Item
              name={['materials', slot.code]}
              label={
                <span>
                  {slot.name}
                  <span className="material-requirement">（{t(`materials.${slot.requirement}`)}）</span>
                </span>
              }
              required={slot.requirement === 'required'}
              extra={extra.length > 0 ? extra.join('；') : undefined}
              rules={[rule]}
            >
              <MaterialUpload name={slot.name} />
            </Form.Item>
          </div>
        );
      })}
    </div>
  );
}
