import type { materialsZhCN } from '../zh-CN/materials.js';

export const materialsEn: typeof materialsZhCN = {
  sectionTitle: 'Materials',
  sectionIntro:
    'Upload a scan or photo of each material listed. PDF, JPEG or PNG, at most {{maxMb}} MB per file. The type is read from the content; renaming a file does not help.',
  windowTitle: 'Scanned materials',
  windowIntro:
    'Scan each paper material the applicant hands over and upload it. PDF, JPEG or PNG, at most {{maxMb}} MB per file.',
  supplementTitle: 'Supplementary materials',
  supplementIntro:
    'Upload a file for each item of the notice (PDF, JPEG or PNG, at most {{maxMb}} MB per file); items that need no file may be left empty.',
  required: 'Required',
  conditional: 'If applicable',
  optional: 'Optional',
  condition: 'When: {{condition}}',
  replaceable: 'An electronic certificate may replace it (once the certificate service is available)',
  choose: 'Choose a file',
  chooseFor: 'Choose a file for “{{name}}”',
  requiredError: 'Upload “{{name}}”',
  waitUploading: 'A file is still uploading; wait a moment before submitting',
  removeFailed: 'A file failed to upload; remove it and choose it again',
  failed: '{{file}} failed to upload: {{message}}',
  uploading: '{{file}} is uploading ({{percent}}%)',
  uploaded: '{{file}} uploaded',
  list: {
    title: 'Materials',
    empty: 'No materials',
    material: 'Material',
    file: 'File',
    format: 'Format and size',
    source: 'Supplied as',
    when: 'Supplied with',
    action: 'Action',
    preview: 'Preview',
    previewOf: 'Preview “{{name}}” (opens in a new window)',
    upload: 'Uploaded file',
    certificate: 'Electronic certificate',
    atApplication: 'the application',
    atSupplement: 'a supplement',
  },
  types: {
    'application/pdf': 'PDF',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
  },
};
