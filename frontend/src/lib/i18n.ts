import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import commonEn from '@/locales/en/common.json'
import commonJa from '@/locales/ja/common.json'

export const LANGUAGES = ['ja', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** Where an anonymous visitor's language choice is remembered. */
export const LANGUAGE_STORAGE_KEY = 'skillgap.lang'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(stored) ? stored : null
  } catch {
    return null
  }
}

/** localStorage first, then the browser: Japanese if navigator.language starts with "ja", else English. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage()
  if (stored) return stored
  const browser = typeof navigator !== 'undefined' ? navigator.language : ''
  return browser?.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en'
}

/** Switches the UI language and remembers it in this browser. */
export async function applyLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // storage may be unavailable (private mode); the language still changes for this page
  }
  if (i18n.language !== language) {
    await i18n.changeLanguage(language)
  }
}

export type NamespaceResources = Record<Language, Record<string, unknown>>

/** Each feature registers its own namespace (see src/features/<feature>/locales/index.ts). */
export function registerNamespace(namespace: string, resources: NamespaceResources): void {
  for (const language of LANGUAGES) {
    i18n.addResourceBundle(language, namespace, resources[language], true, true)
  }
}

function syncDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language
  }
}

i18n.on('languageChanged', syncDocumentLanguage)

void i18n.use(initReactI18next).init({
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  ns: ['common'],
  resources: {
    en: { common: commonEn },
    ja: { common: commonJa },
  },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

syncDocumentLanguage(i18n.language)

export { i18n }
