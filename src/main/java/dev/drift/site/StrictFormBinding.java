package dev.drift.site;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import dev.drift.shared.DriftException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.BeanUtils;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A form object's single-valued field arrives once and by its plain name:
 * {@code name[0]=x} or {@code name=a&name=b} for a scalar {@code name} is a request no
 * page sends, answered 400 before binding (Spring would otherwise fail on the index, or
 * silently join the values with a comma). Fields that are lists, arrays or maps keep
 * their indexed and repeated forms.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StrictFormBinding {

	@InitBinder
	void refuseIndexedOrRepeatedScalars(WebDataBinder binder, HttpServletRequest request) {
		Class<?> target = targetClass(binder);
		if (target == null || target.getName().startsWith("java.")) {
			return;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			int end = firstOf(name, '.', '[');
			String property = name.substring(0, end);
			Optional<Class<?>> type = propertyType(target, property);
			if (type.isEmpty() || multiValued(type.get())) {
				continue;
			}
			boolean indexed = end < name.length() && name.charAt(end) == '[';
			boolean repeated = end == name.length() && parameter.getValue().length > 1;
			if (indexed || repeated) {
				throw new DriftException(400, "MALFORMED_FIELD", "The field '" + property + "' takes a single value");
			}
		}
	}

	private static Class<?> targetClass(WebDataBinder binder) {
		if (binder.getTarget() != null) {
			return binder.getTarget().getClass();
		}
		ResolvableType type = binder.getTargetType();
		return (type != null) ? type.resolve() : null;
	}

	private static int firstOf(String name, char... marks) {
		int first = name.length();
		for (char mark : marks) {
			int at = name.indexOf(mark);
			if (at >= 0 && at < first) {
				first = at;
			}
		}
		return first;
	}

	private static Optional<Class<?>> propertyType(Class<?> target, String property) {
		if (target.isRecord()) {
			return Arrays.stream(target.getRecordComponents())
				.filter((component) -> component.getName().equals(property))
				.<Class<?>>map(RecordComponent::getType)
				.findFirst();
		}
		PropertyDescriptor descriptor = BeanUtils.getPropertyDescriptor(target, property);
		return Optional.ofNullable(descriptor).map(PropertyDescriptor::getPropertyType);
	}

	private static boolean multiValued(Class<?> type) {
		return type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
	}

}
