package dev.skillgap.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.ProblemDetails;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestClient;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may call which route: one row per route of the API, checked against the routes
 * Spring MVC really serves, so that a new route without a row (or a row for a route that
 * is gone) fails the build.
 */
@IntegrationTest
class RouteMatrixIntegrationTests {

	/**
	 * Every route of the API: every {@code /api} pattern and method of Spring MVC's
	 * request mappings, plus {@link #FILTER_ROUTES}. Each caller column gives the status
	 * that caller gets: {@code anonymous} (no session), {@code self} (a logged-in learner
	 * on their own data; on a mentoring row, the mentee), and, for the routes about
	 * another person, the people around a mentee ({@link Relations}): {@code invited} (a
	 * pending mentor), {@code mentor} (active), {@code former} (the mentorship ended),
	 * {@code unrelated} and {@code admin} (not related to the mentee). {@code -} in those
	 * columns: the route serves only the caller's own data, where every logged-in caller
	 * is "self". {@code no CSRF}: the status of a state-changing request without the
	 * {@code X-XSRF-TOKEN} header, for every caller ({@code -} for GET, which needs no
	 * token and is sent without one). Add a caller column (team lead...) with an entry in
	 * {@link #callers}.
	 */
	static final String ROUTES = """
			method | route                                                    | anonymous | self | invited | mentor | former | unrelated | admin | no CSRF
			POST   | /api/auth/register                                       | 201       | 201  | -       | -      | -      | -         | -     | 403
			POST   | /api/auth/login                                          | 200       | 200  | -       | -      | -      | -         | -     | 403
			POST   | /api/auth/logout                                         | 204       | 204  | -       | -      | -      | -         | -     | 403
			GET    | /api/auth/me                                             | 401       | 200  | -       | -      | -      | -         | -     | -
			PATCH  | /api/auth/me                                             | 401       | 200  | -       | -      | -      | -         | -     | 403
			POST   | /api/auth/me/password                                    | 401       | 200  | -       | -      | -      | -         | -     | 403
			POST   | /api/auth/me/deletion                                    | 401       | 204  | -       | -      | -      | -         | -     | 403
			GET    | /api/auth/csrf                                           | 200       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/auth/password-reset                                 | 200       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/auth/password-reset                                 | 202       | 202  | -       | -      | -      | -         | -     | 403
			POST   | /api/auth/password-reset/confirm                         | 400       | 400  | -       | -      | -      | -         | -     | 403
			GET    | /api/skills                                              | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/skills/categories                                   | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/skills/scale                                        | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/skills                                           | 401       | 200  | -       | -      | -      | -         | -     | -
			PUT    | /api/me/skills/{skillCode}                               | 401       | 200  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/skills/history                                   | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/skills/{skillCode}/history                       | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/roles                                               | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/roles/{code}                                        | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/roles/article                                       | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/fit                                              | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/fit/{roleCode}                                   | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/fit/explanation                                  | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/fit/what-if                                      | 401       | 200  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/fit/history                                      | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/learning/items                                      | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/learning/items/{code}                               | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/recommendations                                  | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/plan                                             | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/plan                                             | 401       | 201  | -       | -      | -      | -         | -     | 403
			PUT    | /api/me/plan/order                                       | 401       | 200  | -       | -      | -      | -         | -     | 403
			PATCH  | /api/me/plan/{itemCode}                                  | 401       | 200  | -       | -      | -      | -         | -     | 403
			DELETE | /api/me/plan/{itemCode}                                  | 401       | 204  | -       | -      | -      | -         | -     | 403
			POST   | /api/me/plan/{itemCode}/hours                            | 401       | 200  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/plan/{itemCode}/proposed-levels                  | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/plan/{itemCode}/apply-levels                     | 401       | 200  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/goal                                             | 401       | 204  | -       | -      | -      | -         | -     | -
			PUT    | /api/me/goal                                             | 401       | 200  | -       | -      | -      | -         | -     | 403
			DELETE | /api/me/goal                                             | 401       | 204  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/career                                           | 401       | 200  | -       | -      | -      | -         | -     | -
			PUT    | /api/me/career/current                                   | 401       | 200  | -       | -      | -      | -         | -     | 403
			POST   | /api/postings/analyze                                    | 401       | 200  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/postings                                         | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/postings                                         | 401       | 201  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/postings/{id}                                    | 401       | 200  | -       | -      | -      | -         | -     | -
			DELETE | /api/me/postings/{id}                                    | 401       | 204  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/postings/{id}/history                            | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/postings/compare                                 | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/export                                           | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/export/csv                                       | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/notifications                                    | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/notifications/unread-count                       | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/notifications/{id}/read                          | 401       | 204  | -       | -      | -      | -         | -     | 403
			POST   | /api/me/notifications/read-all                           | 401       | 204  | -       | -      | -      | -         | -     | 403
			POST   | /api/me/mentors                                          | 401       | 201  | -       | -      | -      | -         | -     | 403
			GET    | /api/mentorships                                         | 401       | 200  | 200     | 200    | 200    | 200       | 200   | -
			POST   | /api/mentorships/{id}/accept                             | 401       | 404  | 200     | 409    | 404    | 404       | 404   | 403
			POST   | /api/mentorships/{id}/decline                            | 401       | 404  | 200     | 409    | 404    | 404       | 404   | 403
			DELETE | /api/mentorships/{id}                                    | 401       | 204  | 204     | 204    | 404    | 404       | 404   | 403
			GET    | /api/mentees                                             | 401       | 200  | 200     | 200    | 200    | 200       | 200   | -
			GET    | /api/mentees/{menteeId}                                  | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/skills                           | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/skills/history                   | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/skills/{skillCode}/history       | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/fit                              | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/fit/{roleCode}                   | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/fit/explanation                  | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/fit/history                      | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/plan                             | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/goal                             | 401       | 404  | 404     | 204    | 404    | 404       | 404   | -
			GET    | /api/mentees/{menteeId}/recommendations                  | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			POST   | /api/mentees/{menteeId}/validations                      | 401       | 404  | 404     | 201    | 404    | 404       | 404   | 403
			GET    | /api/mentees/{menteeId}/review-requests                  | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			POST   | /api/mentees/{menteeId}/review-requests/{requestId}/done | 401       | 404  | 404     | 200    | 404    | 404       | 404   | 403
			GET    | /api/mentees/{menteeId}/reviews                          | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			POST   | /api/mentees/{menteeId}/reviews                          | 401       | 404  | 404     | 201    | 404    | 404       | 404   | 403
			PATCH  | /api/mentees/{menteeId}/reviews/{reviewId}               | 401       | 404  | 404     | 200    | 404    | 404       | 404   | 403
			GET    | /api/mentees/{menteeId}/reviews/{reviewId}/edits         | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			POST   | /api/mentees/{menteeId}/reviews/{reviewId}/replies       | 401       | 404  | 404     | 201    | 404    | 404       | 404   | 403
			GET    | /api/mentees/{menteeId}/suggestions                      | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			POST   | /api/mentees/{menteeId}/suggestions                      | 401       | 404  | 404     | 201    | 404    | 404       | 404   | 403
			GET    | /api/mentor/calibration                                  | 401       | 200  | 200     | 200    | 200    | 200       | 200   | -
			GET    | /api/me/review-requests                                  | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/review-requests                                  | 401       | 201  | -       | -      | -      | -         | -     | 403
			DELETE | /api/me/review-requests/{requestId}                      | 401       | 204  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/reviews                                          | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/reviews/{reviewId}/replies                       | 401       | 201  | -       | -      | -      | -         | -     | 403
			PATCH  | /api/me/reviews/{reviewId}                               | 401       | 200  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/reviews/{reviewId}/edits                         | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/calibration                                      | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/me/audit                                            | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/plan/suggestions/{suggestionId}/accept           | 401       | 200  | -       | -      | -      | -         | -     | 403
			POST   | /api/me/plan/suggestions/{suggestionId}/decline          | 401       | 200  | -       | -      | -      | -         | -     | 403
			GET    | /api/me/certifications                                   | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/certifications                                   | 401       | 201  | -       | -      | -      | -         | -     | 403
			DELETE | /api/me/certifications/{id}                              | 401       | 204  | -       | -      | -      | -         | -     | 403
			GET    | /api/certifications/catalog                              | 401       | 200  | -       | -      | -      | -         | -     | -
			GET    | /api/mentees/{menteeId}/certifications                   | 401       | 404  | 404     | 200    | 404    | 404       | 404   | -
			GET    | /api/me/reassessments                                    | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/skills/{skillCode}/confirm                       | 401       | 200  | -       | -      | -      | -         | -     | 403
			GET    | /api/admin/reassessment-cycle                            | 401       | 403  | -       | -      | -      | -         | 200   | -
			PUT    | /api/admin/reassessment-cycle                            | 401       | 403  | -       | -      | -      | -         | 200   | 403
			DELETE | /api/admin/reassessment-cycle                            | 401       | 403  | -       | -      | -      | -         | 204   | 403
			GET    | /api/me/notification-preferences                         | 401       | 200  | -       | -      | -      | -         | -     | -
			PUT    | /api/me/notification-preferences                         | 401       | 200  | -       | -      | -      | -         | -     | 403
			GET    | /api/unsubscribe/{token}                                 | 404       | 404  | -       | -      | -      | -         | -     | -
			POST   | /api/unsubscribe/{token}                                 | 404       | 404  | -       | -      | -      | -         | -     | 404
			GET    | /api/me/calendar-feed                                    | 401       | 200  | -       | -      | -      | -         | -     | -
			POST   | /api/me/calendar-feed                                    | 401       | 201  | -       | -      | -      | -         | -     | 403
			DELETE | /api/me/calendar-feed                                    | 401       | 204  | -       | -      | -      | -         | -     | 403
			GET    | /api/calendar/{token}                                    | 404       | 404  | -       | -      | -      | -         | -     | -
			""";

