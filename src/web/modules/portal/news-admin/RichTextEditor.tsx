import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import './news-admin.css';

interface Props {
  /** Id of the element naming the editor (its label). */
  labelId: string;
  /** Id of the help text. */
  describedBy?: string;
  value?: string;
  onChange?: (html: string) => void;
  readOnly?: boolean;
}

function ToolButton({
  label,
  pressed,
  disabled,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="rte-button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the selection in the text while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The small form under the tool bar for a link's or an image's address. */
function InsertForm({
  editor,
  kind,
  onDone,
}: {
  editor: Editor;
  kind: 'link' | 'image';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const urlId = useId();
  const altId = useId();
  const [url, setUrl] = useState(() =>
    kind === 'link' ? String(editor.getAttributes('link').href ?? '') : '',
  );
  const [alt, setAlt] = useState('');
  const apply = () => {
    const address = url.trim();
    if (kind === 'link') {
      if (address) editor.chain().focus().extendMarkRange('link').setLink({ href: address }).run();
      else editor.chain().focus().extendMarkRange('link').unsetLink().run();
    } else if (address) {
      editor.chain().focus().setImage({ src: address, alt: alt.trim() }).run();
    }
    onDone();
  };
  return (
    <div
      className="rte-insert"
      role="group"
      aria-label={t(kind === 'link' ? 'news.editor.toolbar.link' : 'news.editor.toolbar.image')}
    >
      <label htmlFor={urlId}>
        {t(kind === 'link' ? 'news.editor.toolbar.linkUrl' : 'news.editor.toolbar.imageUrl')}
      </label>
      <Input id={urlId} value={url} onChange={(e) => setUrl(e.target.value)} onPressEnter={apply} autoFocus />
      {kind === 'image' && (
        <>
          <label htmlFor={altId}>{t('news.editor.toolbar.imageAlt')}</label>
          <Input id={altId} value={alt} onChange={(e) => setAlt(e.target.value)} onPressEnter={apply} />
        </>
      )}
      <div className="rte-insert-actions">
        <Button type="primary" onClick={apply}>
          {t('news.editor.toolbar.apply')}
        </Button>
        <Button onClick={onDone}>{t('news.editor.toolbar.cancel')}</Button>
      </div>
    </div>
  );
}

/**
 * The article body's editor: TipTap (ProseMirror) with a labelled tool bar of real buttons.
 * It produces the HTML the server's sanitiser keeps (headings, lists, quotes, links, images),
 * so what the editor shows is what the site will show.
 */
export function RichTextEditor({ labelId, describedBy, value = '', onChange, readOnly = false }: Props) {
  const { t } = useTranslation();
  const [inserting, setInserting] = useState<'link' | 'image' | null>(null);
  // The form hears of real edits only: setting up the editor or loading a value is not one.
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ['mailto', 'tel'] },
      }),
      Image,
    ],
    content: value,
    editable: !readOnly,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        class: 'rte-content',
      },
    },
    onUpdate: ({ editor: current }) => {
      const html = current.isEmpty ? '' : current.getHTML();
      if (html !== latest.current) onChange?.(html);
    },
  });

  // A value from outside (a revision loaded into the form) replaces the text being edited.
  useEffect(() => {
    if (!editor) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      quote: e?.isActive('blockquote') ?? false,
      link: e?.isActive('link') ?? false,
      canUndo: e?.can().undo() ?? false,
      canRedo: e?.can().redo() ?? false,
    }),
  });

  const run = (command: (e: Editor) => void) => () => {
    if (editor) command(editor);
  };
  return (
    <div className={`rte${readOnly ? ' rte-readonly' : ''}`}>
      {!readOnly && editor && (
        <div className="rte-toolbar" role="toolbar" aria-label={t('news.editor.toolbar.label')}>
          <ToolButton
            label={t('news.editor.toolbar.bold')}
            pressed={state?.bold}
            onClick={run((e) => e.chain().focus().toggleBold().run())}
          >
            <strong>B</strong>
          </ToolButton>
          <ToolButton
            label={t('news.editor.toolbar.italic')}
            pressed={state?.italic}
            onClick={run((e) => e.chain().focus().toggleItalic().run())}
          >
            <em>I</em>
          </ToolButton>
          <ToolButton
            label={t('news.editor.toolbar.heading2')}
            pressed={state?.h2}
            onClick={run((e) => e.chain().focus().toggleHeading({ level: 2 }).run())}
          >
            H2
          </ToolButton>
          <ToolButton
            label={t('news.editor.toolbar.heading3')}
            pressed={state?.h3}
            onClick={run((e) => e.chain().focus().toggleHeading({ level: 3 }).run())}
          >
            H3
          </ToolButton>
          <ToolButton
            label={t('news.editor.toolbar.bulletList')}
            pressed={state?.bullet}
            onClick={run((e) => e.chain().focus().toggleBulletList().run())}
          >
            • —
          </ToolButton>
          <ToolButton
            label={t('news.editor.toolbar.orderedList')}
            pressed={state?.ordered}
            onClick={run((e) => e.chain().focus().toggleOrderedList().run())}
          >
            1. —
          </ToolButton>
          <ToolButton
            label={t('news.editor.toolbar.blockquote')}
            pressed={state?.quote}
            onClick={run((e) => e.chain().focus().toggleBlockquote().run())}
          >
            “ ”
          </ToolButton>
          <ToolButton
            label={t('news.editor.toolbar.link')}
            pressed={state?.link}
            onClick={() => setInserting('link')}
          >
            {t('news.editor.toolbar.link')}
          </ToolButton>
          <ToolButton label={t('news.editor.toolbar.image')} onClick={() => setInserting('image')}>
            {t('news.editor.toolbar.image')}
          </ToolButton>
          <ToolButton
            label={t('news.editor.toolbar.undo')}
            disabled={!state?.canUndo}
            onClick={run((e) => e.chain().focus().undo().run())}
          >
            ↶
          </ToolButton>
          <ToolButton
            label={t('news.editor.toolbar.redo')}
            disabled={!state?.canRedo}
            onClick={run((e) => e.chain().focus().redo().run())}
          >
            ↷
          </ToolButton>
        </div>
      )}
      {inserting && editor && (
        <InsertForm editor={editor} kind={inserting} onDone={() => setInserting(null)} />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
