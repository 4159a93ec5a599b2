/** Short, natural placeholders for identifiers whose detector does not suggest a replacement. */
import type { Lang } from '../../src/data/site.ts';
import type { Kind } from './types.ts';

export const PLACEHOLDERS: Record<Lang, Record<Kind, string>> = {
  uk: {
    name: "[ім'я]", phone: '[номер телефону]', email: '[електронна пошта]', url: '[посилання]', handle: '[акаунт]',
    passport: '[номер документа]', 'tax-number': '[податковий номер]', card: '[номер картки]', iban: '[рахунок]',
    badge: '[номер жетона]', plate: '[номерний знак]', address: '[адреса]', venue: '[назва закладу]',
    number: '[номер]', date: '[дата]', age: '[вік]', place: '[населений пункт]',
  },
  ru: {
    name: '[имя]', phone: '[номер телефона]', email: '[электронная почта]', url: '[ссылка]', handle: '[аккаунт]',
    passport: '[номер документа]', 'tax-number': '[налоговый номер]', card: '[номер карты]', iban: '[счёт]',
    badge: '[номер жетона]', plate: '[номерной знак]', address: '[адрес]', venue: '[название заведения]',
    number: '[номер]', date: '[дата]', age: '[возраст]', place: '[населённый пункт]',
  },
  en: {
    name: '[name]', phone: '[phone number]', email: '[email]', url: '[link]', handle: '[account]',
    passport: '[document number]', 'tax-number': '[tax number]', card: '[card number]', iban: '[bank account]',
    badge: '[badge number]', plate: '[licence plate]', address: '[address]', venue: '[venue name]',
    number: '[number]', date: '[date]', age: '[age]', place: '[town]',
  },
};
