import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const ROLES_NAMESPACE = 'roles'

registerNamespace(ROLES_NAMESPACE, { en, ja })
