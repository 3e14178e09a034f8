import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { ImplementationView } from '../../src/contracts/catalog.contract.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Small real files for the upload fields: a one-page PDF scan, a PNG photo, text named .pdf. */
export const materialFiles = {
  pdf: fixture('id-card-scan.pdf'),
  png: fixture('id-card-photo.png'),
  textNamedPdf: fixture('not-really.pdf'),
};

/** The upload field of one material (by its code: id_card, or item-1 of a 补正). */
export const materialField = (page: Page, code: string) => page.locator(`[data-material-code="${code}"]`);

/** Chooses files for one material and waits until the page shows them all stored. */
export async function attachMaterial(page: Page, code: string, ...files: string[]): Promise<void> {
  const field = materialField(page, code);
  const done = field.locator('.ant-upload-list-item-done');
  const before = await done.count();
  await field.locator('input[type="file"]').setInputFiles(files);
  await done.nth(before + files.length - 1).waitFor();
}

/** Uploads the PDF fixture for every required material of the implementation. */
export async function attachRequiredMaterials(page: Page, implementation: ImplementationView): Promise<void> {
  for (const material of implementation.materials.filter((m) => m.requirement === 'required'))
    await attachMaterial(page, material.key, materialFiles.pdf);
}
