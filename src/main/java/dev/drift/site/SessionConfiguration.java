package dev.drift.site;

import javax.sql.DataSource;

import dev.drift.shared.Databases;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Browser sessions in the database, so several Drift instances behind a load balancer
 * share them and a restart signs nobody out. Each session's inactivity timeout is its
 * clinic's setting, applied at sign-in; 30 minutes until then. Expired sessions are
 * deleted every minute by a job that is safe to run on every instance and starts only
 * once the application is ready (before that the session table may not be migrated yet).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(tableName = "site_session", maxInactiveIntervalInSeconds = 30 * 60,
		cleanupCron = Scheduled.CRON_DISABLED)
class SessionConfiguration {

	static final String COOKIE = "DRIFT_SESSION";

	@Bean
	CookieSerializer cookieSerializer(@Value("${drift.session.cookie-secure:true}") boolean secure) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setUseSecureCookie(secure);
		cookie.setSameSite("Lax");
		cookie.setCookiePath("/");
		return cookie;
	}

	/**
	 * The session filter also on error pages: registered as a plain filter bean it ran
	 * for requests only, so a 404 or 403 page rendered signed out (issue 17 defect 9).
	 */
	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<?>> sessionOnErrorPages(SessionRepositoryFilter<?> filter) {
		FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		return registration;
	}

	/**
	 * On PostgreSQL, session attributes are written with an upsert, so two parallel
	 * requests of one session that set the same attribute for the first time do not
	 * collide.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertOnPostgres(DataSource dataSource) {
		return Databases.isPostgres(dataSource) ? new PostgreSqlJdbcIndexedSessionRepositoryCustomizer()
				: (repository) -> {
				};
	}

	@Bean
	ExpiredSessionCleanup expiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
		return new ExpiredSessionCleanup(sessions);
	}

	static final class ExpiredSessionCleanup {

		private final JdbcIndexedSessionRepository sessions;

		private volatile boolean ready;

		ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
			this.sessions = sessions;
		}

		@EventListener(ApplicationReadyEvent.class)
		void ready() {
			this.ready = true;
		}

		@Scheduled(cron = "0 * * * * *")
		void clean() {
			if (this.ready) {
				this.sessions.cleanUpExpiredSessions();
			}
		}

	}

}
