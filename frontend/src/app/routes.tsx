import type { RouteObject } from 'react-router'
import { NotFound } from '@/components/errors/not-found'
import { RouteError } from '@/components/errors/route-error'
import { ForgotPasswordPage, ResetPasswordPage } from '@/features/auth/components/password-reset'
import { RequireAuth } from '@/features/auth/components/auth-guards'
import { SettingsPage } from '@/features/auth/components/settings-page'
import { CareerPage } from '@/features/career/components/career-page'
import { FitPage } from '@/features/fit/components/fit-page'
import { LearningPage } from '@/features/learning/components/learning-page'
import { MenteesPage } from '@/features/mentoring/components/mentees-page'
import { MentoringPage } from '@/features/mentoring/components/mentoring-page'
import { PostingsPage } from '@/features/postings/components/postings-page'
import { RolesPage } from '@/features/roles/components/roles-page'
import { SkillsPage } from '@/features/skills/components/skills-page'
import { TeamPage } from '@/features/teams/components/team-page'
import { TeamPrintPage } from '@/features/teams/components/print-page'
import { TeamsPage } from '@/features/teams/components/teams-page'
import { CertificationsPage } from '@/features/reminders/components/certifications-page'
import { NotificationSettingsPage } from '@/features/reminders/components/notification-settings-page'
import { ReassessmentsPage } from '@/features/reminders/components/reassessments-page'
import { UnsubscribePage } from '@/features/reminders/components/unsubscribe-page'
import { AppLayoutRoute } from './routes/app-layout-route'
import { DashboardRoute } from './routes/dashboard'
import { LoginRoute } from './routes/login'
import { MenteeRoute } from './routes/mentee'
import { PublicLayoutRoute } from './routes/public-layout-route'
import { RegisterRoute } from './routes/register'

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayoutRoute />,
        children: [
          { path: '/login', element: <LoginRoute /> },
          { path: '/register', element: <RegisterRoute /> },
          { path: '/forgot-password', element: <ForgotPasswordPage /> },
          { path: '/reset-password', element: <ResetPasswordPage /> },
          { path: '/unsubscribe/:token', element: <UnsubscribePage /> },
        ],
      },
      {
        // printable, without the app shell (still behind login)
        path: '/teams/:teamId/print',
        element: (
          <RequireAuth>
            <TeamPrintPage />
          </RequireAuth>
        ),
      },
      {
        element: <AppLayoutRoute />,
        children: [
          { index: true, element: <DashboardRoute /> },
          { path: '/skills', element: <SkillsPage /> },
          { path: '/roles', element: <RolesPage /> },
          { path: '/fit', element: <FitPage /> },
          { path: '/learning', element: <LearningPage tab="recommendations" /> },
          { path: '/learning/plan', element: <LearningPage tab="plan" /> },
          { path: '/career', element: <CareerPage /> },
          { path: '/postings', element: <PostingsPage /> },
          { path: '/mentoring', element: <MentoringPage /> },
          { path: '/mentees', element: <MenteesPage /> },
          { path: '/mentees/:menteeId', element: <MenteeRoute /> },
          { path: '/teams', element: <TeamsPage /> },
          { path: '/teams/:teamId', element: <TeamPage /> },
          { path: '/settings', element: <SettingsPage /> },
          { path: '/settings/notifications', element: <NotificationSettingsPage /> },
          { path: '/reassessments', element: <ReassessmentsPage /> },
          { path: '/certifications', element: <CertificationsPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]
