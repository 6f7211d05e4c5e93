import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const NOTIFICATIONS_NAMESPACE = 'notifications'

registerNamespace(NOTIFICATIONS_NAMESPACE, { en, ja })
