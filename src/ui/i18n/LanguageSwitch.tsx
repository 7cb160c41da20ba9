// The header's language switch. Each language is named in itself (English, 中文), so a reader who cannot read
// the current language still finds their own.
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '.';
import { languages, parseLanguage, type Language } from './language';

const ownNames: Readonly<Record<Language, string>> = { en: 'English', 'zh-CN': '中文' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = parseLanguage(i18n.language) ?? 'en';
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')} data-testid="language-switch">
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          onClick={() => switchLanguage(lang)}
          data-testid={`language-${lang}`}
        >
          {ownNames[lang]}
        </button>
      ))}
    </div>
  );
}
