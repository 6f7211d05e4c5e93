package dev.skillgap.platform;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Applies the {@link InputRules} to every JSON request body, whatever the field: each
 * {@code String} (values, list elements and map keys) must be free of NUL and lone
 * surrogates, and each date or time must be ISO-8601 text (not a number or an array)
 * within the accepted years. Registered with the application's JSON mapper by Spring
 * Boot; a violation is a {@link RejectedValueException} with the field's path.
 */
@Component
class StrictInputModule extends SimpleModule {

	StrictInputModule() {
		super("skillgap-strict-input");
		setDeserializerModifier(new Modifier());
	}

	private static final class Modifier extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
			Class<?> type = beanDescRef.getBeanClass();
			if (type == String.class) {
				return new CheckedText(deserializer);
			}
			if (InputRules.isDateType(type)) {
				return new CheckedDate(deserializer);
			}
			return deserializer;
		}

		@Override
		public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
				KeyDeserializer deserializer) {
			if (type.getRawClass() != String.class) {
				return deserializer;
			}
			return new KeyDeserializer() {

				@Override
				public void resolve(DeserializationContext ctxt) {
					deserializer.resolve(ctxt);
				}

				@Override
				public Object deserializeKey(String key, DeserializationContext ctxt) {
					String code = InputRules.checkText(key);
					if (code != null) {
						throw new RejectedValueException(ctxt.getParser(), code);
					}
					return deserializer.deserializeKey(key, ctxt);
				}

			};
		}

	}

	private static final class CheckedText extends DelegatingDeserializer {

		CheckedText(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new CheckedText(delegate);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			Object value = super.deserialize(p, ctxt);
			if (value instanceof String text) {
				String code = InputRules.checkText(text);
				if (code != null) {
					throw new RejectedValueException(p, code);
				}
			}
			return value;
		}

	}

	private static final class CheckedDate extends DelegatingDeserializer {

		CheckedDate(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new CheckedDate(delegate);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			if (p.currentToken() == JsonToken.VALUE_NULL) {
				return getNullValue(ctxt);
			}
			if (p.currentToken() != JsonToken.VALUE_STRING) {
				throw new RejectedValueException(p, InputRules.DATE_NOT_TEXT);
			}
			Object value = super.deserialize(p, ctxt);
			if (!InputRules.inRange(value)) {
				throw new RejectedValueException(p, InputRules.DATE_RANGE);
			}
			return value;
		}

	}

	/**
	 * A JSON value that breaks one of the {@link InputRules}; {@link #code()} is the
	 * message key. Jackson adds the path of the field.
	 */
	static final class RejectedValueException extends MismatchedInputException {

		private final String code;

		RejectedValueException(JsonParser parser, String code) {
			super(parser, code);
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

}