	/**
	 * Every route about teams, with the people around a team ({@link TeamPeople}) as
	 * caller columns: {@code lead} (an active lead), {@code member} (an active member),
	 * {@code invited} (invited, not answered), {@code former} (joined and left),
	 * {@code outsider} and {@code admin} (on no team of theirs). Lead-only routes: member
	 * 403, invited/former/outsider/admin 404; lead-and-member routes: member 2xx too. A
	 * GET row's callers share one team; every other row gives each caller a new team, so
	 * that a lead deleting it does not decide what a member gets. Paths use
	 * {@link #TEAM_EXAMPLES} ({@code <team>}, {@code <member>} the active member's
	 * account id, {@code <lead>}, {@code <invitation>} the pending invitation of
	 * {@code invited}), bodies {@link #TEAM_BODIES}. A route is in this table or in
	 * {@link #ROUTES}, never both.
	 */
	static final String TEAM_ROUTES = """
			method | route                                                    | anonymous | lead | member | invited | former | outsider | admin | no CSRF
			POST   | /api/teams                                               | 401       | 201  | 201    | 201     | 201    | 201      | 201   | 403
			GET    | /api/teams                                               | 401       | 200  | 200    | 200     | 200    | 200      | 200   | -
			GET    | /api/teams/{teamId}                                      | 401       | 200  | 200    | 404     | 404    | 404      | 404   | -
			PATCH  | /api/teams/{teamId}                                      | 401       | 200  | 403    | 404     | 404    | 404      | 404   | 403
			DELETE | /api/teams/{teamId}                                      | 401       | 204  | 403    | 404     | 404    | 404      | 404   | 403
			POST   | /api/teams/{teamId}/invitations                          | 401       | 201  | 403    | 404     | 404    | 404      | 404   | 403
			DELETE | /api/teams/{teamId}/invitations/{invitationId}           | 401       | 204  | 403    | 404     | 404    | 404      | 404   | 403
			DELETE | /api/teams/{teamId}/members/{memberId}                   | 401       | 204  | 204    | 404     | 404    | 404      | 404   | 403
			PUT    | /api/teams/{teamId}/members/{memberId}/role              | 401       | 200  | 403    | 404     | 404    | 404      | 404   | 403
			PUT    | /api/teams/{teamId}/members/{memberId}/target-role       | 401       | 200  | 200    | 404     | 404    | 404      | 404   | 403
			GET    | /api/teams/{teamId}/targets                              | 401       | 200  | 200    | 404     | 404    | 404      | 404   | -
			PUT    | /api/teams/{teamId}/targets                              | 401       | 200  | 403    | 404     | 404    | 404      | 404   | 403
			GET    | /api/me/team-invitations                                 | 401       | 200  | 200    | 200     | 200    | 200      | 200   | -
			POST   | /api/me/team-invitations/{invitationId}/accept           | 401       | 404  | 404    | 200     | 404    | 404      | 404   | 403
			POST   | /api/me/team-invitations/{invitationId}/decline          | 401       | 404  | 404    | 204     | 404    | 404      | 404   | 403
			GET    | /api/teams/{teamId}/training-plan                        | 401       | 200  | 403    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/training-plan.csv                    | 401       | 200  | 403    | 404     | 404    | 404      | 404   | -
			POST   | /api/teams/{teamId}/suggestions                          | 401       | 201  | 403    | 404     | 404    | 404      | 404   | 403
			GET    | /api/teams/{teamId}/plan-progress                        | 401       | 200  | 403    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/hiring-brief                         | 401       | 200  | 403    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/progress                             | 401       | 200  | 200    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/heatmap                              | 401       | 200  | 403    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/heatmap.csv                          | 401       | 200  | 403    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/aggregate                            | 401       | 200  | 200    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/coverage                             | 401       | 200  | 200    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/coverage.csv                         | 401       | 200  | 200    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/stale                                | 401       | 200  | 403    | 404     | 404    | 404      | 404   | -
			POST   | /api/teams/{teamId}/reassessment-requests                | 401       | 201  | 403    | 404     | 404    | 404      | 404   | 403
			GET    | /api/teams/{teamId}/reassessment-cycle                   | 401       | 204  | 204    | 404     | 404    | 404      | 404   | -
			PUT    | /api/teams/{teamId}/reassessment-cycle                   | 401       | 200  | 403    | 404     | 404    | 404      | 404   | 403
			DELETE | /api/teams/{teamId}/reassessment-cycle                   | 401       | 204  | 403    | 404     | 404    | 404      | 404   | 403
			GET    | /api/teams/{teamId}/reassessments                        | 401       | 200  | 403    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/certifications                       | 401       | 200  | 403    | 404     | 404    | 404      | 404   | -
			GET    | /api/teams/{teamId}/webhook                              | 401       | 204  | 403    | 404     | 404    | 404      | 404   | -
			PUT    | /api/teams/{teamId}/webhook                              | 401       | 200  | 403    | 404     | 404    | 404      | 404   | 403
			DELETE | /api/teams/{teamId}/webhook                              | 401       | 204  | 403    | 404     | 404    | 404      | 404   | 403
			""";

