package dev.skillgap.platform;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * List-valued request parameters of every controller: {@code ?ids=a,,b}, {@code ?ids=,}
 * or {@code ?ids=a&ids=} hold an empty element, which is a 400 naming the parameter
 * rather than a {@code null} in the list. (A property editor, because Spring's data
 * binder falls back to its lenient default editors whenever a converter fails.)
 */
@ControllerAdvice
class StrictBinding {

	@InitBinder
	void strictCollections(WebDataBinder binder) {
		binder.registerCustomEditor(List.class, new StrictCollectionEditor(List.class));
		binder.registerCustomEditor(Set.class, new StrictCollectionEditor(Set.class));
		binder.registerCustomEditor(Collection.class, new StrictCollectionEditor(Collection.class));
	}

	/** Splits at commas like Spring does, and rejects blank elements. */
	static final class StrictCollectionEditor extends CustomCollectionEditor {

		@SuppressWarnings("rawtypes")
		StrictCollectionEditor(Class<? extends Collection> type) {
			super(type);
		}

		@Override
		public void setAsText(String text) {
			setValue((text == null) ? null : StringUtils.commaDelimitedListToStringArray(text));
		}

		@Override
		public void setValue(Object value) {
			if (value instanceof String text) {
				setAsText(text);
				return;
			}
			Iterable<?> elements = (value instanceof Object[] array) ? List.of(array)
					: (value instanceof Collection<?> collection) ? collection : List.of();
			for (Object element : elements) {
				if (element == null || (element instanceof String text && text.isBlank())) {
					throw new InvalidInputException(InputRules.EMPTY_ELEMENT);
				}
			}
			super.setValue((value instanceof Object[] array) ? trimmed(array) : value);
		}

		private static Object[] trimmed(Object[] array) {
			Object[] copy = array.clone();
			for (int i = 0; i < copy.length; i++) {
				if (copy[i] instanceof String text) {
					copy[i] = text.strip();
				}
			}
			return copy;
		}

	}

}
