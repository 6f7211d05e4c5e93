import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const REMINDERS_NAMESPACE = 'reminders'

registerNamespace(REMINDERS_NAMESPACE, { en, ja })