	/**
	 * The path to request for a team route, with the placeholders of
	 * {@link TeamPeople.TeamFixture}.
	 */
	static final Map<String, String> TEAM_EXAMPLES = Map.ofEntries(
			Map.entry("/api/teams/{teamId}", "/api/teams/<team>"),
			Map.entry("/api/teams/{teamId}/invitations", "/api/teams/<team>/invitations"),
			Map.entry("/api/teams/{teamId}/invitations/{invitationId}", "/api/teams/<team>/invitations/<invitation>"),
			Map.entry("/api/teams/{teamId}/members/{memberId}", "/api/teams/<team>/members/<member>"),
			Map.entry("/api/teams/{teamId}/members/{memberId}/role", "/api/teams/<team>/members/<member>/role"),
			Map.entry("/api/teams/{teamId}/members/{memberId}/target-role",
					"/api/teams/<team>/members/<member>/target-role"),
			Map.entry("/api/teams/{teamId}/targets", "/api/teams/<team>/targets"),
			Map.entry("/api/teams/{teamId}/training-plan", "/api/teams/<team>/training-plan"),
			Map.entry("/api/teams/{teamId}/training-plan.csv", "/api/teams/<team>/training-plan.csv"),
			Map.entry("/api/teams/{teamId}/suggestions", "/api/teams/<team>/suggestions"),
			Map.entry("/api/teams/{teamId}/plan-progress", "/api/teams/<team>/plan-progress"),
			Map.entry("/api/teams/{teamId}/hiring-brief", "/api/teams/<team>/hiring-brief"),
			Map.entry("/api/teams/{teamId}/progress", "/api/teams/<team>/progress"),
			Map.entry("/api/teams/{teamId}/heatmap", "/api/teams/<team>/heatmap"),
			Map.entry("/api/teams/{teamId}/heatmap.csv", "/api/teams/<team>/heatmap.csv"),
			Map.entry("/api/teams/{teamId}/aggregate", "/api/teams/<team>/aggregate"),
			Map.entry("/api/teams/{teamId}/coverage", "/api/teams/<team>/coverage"),
			Map.entry("/api/teams/{teamId}/coverage.csv", "/api/teams/<team>/coverage.csv"),
			Map.entry("/api/teams/{teamId}/stale", "/api/teams/<team>/stale"),
			Map.entry("/api/teams/{teamId}/reassessment-requests", "/api/teams/<team>/reassessment-requests"),
			Map.entry("/api/teams/{teamId}/reassessment-cycle", "/api/teams/<team>/reassessment-cycle"),
			Map.entry("/api/teams/{teamId}/reassessments", "/api/teams/<team>/reassessments"),
			Map.entry("/api/teams/{teamId}/certifications", "/api/teams/<team>/certifications"),
			Map.entry("/api/teams/{teamId}/webhook", "/api/teams/<team>/webhook"),
			Map.entry("/api/me/team-invitations/{invitationId}/accept", "/api/me/team-invitations/<invitation>/accept"),
			Map.entry("/api/me/team-invitations/{invitationId}/decline",
					"/api/me/team-invitations/<invitation>/decline"));

