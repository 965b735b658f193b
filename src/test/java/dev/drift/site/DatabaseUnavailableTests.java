package dev.drift.site;

import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While the database cannot be reached (a PostgreSQL failover, docs/operations.md), a
 * request answers 503 — a problem document {@code DATABASE_UNAVAILABLE} with
 * {@code Retry-After} under {@code /api}, a small page of its own elsewhere — not a 500,
 * whether the failure comes from a handler or from a filter that reads the database (the
 * session, an API token). The failures are real: a Hikari pool on a port where nothing
 * listens, Spring's transaction manager and JDBC template over it, and PostgreSQL's own
 * exception translation of a connection that broke under a commit.
 */
class DatabaseUnavailableTests {

	private HikariDataSource unreachable;

	private MockMvc mvc;

	@BeforeEach
	void unreachableDatabase() {
		this.unreachable = new HikariDataSource();
		this.unreachable.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/drift?connectTimeout=1");
		this.unreachable.setUsername("postgres");
		this.unreachable.setConnectionTimeout(250);
		this.unreachable.setInitializationFailTimeout(-1);
		JdbcTemplate jdbc = new JdbcTemplate(this.unreachable);
		TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(this.unreachable));
		Filter readsTheDatabase = (request, response, chain) -> {
			if (((jakarta.servlet.http.HttpServletRequest) request).getRequestURI().endsWith("/filtered")) {
				jdbc.queryForObject("select 1", Integer.class);
			}
			chain.doFilter(request, response);
		};
		this.mvc = MockMvcBuilders.standaloneSetup(new Writes(transactions, jdbc), new Pages(transactions))
			.setControllerAdvice(new ApiExceptionHandler(), new PageExceptionHandler())
			.addFilters(new RequestGuard(new Problems(JsonMapper.builder().build()), messages(), 1024),
					readsTheDatabase)
			.build();
	}

	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	@AfterEach
	void close() {
		this.unreachable.close();
	}

	@Test
	void noConnectionForATransactionIsA503WithRetryAfter() throws Exception {
		this.mvc.perform(post("/api/v1/writes/begin"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"))
			.andExpect(jsonPath("$.correlationId").doesNotExist());
	}

	@Test
	void noConnectionForAQueryIsA503() throws Exception {
		this.mvc.perform(post("/api/v1/writes/query"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"));
	}

	@Test
	void aConnectionBrokenUnderTheCommitIsA503() throws Exception {
		this.mvc.perform(post("/api/v1/writes/commit"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"));
	}

	@Test
	void theFailureWrappedInAnotherIsStillA503() throws Exception {
		this.mvc.perform(post("/api/v1/writes/wrapped"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"));
	}

	@Test
	void aFilterThatCannotReachTheDatabaseAnswersTheSame503() throws Exception {
		this.mvc.perform(post("/api/v1/filtered"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"));
		this.mvc.perform(get("/pages/filtered"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("Drift is briefly unavailable")));
	}

	@Test
	void aPageAnswersASmallPageOfItsOwnWith503AndNoIncidentReference() throws Exception {
		this.mvc.perform(get("/pages/save"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'"))
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(content().string(containsString("Please try again in a minute")))
			.andExpect(content().string(not(containsString("reference"))));
	}

	@Test
	void otherFailuresAreNotTakenForAnOutage() {
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
		// a rollback on a connection the pool had already evicted as broken
		assertThat(DatabaseUnavailable
			.causedBy(new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.isTrue();
	}

	@RestController
	static final class Writes {

		private final TransactionTemplate transactions;

		private final JdbcTemplate jdbc;

		Writes(TransactionTemplate transactions, JdbcTemplate jdbc) {
			this.transactions = transactions;
			this.jdbc = jdbc;
		}

		@PostMapping("/api/v1/writes/begin")
		void begin() {
			this.transactions.executeWithoutResult((status) -> this.jdbc.update("insert into t values (1)"));
		}

		@PostMapping("/api/v1/writes/query")
		Integer query() {
			return this.jdbc.queryForObject("select 1", Integer.class);
		}

		@PostMapping("/api/v1/writes/commit")
		void commit() {
			// what PostgreSQL's driver throws when the server goes away under a commit
			throw new SQLErrorCodeSQLExceptionTranslator("PostgreSQL").translate("JDBC commit", null,
					new SQLException("An I/O error occurred while sending to the backend.", "08006"));
		}

		@PostMapping("/api/v1/writes/wrapped")
		void wrapped() {
			try {
				begin();
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("while recording", ex);
			}
		}

		@PostMapping("/api/v1/filtered")
		void filtered() {
		}

	}

	@Controller
	static final class Pages {

		private final TransactionTemplate transactions;

		Pages(TransactionTemplate transactions) {
			this.transactions = transactions;
		}

		@GetMapping("/pages/save")
		String save() {
			this.transactions.executeWithoutResult((status) -> {
			});
			return "done";
		}

		@GetMapping("/pages/filtered")
		String filtered() {
			return "done";
		}

	}

}
