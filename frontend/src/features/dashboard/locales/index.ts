import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const DASHBOARD_NAMESPACE = 'dashboard'

registerNamespace(DASHBOARD_NAMESPACE, { en, ja })