	/** Request bodies of team routes; routes not listed are sent without a body. */
	static final Map<String, Function<TeamPeople.TeamFixture, String>> TEAM_BODIES = Map.ofEntries(
			Map.entry("POST /api/teams", (t) -> Json.object("name", "Matrix team")),
			Map.entry("PATCH /api/teams/{teamId}", (t) -> Json.object("name", "Renamed matrix team")),
			Map.entry("POST /api/teams/{teamId}/reassessment-requests", (t) -> "{}"),
			Map.entry("PUT /api/teams/{teamId}/reassessment-cycle", (t) -> Json.object("months", 6)),
			// a receiver on loopback (accepted in tests); connecting sends nothing
			Map.entry("PUT /api/teams/{teamId}/webhook",
					(t) -> Json.object("url", "http://127.0.0.1:9/hooks/matrix", "kind", "slack")),
			Map.entry("POST /api/teams/{teamId}/invitations",
					(t) -> Json.object("email", TestAccounts.uniqueEmail("team-invitee"))),
			Map.entry("PUT /api/teams/{teamId}/members/{memberId}/role", (t) -> Json.object("role", "lead")),
			Map.entry("PUT /api/teams/{teamId}/targets",
					(t) -> Json.object("roleMix", List.of(Map.of("roleCode", "server-engineer", "headcount", 2)),
							"coverage",
							List.of(Map.of("skillCode", "linux-administration", "targetLevel", 3, "required", 2)))),
			Map.entry("PUT /api/teams/{teamId}/members/{memberId}/target-role",
					(t) -> Json.object("roleCode", "server-engineer")),
			Map.entry("POST /api/teams/{teamId}/suggestions",
					(t) -> Json.object("itemCode", "lpic-2", "memberIds", List.of(t.member().toString()))));

	/**
	 * What a team route needs in its team before the request (a stale assessment, a role
	 * mix...), by route; runs once per fixture team, straight on the database.
	 */
	static final Map<String, TeamSetup> TEAM_SETUPS = Map.of();

	/**
	 * Routes of {@link #ROUTES} that the security filter chain answers, not Spring MVC.
	 */
	static final Set<String> FILTER_ROUTES = Set.of("POST /api/auth/logout");

	/**
	 * In an example path: a posting the caller saved (a random id for a caller without a
	 * session, who is refused before it is looked up).
	 */
	static final String POSTING = "{posting}";

	/**
	 * In an example path: one of the caller's notifications (an id of nobody's for a
	 * caller without a session).
	 */
	static final String NOTIFICATION = "{notification}";

	/**
	 * In an example path: a certification the caller recorded (a random id for a caller
	 * without a session).
	 */
	static final String CERTIFICATION = "{certification}";

	/**
	 * The path to request for a route with variables or required parameters.
	 * {@value #POSTING} stands for a posting the caller saved first,
	 * {@value #NOTIFICATION} for a notification of theirs.
	 */
	static final Map<String, String> EXAMPLES = Map.ofEntries(
			Map.entry("/api/me/skills/{skillCode}", "/api/me/skills/linux-administration"),
			Map.entry("/api/me/skills/{skillCode}/history", "/api/me/skills/linux-administration/history"),
			Map.entry("/api/roles/{code}", "/api/roles/server-engineer"),
			Map.entry("/api/roles/article", "/api/roles/article?lines=26-27"),
			Map.entry("/api/me/fit/{roleCode}", "/api/me/fit/server-engineer"),
			Map.entry("/api/learning/items/{code}", "/api/learning/items/lpic-1"),
			Map.entry("/api/me/plan/{itemCode}", "/api/me/plan/lpic-1"),
			Map.entry("/api/me/plan/{itemCode}/hours", "/api/me/plan/lpic-1/hours"),
			Map.entry("/api/me/plan/{itemCode}/proposed-levels", "/api/me/plan/lpic-1/proposed-levels"),
			Map.entry("/api/me/plan/{itemCode}/apply-levels", "/api/me/plan/lpic-1/apply-levels"),
			Map.entry("/api/me/postings/{id}", "/api/me/postings/" + POSTING),
			Map.entry("/api/me/postings/{id}/history", "/api/me/postings/" + POSTING + "/history"),
			Map.entry("/api/me/postings/compare", "/api/me/postings/compare?ids=" + POSTING),
			Map.entry("/api/me/notifications/{id}/read", "/api/me/notifications/" + NOTIFICATION + "/read"),
			Map.entry("/api/mentorships/{id}/accept", "/api/mentorships/<mentorship>/accept"),
			Map.entry("/api/mentorships/{id}/decline", "/api/mentorships/<mentorship>/decline"),
			Map.entry("/api/mentorships/{id}", "/api/mentorships/<mentorship>"),
			Map.entry("/api/mentees/{menteeId}", "/api/mentees/<mentee>"),
			Map.entry("/api/mentees/{menteeId}/skills", "/api/mentees/<mentee>/skills"),
			Map.entry("/api/mentees/{menteeId}/skills/history", "/api/mentees/<mentee>/skills/history"),
			Map.entry("/api/mentees/{menteeId}/skills/{skillCode}/history",
					"/api/mentees/<mentee>/skills/linux-administration/history"),
			Map.entry("/api/mentees/{menteeId}/fit", "/api/mentees/<mentee>/fit"),
			Map.entry("/api/mentees/{menteeId}/fit/{roleCode}", "/api/mentees/<mentee>/fit/server-engineer"),
			Map.entry("/api/mentees/{menteeId}/fit/explanation", "/api/mentees/<mentee>/fit/explanation"),
			Map.entry("/api/mentees/{menteeId}/fit/history", "/api/mentees/<mentee>/fit/history"),
			Map.entry("/api/mentees/{menteeId}/plan", "/api/mentees/<mentee>/plan"),
			Map.entry("/api/mentees/{menteeId}/goal", "/api/mentees/<mentee>/goal"),
			Map.entry("/api/mentees/{menteeId}/recommendations", "/api/mentees/<mentee>/recommendations"),
			Map.entry("/api/mentees/{menteeId}/validations", "/api/mentees/<mentee>/validations"),
			Map.entry("/api/mentees/{menteeId}/review-requests", "/api/mentees/<mentee>/review-requests"),
			Map.entry("/api/mentees/{menteeId}/review-requests/{requestId}/done",
					"/api/mentees/<mentee>/review-requests/<request>/done"),
			Map.entry("/api/mentees/{menteeId}/reviews", "/api/mentees/<mentee>/reviews"),
			Map.entry("/api/mentees/{menteeId}/reviews/{reviewId}", "/api/mentees/<mentee>/reviews/<review>"),
			Map.entry("/api/mentees/{menteeId}/reviews/{reviewId}/edits",
					"/api/mentees/<mentee>/reviews/<review>/edits"),
			Map.entry("/api/mentees/{menteeId}/reviews/{reviewId}/replies",
					"/api/mentees/<mentee>/reviews/<review>/replies"),
			Map.entry("/api/mentees/{menteeId}/suggestions", "/api/mentees/<mentee>/suggestions"),
			Map.entry("/api/me/review-requests/{requestId}", "/api/me/review-requests/<request>"),
			Map.entry("/api/me/reviews/{reviewId}", "/api/me/reviews/<reply>"),
			Map.entry("/api/me/reviews/{reviewId}/edits", "/api/me/reviews/<review>/edits"),
			Map.entry("/api/me/reviews/{reviewId}/replies", "/api/me/reviews/<review>/replies"),
			Map.entry("/api/me/plan/suggestions/{suggestionId}/accept", "/api/me/plan/suggestions/<suggestion>/accept"),
			Map.entry("/api/me/plan/suggestions/{suggestionId}/decline",
					"/api/me/plan/suggestions/<suggestion>/decline"),
			Map.entry("/api/me/certifications/{id}", "/api/me/certifications/" + CERTIFICATION),
			Map.entry("/api/mentees/{menteeId}/certifications", "/api/mentees/<mentee>/certifications"),
			Map.entry("/api/me/skills/{skillCode}/confirm", "/api/me/skills/linux-administration/confirm"),
			// a token nobody signed: the route is public, the token guards it
			Map.entry("/api/unsubscribe/{token}", "/api/unsubscribe/bm90LWEtdG9rZW4.c2lnbmF0dXJl"),
			Map.entry("/api/calendar/{token}", "/api/calendar/not-a-token.ics"));

