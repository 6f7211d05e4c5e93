package dev.skillgap.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.skillgap.identity.AccountSettings;
import dev.skillgap.identity.AccountView;
import dev.skillgap.identity.Accounts;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.identity.PasswordResets;
import dev.skillgap.identity.RegistrationThrottle;
import dev.skillgap.identity.SessionLogin;
import dev.skillgap.platform.ApiDocumentation;
import dev.skillgap.platform.Problems;
import dev.skillgap.platform.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Identity", description = "Registration, login, logout, the current user and the CSRF token")
class AuthController {

	private final Accounts accounts;

	private final SessionLogin sessionLogin;

	private final RegistrationThrottle registrationThrottle;

	private final AccountSettings settings;

	private final PasswordResets resets;

	AuthController(Accounts accounts, SessionLogin sessionLogin, RegistrationThrottle registrationThrottle,
			AccountSettings settings, PasswordResets resets) {
		this.accounts = accounts;
		this.settings = settings;
		this.resets = resets;
		this.sessionLogin = sessionLogin;
		this.registrationThrottle = registrationThrottle;
	}

	@PostMapping("/register")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an account and log in",
			description = "Password: 12 to 128 characters, any characters, not a common password. "
					+ "Emails are unique ignoring case (409 otherwise). Registrations per client address are "
					+ "limited (429 with Retry-After).")
	@SecurityRequirement(name = ApiDocumentation.CSRF)
	@ApiResponse(responseCode = "409", description = "An account with this email exists")
	@ApiResponse(responseCode = "429", description = "Too many registrations from this client: wait for Retry-After")
	UserResponse register(@Valid @RequestBody RegisterRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		this.registrationThrottle.recordAttempt(request.getRemoteAddr());
		AccountView account = this.accounts.register(body.email(), body.password(), body.displayName(), body.locale());
		this.sessionLogin.logInNew(account, request, response);
		return UserResponse.of(account, this.accounts.rolesOf(account));
	}

	@PostMapping("/login")
	@Operation(summary = "Log in and start a session",
			description = "Repeated failures for one email or one client address are slowed down, "
					+ "then answered 429 with Retry-After. A browser that logged in to the account before "
					+ "(its DEVICE cookie) is throttled on its own, so failures elsewhere do not lock it out.")
	@SecurityRequirement(name = ApiDocumentation.CSRF)
	@ApiResponse(responseCode = "200", description = "Logged in", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "401", description = "Wrong email or password")
	@ApiResponse(responseCode = "429", description = "Too many failed logins: wait for Retry-After")
	UserResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		CurrentUser user = this.sessionLogin.logIn(body.email(), body.password(), request, response);
		AccountView account = this.accounts.find(user.id());
		return UserResponse.of(account, user.roles());
	}

	@GetMapping("/me")
	@Operation(summary = "The logged-in user (401 when not logged in)")
	UserResponse me(@AuthenticationPrincipal CurrentUser user) {
		return UserResponse.of(this.accounts.find(user.id()), user.roles());
	}

	@PatchMapping("/me")
	@Operation(summary = "Change the display name or the language (remembered per user)")
	UserResponse updateMe(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ProfileRequest body) {
		return UserResponse.of(this.accounts.updateProfile(user.id(), body.displayName(), body.locale()), user.roles());
	}

	@PostMapping("/me/password")
	@Operation(summary = "Change my password; my other sessions end (this one stays logged in)",
			description = "The current password is checked like a login attempt (throttled: 429 with Retry-After). "
					+ "400 on currentPassword when it is wrong, on newPassword when it breaks the policy.")
	@ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "Wrong current password, or a new password the policy refuses")
	@ApiResponse(responseCode = "429", description = "Too many wrong passwords: wait for Retry-After")
	PasswordChangedResponse changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody PasswordChangeRequest body, HttpServletRequest request) {
		return new PasswordChangedResponse(
				this.settings.changePassword(user, body.currentPassword(), body.newPassword(), request));
	}

	@PostMapping("/me/deletion")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete my account and everything I recorded; every session of mine ends",
			description = "Confirmed with my password (checked like a login attempt). My levels, plan, goal and saved "
					+ "postings are deleted; mentoring relationships and team memberships end, so mentors no "
					+ "longer see my data. Levels I validated for others stay, without my name.")
	@ApiResponse(responseCode = "400", description = "Wrong password")
	@ApiResponse(responseCode = "429", description = "Too many wrong passwords: wait for Retry-After")
	void delete(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody DeletionRequest body,
			HttpServletRequest request) {
		this.settings.delete(user, body.password(), request);
	}

	@GetMapping("/password-reset")
	@Operation(summary = "Whether forgotten passwords are reset by mail, and whom to ask otherwise")
	@SecurityRequirements
	PasswordResets.Availability passwordResetAvailability() {
		return this.resets.availability();
	}

	@PostMapping("/password-reset")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Mail a single-use link to reset the password (valid for an hour)",
			description = "Answers 202 whether or not the email has an account (and does nothing without mail). "
					+ "Throttled per email and per client address like logins (429 with Retry-After).")
	@SecurityRequirement(name = ApiDocumentation.CSRF)
	@ApiResponse(responseCode = "429", description = "Too many requests: wait for Retry-After")
	void requestPasswordReset(@Valid @RequestBody ResetRequest body, HttpServletRequest request) {
		this.resets.request(body.email(), request.getRemoteAddr());
	}

	@PostMapping("/password-reset/confirm")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a new password with the token of a reset link; every session of the account ends",
			description = "400 on token when it is unknown, used or expired; on newPassword when the policy "
					+ "refuses it.")
	@SecurityRequirement(name = ApiDocumentation.CSRF)
	@ApiResponse(responseCode = "400", description = "Invalid or expired token, or a refused password")
	void confirmPasswordReset(@Valid @RequestBody ResetConfirmRequest body) {
		this.resets.reset(body.token(), body.newPassword());
	}

	@GetMapping("/csrf")
	@Operation(summary = "The CSRF token to echo in X-XSRF-TOKEN; also sets the XSRF-TOKEN cookie")
	@SecurityRequirements
	CsrfResponse csrf(CsrfToken token) {
		return new CsrfResponse(token.getToken(), token.getHeaderName(), token.getParameterName());
	}

	@ExceptionHandler(BadCredentialsException.class)
	ResponseEntity<ProblemDetail> badCredentials(BadCredentialsException ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, Texts.of("auth.login.wrong", locale)));
	}

	record RegisterRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotNull @Size(min = 1, max = 1024) String password, @NotBlank @Size(max = 100) String displayName,
			@Schema(allowableValues = {
					"ja", "en" }) @Pattern(regexp = "ja|en") String locale){
	}

	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 1024) String password) {
	}

	record ProfileRequest(@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*") String displayName,
			@Schema(allowableValues = {
					"ja", "en" }) @Pattern(regexp = "ja|en") String locale){
	}

	record UserResponse(UUID id, String email, String displayName, @Schema(allowableValues = {
			"ja", "en" }) String locale, List<String> roles){

		static UserResponse of(AccountView account, List<String> roles) {
			return new UserResponse(account.id(), account.email(), account.displayName(), account.locale(), roles);
		}

	}

	record PasswordChangeRequest(@NotNull @Size(max = 1024) String currentPassword,
			@NotNull @Size(min = 1, max = 1024) String newPassword) {
	}

	/**
	 * @param otherSessionsEnded how many other sessions of mine were logged out
	 */
	record PasswordChangedResponse(int otherSessionsEnded) {
	}

	record DeletionRequest(@NotNull @Size(max = 1024) String password) {
	}

	record ResetRequest(@NotBlank @Size(max = 254) String email) {
	}

	record ResetConfirmRequest(@NotBlank @Size(max = 200) String token,
			@NotNull @Size(min = 1, max = 1024) String newPassword) {
	}

	record CsrfResponse(String token, String headerName, String parameterName) {
	}

}
