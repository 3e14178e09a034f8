import { useId } from 'react';
import { Button, Checkbox, Form, Input, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { newsChannels, type ArticleContentInput } from '../../../../contracts/portal.contract.js';
import { RichTextEditor } from './RichTextEditor.js';

export interface ArticleFormValues {
  channel: ArticleContentInput['channel'];
  title: string;
  subtitle: string;
  summary: string;
  bodyHtml: string;
  source: string;
  author: string;
  coverImageUrl: string;
  coverImageAlt: string;
  attachments: { name: string; url: string }[];
  featured: boolean;
}

export const ARTICLE_FIELD_NAMES = [
  ['channel'],
  ['title'],
  ['subtitle'],
  ['summary'],
  ['bodyHtml'],
  ['source'],
  ['author'],
  ['coverImageUrl'],
  ['coverImageAlt'],
  ['featured'],
] as const;

export const emptyArticle: ArticleFormValues = {
  channel: 'headlines',
  title: '',
  subtitle: '',
  summary: '',
  bodyHtml: '',
  source: '同城化办公室',
  author: '',
  coverImageUrl: '',
  coverImageAlt: '',
  attachments: [],
  featured: false,
};

/** The form's values as the API takes them: an empty cover address is no cover. */
export function toContent(values: ArticleFormValues): ArticleContentInput {
  return {
    ...values,
    coverImageUrl: values.coverImageUrl.trim() || null,
    attachments: values.attachments ?? [],
  };
}

/** Every field of an article; read-only while it is in review or published. */
export function ArticleForm({
  form,
  initialValues,
  readOnly,
  onChange,
}: {
  form: FormInstance<ArticleFormValues>;
  initialValues: ArticleFormValues;
  readOnly: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const bodyLabelId = useId();
  const bodyHelpId = useId();
  const required = { required: true, whitespace: true, message: t('forms.required') };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      disabled={readOnly}
      onValuesChange={onChange}
      requiredMark
    >
      <Form.Item name="channel" label={t('news.editor.fields.channel')} rules={[required]}>
        <Select options={newsChannels.map((c) => ({ value: c, label: t(`news.channels.${c}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('news.editor.fields.title')} rules={[required, { max: 200 }]}>
        <Input maxLength={200} showCount />
      </Form.Item>
      <Form.Item
        name="subtitle"
        label={t('news.editor.fields.subtitle')}
        extra={t('news.editor.fields.subtitleHelp')}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('news.editor.fields.summary')}
        extra={t('news.editor.fields.summaryHelp')}
      >
        <Input.TextArea maxLength={500} rows={3} />
      </Form.Item>
      <Form.Item
        name="bodyHtml"
        label={<span id={bodyLabelId}>{t('news.editor.fields.body')}</span>}
        extra={<span id={bodyHelpId}>{t('news.editor.fields.bodyHelp')}</span>}
        rules={[required]}
      >
        <RichTextEditor labelId={bodyLabelId} describedBy={bodyHelpId} readOnly={readOnly} />
      </Form.Item>
      <Form.Item name="source" label={t('news.editor.fields.source')} rules={[required, { max: 60 }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="author" label={t('news.editor.fields.author')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name="coverImageUrl"
        label={t('news.editor.fields.coverImageUrl')}
        extra={t('news.editor.fields.coverImageUrlHelp')}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="coverImageAlt" label={t('news.editor.fields.coverImageAlt')}>
        <Input maxLength={200} />
      </Form.Item>
      <fieldset className="filter-group" style={{ marginBottom: 16 }}>
        <legend style={{ float: 'none', width: 'auto' }}>{t('news.editor.fields.attachments')}</legend>
        <Form.List name="attachments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <div
                  key={field.key}
                  className="attachment-row"
                  role="group"
                  aria-label={t('news.editor.fields.attachment', { n: index + 1 })}
                >
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('news.editor.fields.attachmentName')}
                    rules={[required]}
                  >
                    <Input maxLength={120} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'url']}
                    label={t('news.editor.fields.attachmentUrl')}
                    rules={[required]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                  <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                    {t('news.editor.fields.removeAttachment', { n: index + 1 })}
                  </Button>
                </div>
              ))}
              <Button onClick={() => add({ name: '', url: '' })}>
                {t('news.editor.fields.addAttachment')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
      <Form.Item name="featured" valuePropName="checked">
        <Checkbox>{t('news.editor.fields.featured')}</Checkbox>
      </Form.Item>
    </Form>
  );
}
