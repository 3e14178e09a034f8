import type { Page } from 'playwright-core';
import type { FormField, ImplementationView } from '../../src/contracts/catalog.contract.js';
import type { NewCitizen } from './people.js';

/** Fills the citizen registration form (Chinese UI) and submits it. */
export async function submitCitizenRegistration(page: Page, person: NewCitizen): Promise<void> {
  await page.getByLabel('姓名', { exact: true }).fill(person.realName);
  await page.getByLabel('身份证号码', { exact: true }).fill(person.idNumber);
  await page.getByLabel('手机号码', { exact: true }).fill(person.mobile);
  await page.getByLabel('密码', { exact: true }).fill(person.password);
  await page.getByLabel('确认密码', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: '注册', exact: true }).click();
}

/** Signs in through the unified login page and waits until the header shows the account. */
export async function signIn(page: Page, baseUrl: string, account: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('账号', { exact: true }).fill(account);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '退出', exact: true }).waitFor();
}

/** Signs out from the header and waits until the sign-in link is back. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出', exact: true }).click();
  await page.getByRole('banner').getByRole('link', { name: '登录', exact: true }).waitFor();
}

// Plausible answers for the demo item's fields; any other text field gets a generic answer.
const SAMPLE_ANSWERS: Record<string, string> = {
  originCity: '资阳市',
  originCentre: '资阳市住房公积金管理中心',
  originAccount: '512000100200300',
  employer: '成都同城示范科技有限公司',
};

function sampleText(field: FormField): string {
  const text = SAMPLE_ANSWERS[field.key] ?? `浏览器测试填写的${field.label}`;
  return field.maxLength ? text.slice(0, field.maxLength) : text;
}

/** Answers every field of an implementation's form, whatever its definition says it is. */
export async function fillApplicationForm(page: Page, implementation: ImplementationView): Promise<void> {
  for (const field of implementation.form) {
    const container = page.locator(`[data-field-key="${field.key}"]`);
    switch (field.type) {
      case 'text':
      case 'textarea':
        await container.locator('input, textarea').first().fill(sampleText(field));
        break;
      case 'number':
        await container.locator('input').first().fill('1');
        break;
      case 'date':
        await container.locator('input').first().fill('2026-01-15');
        break;
      case 'select':
      case 'city': {
        const radios = container.getByRole('radio');
        if ((await radios.count()) > 0) {
          await radios.first().check();
        } else {
          await container.locator('.ant-select').click();
          await page.locator('.ant-select-item-option').first().click();
        }
        break;
      }
    }
  }
}
