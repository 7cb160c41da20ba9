// Lesson texts are data in both languages (src/lessons); the panel shows the one the page speaks.
import { useTranslation } from 'react-i18next';
import type { LessonText } from '../../lessons';
import { parseLanguage } from '../i18n/language';

/** A function that picks a lesson text in the page's language. */
export function useLessonText(): (text: LessonText) => string {
  const { i18n } = useTranslation();
  const lang = parseLanguage(i18n.language) ?? 'en';
  return (text) => text[lang];
}
