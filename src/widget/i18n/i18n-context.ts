import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../../../app/translations/en.json';
import { createTranslator, type Translate } from './translate';

export const english: Translate = createTranslator(en, en, 'en');

export const I18n = createContext<Translate>(english);

export const useT = (): Translate => useContext(I18n);
