import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { creditCodeProblem, idNumberProblem, isMobileNumber } from '../../../contracts/china-ids.js';

// The same checks the server makes (src/contracts/china-ids.ts), run before sending so people
// see the reason at once; the server remains the authority and its field errors are shown too.

export function requiredRule(t: TFunction): FormRule {
  return { required: true, whitespace: true, message: t('forms.required') };
}

export function idNumberRule(t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
      if (!text) return;
      const problem = idNumberProblem(text);
      if (problem) throw new Error(t(`identity.validation.idNumber.${problem}`));
    },
  };
}

export function creditCodeRule(t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
      if (!text) return;
      const problem = creditCodeProblem(text);
      if (problem) throw new Error(t(`identity.validation.creditCode.${problem}`));
    },
  };
}

export function mobileRule(t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text && !isMobileNumber(text)) throw new Error(t('identity.validation.mobile'));
    },
  };
}

export function personNameRule(t: TFunction): FormRule {
  return { min: 2, max: 50, message: t('identity.validation.name') };
}

export function newPasswordRule(t: TFunction): FormRule {
  return { min: 10, max: 128, message: t('identity.validation.password') };
}

/** The repeated password must equal the field `passwordField`. */
export function confirmPasswordRule(t: TFunction, passwordField: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value && value !== getFieldValue(passwordField)) {
        throw new Error(t('identity.validation.passwordMismatch'));
      }
    },
  });
}