	/** A short job posting for the postings routes. */
	static final String POSTING_TEXT = "サーバーエンジニア募集\n【必須スキル】Linuxサーバーの構築経験3年以上、Nginx";

	/** Request bodies by route; routes not listed are sent without a body. */
	static final Map<String, Function<Fixture, String>> BODIES = Map.ofEntries(
			Map.entry("POST /api/auth/register",
					(f) -> Json.object("email", TestAccounts.uniqueEmail("matrix"), "password", TestAccounts.PASSWORD,
							"displayName", "Matrix")),
			// login: with the credentials of an existing account
			Map.entry("POST /api/auth/login",
					(f) -> Json.object("email", f.other().email(), "password", f.other().password())),
			Map.entry("PATCH /api/auth/me", (f) -> Json.object("locale", "ja")),
			// the matrix's "self" callers are registered with TestAccounts.PASSWORD
			Map.entry("POST /api/auth/me/password",
					(f) -> Json.object("currentPassword", TestAccounts.PASSWORD, "newPassword",
							"another passphrase for the matrix")),
			Map.entry("POST /api/auth/password-reset", (f) -> Json.object("email", TestAccounts.uniqueEmail("matrix"))),
			// a token nobody was mailed
			Map.entry("POST /api/auth/password-reset/confirm",
					(f) -> Json.object("token", "not-a-token", "newPassword", "another passphrase for the matrix")),
			Map.entry("POST /api/auth/me/deletion", (f) -> Json.object("password", TestAccounts.PASSWORD)),
			Map.entry("PUT /api/me/skills/{skillCode}", (f) -> Json.object("level", 3)),
			Map.entry("POST /api/me/fit/what-if",
					(f) -> Json.object("changes", List.of(Map.of("skillCode", "linux-administration", "level", 4)))),
			Map.entry("POST /api/me/plan", (f) -> Json.object("itemCode", "lpic-1")),
			Map.entry("PUT /api/me/plan/order", (f) -> Json.object("itemCodes", List.of("lpic-1"))),
			Map.entry("PATCH /api/me/plan/{itemCode}", (f) -> Json.object("status", "in-progress")),
			Map.entry("POST /api/me/plan/{itemCode}/hours", (f) -> Json.object("hours", 1.5)),
			Map.entry("POST /api/me/plan/{itemCode}/apply-levels",
					(f) -> Json.object("skillCodes", List.of("linux-administration"))),
			Map.entry("PUT /api/me/goal", (f) -> Json.object("roleCode", "cloud-engineer", "targetDate", "2099-12-31")),
			Map.entry("PUT /api/me/career/current", (f) -> Json.object("roleCode", "infrastructure-engineer")),
			Map.entry("POST /api/postings/analyze", (f) -> Json.object("text", POSTING_TEXT)),
			Map.entry("POST /api/me/postings", (f) -> Json.object("text", POSTING_TEXT)),
			Map.entry("POST /api/me/mentors", (f) -> Json.object("email", TestAccounts.uniqueEmail("mentor"))),
			Map.entry("POST /api/mentees/{menteeId}/validations",
					(f) -> Json.object("skillCode", "linux-administration", "level", 3, "note", "seen in review")),
			Map.entry("POST /api/mentees/{menteeId}/reviews", (f) -> Json.object("body", "**Good** progress")),
			Map.entry("PATCH /api/mentees/{menteeId}/reviews/{reviewId}", (f) -> Json.object("body", "Edited")),
			Map.entry("POST /api/mentees/{menteeId}/reviews/{reviewId}/replies", (f) -> Json.object("body", "Thanks")),
			Map.entry("POST /api/mentees/{menteeId}/suggestions", (f) -> Json.object("itemCode", "lpic-2")),
			Map.entry("POST /api/me/review-requests",
					(f) -> Json.object("mentorshipIds", List.of(f.relations().mentorship("mentor").toString()),
							"skillCodes", List.of("linux-administration"))),
			Map.entry("POST /api/me/reviews/{reviewId}/replies", (f) -> Json.object("body", "Thank you")),
			Map.entry("PATCH /api/me/reviews/{reviewId}", (f) -> Json.object("body", "Thank you, edited")),
			Map.entry("POST /api/me/certifications",
					(f) -> Json.object("itemCode", "lpic-1", "issuedOn", "2024-04-01", "credentialId", "LPI-1")),
			Map.entry("PUT /api/admin/reassessment-cycle", (f) -> Json.object("months", 12)),
			Map.entry("PUT /api/me/notification-preferences",
					(f) -> "[" + Json.object("kind", "coverage-met", "delivery", "weekly") + "]"));

