package dev.drift;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the SQL statements the current thread prepares while {@link #record} runs, for
 * tests that count what one request costs. Wraps the application's {@link DataSource}
 * (every {@link DriftTest} context has one); threads that are not recording pay one
 * thread-local read per statement.
 */
public class SqlRecorder implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	/** Runs the work and answers its result with the statements it prepared, in order. */
	public static <T> Recorded<T> record(Supplier<T> work) {
		List<String> statements = new ArrayList<>();
		RECORDING.set(statements);
		try {
			T result = work.get();
			return new Recorded<>(result, List.copyOf(statements));
		}
		finally {
			RECORDING.remove();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(target, method, args);
				return result instanceof Connection connection ? connection(connection) : result;
			});
		}
		return bean;
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			List<String> statements = RECORDING.get();
			if (statements != null && method.getName().startsWith("prepare") && args != null && args.length > 0
					&& args[0] instanceof String sql) {
				statements.add(sql.replaceAll("\\s+", " ").strip());
			}
			return invoke(target, method, args);
		});
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

	/** What the work answered and the statements it prepared. */
	public record Recorded<T>(T result, List<String> statements) {

		/**
		 * How many statements contain the fragment, ignoring case and the quotes Spring
		 * Data JDBC puts around names.
		 */
		public long count(String fragment) {
			String wanted = fragment.toLowerCase();
			return this.statements.stream()
				.filter((sql) -> sql.replace("\"", "").toLowerCase().contains(wanted))
				.count();
		}

	}

}
