package dev.skillgap.platform;

import java.util.Arrays;

/**
 * A rule of the domain that a request broke, free of HTTP: the platform's problem-details
 * advice turns each kind into its status code. The text a user reads comes from the
 * message bundles ({@code messages*.properties}) by {@link #code()} and
 * {@link #arguments()}, in the request's language; {@link #field()}, when set, names the
 * request field at fault.
 */
public abstract sealed class DomainException extends RuntimeException
		permits DomainException.NotFound, DomainException.Forbidden, DomainException.Conflict, DomainException.Invalid,
		DomainException.InvalidTransition {

	private final String code;

	private final String field;

	private final Object[] arguments;

	DomainException(String code, String field, Object... arguments) {
		super(code + (arguments.length > 0 ? " " + Arrays.toString(arguments) : ""));
		this.code = code;
		this.field = field;
		this.arguments = arguments.clone();
	}

	/** The message key of the text the user reads. */
	public String code() {
		return this.code;
	}

	/** The request field at fault, or {@code null}. */
	public String field() {
		return this.field;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** Something unknown, or not visible to the caller (404). */
	public static NotFound notFound(String code, Object... arguments) {
		return new NotFound(code, arguments);
	}

	/**
	 * Visible to the caller but not theirs to do or see in detail, such as a team member
	 * asking for individual levels only leads see (403).
	 */
	public static Forbidden forbidden(String code, Object... arguments) {
		return new Forbidden(code, arguments);
	}

	/** Clashes with what is already there, such as a taken email (409). */
	public static Conflict conflict(String field, String code, Object... arguments) {
		return new Conflict(code, field, arguments);
	}

	/** A value the domain does not accept (400, naming the field). */
	public static Invalid invalid(String field, String code, Object... arguments) {
		return new Invalid(code, field, arguments);
	}

	/** A change of state that is not allowed from the current state (409). */
	public static InvalidTransition invalidTransition(String field, String code, Object... arguments) {
		return new InvalidTransition(code, field, arguments);
	}

	/** Unknown or not visible to the caller. */
	public static final class NotFound extends DomainException {

		NotFound(String code, Object... arguments) {
			super(code, null, arguments);
		}

	}

	/** Visible, but not allowed to the caller. */
	public static final class Forbidden extends DomainException {

		Forbidden(String code, Object... arguments) {
			super(code, null, arguments);
		}

	}

	/** Clashes with existing data. */
	public static final class Conflict extends DomainException {

		Conflict(String code, String field, Object... arguments) {
			super(code, field, arguments);
		}

	}

	/** A value the domain does not accept. */
	public static final class Invalid extends DomainException {

		Invalid(String code, String field, Object... arguments) {
			super(code, field, arguments);
		}

	}

	/** A state change not allowed from the current state. */
	public static final class InvalidTransition extends DomainException {

		InvalidTransition(String code, String field, Object... arguments) {
			super(code, field, arguments);
		}

	}

}