	/**
	 * What a logged-in caller does before the row's request, by route; for example, put
	 * the item in the plan before changing it.
	 */
	static final Map<String, Setup> SETUPS = Map.ofEntries(
			// the item must be in the plan
			Map.entry("PUT /api/me/plan/order", (client) -> addToPlan(client, "lpic-1")),
			Map.entry("PATCH /api/me/plan/{itemCode}", (client) -> addToPlan(client, "lpic-1")),
			Map.entry("DELETE /api/me/plan/{itemCode}", (client) -> addToPlan(client, "lpic-1")),
			Map.entry("POST /api/me/plan/{itemCode}/hours", (client) -> addToPlan(client, "lpic-1")),
			Map.entry("GET /api/me/plan/{itemCode}/proposed-levels", (client) -> addToPlan(client, "lpic-1")),
			// ... and finished
			Map.entry("POST /api/me/plan/{itemCode}/apply-levels", (client) -> {
				addToPlan(client, "lpic-1");
				client.perform(json(patch("/api/me/plan/lpic-1"), Json.object("status", "done")))
					.andExpect(status().isOk());
			}),
			// a level to confirm
			Map.entry("POST /api/me/skills/{skillCode}/confirm",
					(client) -> client
						.perform(json(put("/api/me/skills/linux-administration"), Json.object("level", 2)))
						.andExpect(status().isOk())),
			// an organisation cycle to read (as an admin; anyone else is refused)
			Map.entry("GET /api/admin/reassessment-cycle",
					(client) -> client.perform(json(put("/api/admin/reassessment-cycle"), Json.object("months", 12)))));

	static final String ADMIN_EMAIL = TestAccounts.uniqueEmail("matrix-admin");

	private static boolean adminRegistered;

	@DynamicPropertySource
	static void adminEmails(DynamicPropertyRegistry registry) {
		registry.add("skillgap.security.admin-emails", () -> ADMIN_EMAIL);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	@Autowired
	void accounts(MockMvc mvc) {
		this.accounts = new TestAccounts(mvc);
	}

	/** The callers of the caller columns, by column name. */
	private final Map<String, Caller> callers = Map.of("anonymous", (fixture) -> this.accounts.anonymous(), "self",
			(fixture) -> fixture.needsRelations() ? fixture.relations().user("self").client()
					: this.accounts.register().client(),
			"invited", (fixture) -> fixture.relations().user("invited").client(), "mentor",
			(fixture) -> fixture.relations().user("mentor").client(), "former",
			(fixture) -> fixture.relations().user("former").client(), "unrelated",
			(fixture) -> fixture.relations().user("unrelated").client(), "admin", (fixture) -> admin());

	// The matrix against the routes Spring MVC serves

	@Test
	void everyApiRouteHasOneRowAndEveryRowIsARoute() {
		Set<String> served = servedRoutes();
		List<Row> routeRows = rows();
		List<Row> teamRows = rows(TEAM_ROUTES);
		List<Row> rows = new ArrayList<>(routeRows);
		rows.addAll(teamRows);
		Set<String> listed = rows.stream().map(Row::route).collect(Collectors.toCollection(TreeSet::new));
		Set<String> missing = new TreeSet<>(served);
		missing.removeAll(listed);
		Set<String> stale = new TreeSet<>(listed);
		stale.removeAll(served);
		stale.removeAll(FILTER_ROUTES);
		Set<String> patterns = routeRows.stream().map(Row::pattern).collect(Collectors.toSet());
		Set<String> teamPatterns = teamRows.stream().map(Row::pattern).collect(Collectors.toSet());
		Set<String> teamListed = teamRows.stream().map(Row::route).collect(Collectors.toSet());

		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(missing)
				.as("routes without a row in ROUTES (add one per route, with the status each caller gets)")
				.isEmpty();
			softly.assertThat(stale).as("rows of ROUTES for routes that no longer exist").isEmpty();
			softly.assertThat(rows.stream().map(Row::route))
				.as("routes with more than one row")
				.doesNotHaveDuplicates();
			softly.assertThat(FILTER_ROUTES)
				.as("FILTER_ROUTES that Spring MVC serves after all")
				.doesNotContainAnyElementsOf(served);
			for (Row row : rows) {
				softly.assertThat(row.noCsrf() != null)
					.as("%s: a state-changing route states its 'no CSRF' status (GET: '-')", row.route())
					.isEqualTo(!row.method().equals("GET"));
				if (row.pattern().contains("{")) {
					boolean team = teamListed.contains(row.route());
					softly.assertThat(team ? TEAM_EXAMPLES : EXAMPLES)
						.as("%s: an example path in %s", row.route(), team ? "TEAM_EXAMPLES" : "EXAMPLES")
						.containsKey(row.pattern());
				}
			}
			softly.assertThat(EXAMPLES.keySet()).as("EXAMPLES for no route of ROUTES").isSubsetOf(patterns);
			softly.assertThat(TEAM_EXAMPLES.keySet())
				.as("TEAM_EXAMPLES for no route of TEAM_ROUTES")
				.isSubsetOf(teamPatterns);
			softly.assertThat(TEAM_BODIES.keySet())
				.as("TEAM_BODIES for no route of TEAM_ROUTES")
				.isSubsetOf(teamListed);
			softly.assertThat(TEAM_SETUPS.keySet())
				.as("TEAM_SETUPS for no route of TEAM_ROUTES")
				.isSubsetOf(teamListed);
			softly.assertThat(BODIES.keySet()).as("BODIES for no route of ROUTES").isSubsetOf(listed);
			softly.assertThat(SETUPS.keySet()).as("SETUPS for no route of ROUTES").isSubsetOf(listed);
		});
	}

	/** {@code METHOD pattern} of every {@code /api} request mapping of Spring MVC. */
	private Set<String> servedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (!pattern.startsWith("/api/")) {
						continue;
					}
					assertThat(methods).as("%s names its HTTP methods", pattern).isNotEmpty();
					methods.forEach((method) -> routes.add(method.name() + " " + pattern));
				}
			}
		}
		assertThat(routes).as("routes found").isNotEmpty();
		return routes;
	}

	// The matrix

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void routeMatrix(Call call) throws Exception {
		Fixture fixture = new Fixture(this.accounts, call.row());
		Caller caller = this.callers.get(call.caller());
		assertThat(caller).as("a caller for column '%s'", call.caller()).isNotNull();
		TestClient client = caller.client(fixture);
		boolean loggedIn = client.session() != null;
		Setup setup = SETUPS.get(call.row().route());
		if (setup != null && loggedIn) {
			setup.prepare(client);
		}
		client.fetchCsrfToken();
		String uri = EXAMPLES.getOrDefault(call.row().pattern(), call.row().pattern());
		if (uri.contains(POSTING)) {
			uri = uri.replace(POSTING, loggedIn ? savePosting(client) : UUID.randomUUID().toString());
		}
		if (uri.contains(CERTIFICATION)) {
			uri = uri.replace(CERTIFICATION, loggedIn ? certificationOf(client) : UUID.randomUUID().toString());
		}
		if (uri.contains(NOTIFICATION)) {
			uri = uri.replace(NOTIFICATION, loggedIn ? notificationOf(client) : "1");
		}
		if (fixture.needsRelations()) {
			uri = fixture.relations().resolve(uri, call.caller());
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(call.row().method()), uri);
		Function<Fixture, String> body = BODIES.get(call.row().route());
		if (body != null) {
			request = json(request, body.apply(fixture));
		}
		ResultActions result = call.withCsrfHeader() ? client.perform(request)
				: client.performWithoutCsrfHeader(request);
		assertStatus(result.andReturn(), call.expected());
	}

	/**
	 * Every row of {@link #ROUTES} for every caller, with and without the CSRF header.
	 */
	static Stream<Call> calls() {
		List<Call> calls = new ArrayList<>();
		for (Row row : rows()) {
			boolean safe = row.method().equals("GET");
			row.expected().forEach((caller, expected) -> {
				calls.add(new Call(row, caller, !safe, expected));
				if (!safe) {
					calls.add(new Call(row, caller, false, row.noCsrf()));
				}
			});
		}
		return calls.stream();
	}

	/**
	 * Every row of {@link #TEAM_ROUTES} for every caller, with and without the CSRF
	 * header.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("teamCalls")
	void teamRouteMatrix(Call call) throws Exception {
		TeamPeople.TeamFixture team = teamFixture(call);
		TestClient client = switch (call.caller()) {
			case "anonymous" -> this.accounts.anonymous();
			case "admin" -> admin();
			default -> {
				assertThat(TeamPeople.COLUMNS).as("a caller for column '%s'", call.caller()).contains(call.caller());
				yield team.user(call.caller()).client();
			}
		};
		client.fetchCsrfToken();
		String uri = team.resolve(TEAM_EXAMPLES.getOrDefault(call.row().pattern(), call.row().pattern()));
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(call.row().method()), uri);
		Function<TeamPeople.TeamFixture, String> body = TEAM_BODIES.get(call.row().route());
		if (body != null) {
			request = json(request, body.apply(team));
		}
		ResultActions result = call.withCsrfHeader() ? client.perform(request)
				: client.performWithoutCsrfHeader(request);
		assertStatus(result.andReturn(), call.expected());
	}

	static Stream<Call> teamCalls() {
		List<Call> calls = new ArrayList<>();
		for (Row row : rows(TEAM_ROUTES)) {
			boolean safe = row.method().equals("GET");
			row.expected().forEach((caller, expected) -> {
				calls.add(new Call(row, caller, !safe, expected));
				if (!safe) {
					calls.add(new Call(row, caller, false, row.noCsrf()));
				}
			});
		}
		return calls.stream();
	}

	private static TeamPeople teamPeople;

	private static final Map<String, TeamPeople.TeamFixture> TEAMS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The team a call acts on: one for every GET row (one per GET row with a
	 * {@link #TEAM_SETUPS} entry), a new one for each caller of any other row (the same
	 * with and without the CSRF header).
	 */
	private TeamPeople.TeamFixture teamFixture(Call call) throws Exception {
		synchronized (RouteMatrixIntegrationTests.class) {
			if (teamPeople == null) {
				teamPeople = TeamPeople.register(this.accounts);
			}
		}
		TeamSetup setup = TEAM_SETUPS.get(call.row().route());
		String key = !call.row().method().equals("GET") ? call.row().route() + " as " + call.caller()
				: (setup != null) ? call.row().route() : "GET";
		return TEAMS.computeIfAbsent(key, (k) -> {
			TeamPeople.TeamFixture team = teamPeople.team(this.jdbc);
			if (setup != null) {
				setup.prepare(team, this.jdbc);
			}
			return team;
		});
	}

	/**
	 * Requests beyond the routes of the API, and callers beyond the columns of
	 * {@link #ROUTES}: unknown routes and methods, actuator, the OpenAPI description, and
	 * an admin on a few routes. {@code who}: anonymous, self or admin (listed in
	 * {@code skillgap.security.admin-emails}); {@code csrf}: whether the
	 * {@code X-XSRF-TOKEN} header is sent (the cookie always is).
	 */
	@ParameterizedTest(name = "{0} {1} as {2} {3} CSRF header -> {4}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /api/auth/me                        | admin     | without | 200
			PATCH  | /api/auth/me                        | admin     | with    | 200
			PUT    | /api/me/skills/linux-administration | admin     | with    | 200
			DELETE | /api/auth/me                        | self      | with    | 405
			GET    | /api/no-such-route                  | anonymous | without | 401
			GET    | /api/no-such-route                  | self      | without | 404
			GET    | /actuator/health                    | anonymous | without | 200
			GET    | /actuator/info                      | anonymous | without | 200
			GET    | /actuator                           | anonymous | without | 401
			GET    | /actuator                           | self      | without | 403
			GET    | /actuator                           | admin     | without | 200
			GET    | /v3/api-docs                        | anonymous | without | 200
			""")
	void moreRequests(String method, String path, String who, String csrf, int expected) throws Exception {
		TestClient client = this.callers.get(who).client(new Fixture(this.accounts, null));
		client.fetchCsrfToken();
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
		if (method.equals("PATCH")) {
			request = json(request, Json.object("locale", "ja"));
		}
		else if (method.equals("PUT")) {
			request = json(request, Json.object("level", 3));
		}
		ResultActions result = switch (csrf) {
			case "with" -> client.perform(request);
			case "without" -> client.performWithoutCsrfHeader(request);
			default -> throw new IllegalArgumentException("csrf is 'with' or 'without', not " + csrf);
		};
		assertStatus(result.andReturn(), expected);
	}

	private static void assertStatus(MvcResult result, int expected) {
		assertThat(result.getResponse().getStatus()).as("status; body: %s", Json.body(result)).isEqualTo(expected);
		if (expected >= 400) {
			ProblemDetails.assertProblem(result, expected);
		}
	}

	/** The rows of {@link #ROUTES}, by the column names of its first line. */
	static List<Row> rows() {
		return rows(ROUTES);
	}

	/** The rows of a table ({@link #ROUTES}, {@link #TEAM_ROUTES}), by its first line. */
	static List<Row> rows(String table) {
		List<String> lines = table.lines().filter((line) -> !line.isBlank()).toList();
		List<String> header = cells(lines.get(0));
		assertThat(header.subList(0, 2)).as("the first columns of a table").containsExactly("method", "route");
		List<Row> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> cells = cells(line);
			assertThat(cells).as("cells of '%s'", line).hasSameSizeAs(header);
			Map<String, Integer> expected = new LinkedHashMap<>();
			Integer noCsrf = null;
			for (int i = 2; i < cells.size(); i++) {
				String value = cells.get(i);
				if (header.get(i).equals("no CSRF")) {
					noCsrf = value.equals("-") ? null : Integer.valueOf(value);
				}
				else if (!value.equals("-")) {
					expected.put(header.get(i), Integer.valueOf(value));
				}
			}
			rows.add(new Row(cells.get(0), cells.get(1), expected, noCsrf));
		}
		return rows;
	}

	private static List<String> cells(String line) {
		return Arrays.stream(line.split("\\|")).map(String::strip).toList();
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static void addToPlan(TestClient client, String item) throws Exception {
		client.perform(json(post("/api/me/plan"), Json.object("itemCode", item))).andExpect(status().isCreated());
	}

	private static String savePosting(TestClient client) throws Exception {
		MvcResult saved = client.perform(json(post("/api/me/postings"), Json.object("text", POSTING_TEXT)))
			.andExpect(status().isCreated())
			.andReturn();
		return Json.read(saved, "$.id");
	}

	/** A certification the caller records. */
	private static String certificationOf(TestClient client) throws Exception {
		MvcResult recorded = client
			.perform(json(post("/api/me/certifications"),
					Json.object("name", "Matrix certificate", "issuedOn", "2024-01-15")))
			.andExpect(status().isCreated())
			.andReturn();
		return Json.read(recorded, "$.id");
	}

	/** A notification for the caller, stored as the notifications module stores one. */
	private String notificationOf(TestClient client) throws Exception {
		UUID me = UUID.fromString(Json.read(client.perform(get("/api/auth/me")).andReturn(), "$.id"));
		return this.jdbc
			.sql("insert into notification (recipient_id, kind, actor_name, link)"
					+ " values (:me, 'mentor-invited', 'Matrix', '/mentoring') returning id")
			.param("me", me)
			.query(Long.class)
			.single()
			.toString();
	}

	private TestClient admin() throws Exception {
		synchronized (RouteMatrixIntegrationTests.class) {
			if (!adminRegistered) {
				TestClient client = this.accounts.register(ADMIN_EMAIL, TestAccounts.PASSWORD, "Admin", null).client();
				adminRegistered = true;
				return client;
			}
		}
		TestClient client = this.accounts.logIn(ADMIN_EMAIL, TestAccounts.PASSWORD);
		client.perform(get("/api/auth/me")).andExpect(jsonPath("$.roles[1]").value("ADMIN"));
		return client;
	}

	/**
	 * A row of {@link #ROUTES}.
	 *
	 * @param expected the status for each caller column
	 * @param noCsrf the status without the CSRF header, {@code null} for GET
	 */
	record Row(String method, String pattern, Map<String, Integer> expected, Integer noCsrf) {

		/**
		 * {@code METHOD pattern}, as the keys of
		 * {@link RouteMatrixIntegrationTests#BODIES} and
		 * {@link RouteMatrixIntegrationTests#SETUPS}.
		 */
		String route() {
			return this.method + " " + this.pattern;
		}

	}

	/** One request of the matrix: a row, a caller and whether the CSRF header is sent. */
	record Call(Row row, String caller, boolean withCsrfHeader, int expected) {

		@Override
		public String toString() {
			return this.row.route() + " as " + this.caller + (this.withCsrfHeader ? "" : " without CSRF header")
					+ " -> " + this.expected;
		}

	}

	/** A kind of caller: a column of {@link #ROUTES}. */
	@FunctionalInterface
	interface Caller {

		TestClient client(Fixture fixture) throws Exception;

	}

	/**
	 * Data a row may need, such as another account to log in as (registered on first use:
	 * hashing a password takes a while).
	 */
	static final class Fixture {

		private static final Map<String, Relations> RELATIONS = new java.util.concurrent.ConcurrentHashMap<>();

		private final TestAccounts accounts;

		private TestUser other;

		private final Row row;

		private Relations relations;

		Fixture(TestAccounts accounts, Row row) {
			this.accounts = accounts;
			this.row = row;
		}

		/**
		 * Whether the row is about mentoring: it names the people around a mentee in its
		 * example path, body or caller columns.
		 */
		boolean needsRelations() {
			if (this.row == null) {
				return false;
			}
			return EXAMPLES.getOrDefault(this.row.pattern(), "").contains("<")
					|| this.row.expected().keySet().stream().anyMatch(Relations.PEOPLE::contains)
					|| this.row.pattern().startsWith("/api/me/review-requests")
					|| this.row.pattern().startsWith("/api/me/reviews");
		}

		/**
		 * A mentee and the people around them, created on first use: one for all GET rows
		 * (they change nothing) and one per other row, shared by that row's callers (each
		 * acts on their own mentorship, so that one caller's change does not decide
		 * another caller's status; the calls of a row run in column order).
		 */
		Relations relations() {
			if (this.relations == null) {
				String key = this.row.method().equals("GET") ? "GET" : this.row.route();
				this.relations = RELATIONS.computeIfAbsent(key, (k) -> {
					try {
						return Relations.create(this.accounts);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
			}
			return this.relations;
		}

		TestUser other() {
			if (this.other == null) {
				try {
					this.other = this.accounts.register();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
			return this.other;
		}

	}

	/**
	 * What a team row needs in the fixture's team, written straight into the database.
	 */
	@FunctionalInterface
	interface TeamSetup {

		void prepare(TeamPeople.TeamFixture team, JdbcClient jdbc);

	}

	/** What a logged-in caller does before the row's request. */
	@FunctionalInterface
	interface Setup {

		void prepare(TestClient client) throws Exception;

	}

}
