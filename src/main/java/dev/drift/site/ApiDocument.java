package dev.drift.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.drift.people.Actor;
import dev.drift.shared.ProblemCodes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The OpenAPI document at {@code /v3/api-docs}: who may call (HTTP Basic or an API token
 * as a bearer token, on every operation), the licence, and on every operation its 4xx
 * answers as RFC 9457 problem documents listing their {@code code} values: the ones every
 * operation may give plus the operation's own ({@link ProblemCodes}). Each controller
 * method says what it does in its {@code @Operation(summary)}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerToken";

	static final String PROBLEM = "Problem";

	/** Codes every operation may answer with, by status. */
	static final Map<Integer, List<String>> COMMON = Map.of(400,
			List.of("MALFORMED_REQUEST", "MALFORMED_FIELD", "INVALID_PARAMETER", "BAD_REQUEST"), 401,
			List.of("UNAUTHENTICATED"), 403, List.of("FORBIDDEN"), 404, List.of("NOT_FOUND"), 422,
			List.of("VALIDATION_FAILED"), 429, List.of("LOGIN_THROTTLED"));

	private static final Map<Integer, String> REASONS = Map.of(400, "The request cannot be read", 401,
			"Not signed in: HTTP Basic or an API token", 403, "Your role may not do this", 404,
			"No such resource (or not yours to see)", 409, "In conflict with the current state", 422,
			"Not valid, or against a rule", 413, "The request body is over 1 MB", 429,
			"Too many failed sign-in attempts; see Retry-After");

	static {
		// the signed-in actor is resolved from the session or token, never sent by a
		// client
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	OpenAPI driftOpenApi(@Value("${drift.api.licence-name:Proprietary}") String licenceName,
			@Value("${drift.api.licence-identifier:LicenseRef-Proprietary}") String licenceIdentifier,
			@Value("${drift.api.licence-url:}") String licenceUrl) {
		// OpenAPI 3.1: an SPDX expression or a URL, not both
		License licence = new License().name(licenceName);
		if (licenceUrl.isBlank()) {
			licence.identifier(licenceIdentifier);
		}
		else {
			licence.url(licenceUrl);
		}
		return new OpenAPI()
			.info(new Info().title("Drift API")
				.version("v1")
				.description("Drift's JSON API under /api/v1. Errors are RFC 9457 problem documents with a stable"
						+ " `code`; each operation lists the codes it may answer with.")
				.license(licence))
			.servers(List.of(new Server().url("/").description("This Drift instance")))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Email and password of a Drift account"))
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("opaque API token")
							.description("An API token made on the account page (/account/tokens)"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	@Bean
	OperationCustomizer problemResponses() {
		return (operation, handler) -> {
			Map<Integer, Set<String>> codes = new TreeMap<>();
			COMMON.forEach((status, list) -> codes.computeIfAbsent(status, (s) -> new LinkedHashSet<>()).addAll(list));
			if (Arrays.stream(handler.getMethodParameters())
				.anyMatch((p) -> p.hasParameterAnnotation(RequestBody.class))) {
				codes.put(413, new LinkedHashSet<>(List.of("BODY_TOO_LARGE")));
			}
			for (ProblemCodes own : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
					ProblemCodes.class)) {
				codes.computeIfAbsent(own.status(), (s) -> new LinkedHashSet<>()).addAll(List.of(own.value()));
			}
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			codes.forEach((status, list) -> responses.addApiResponse(Integer.toString(status), problem(status, list)));
			operation.setResponses(responses);
			return operation;
		};
	}

	private static ApiResponse problem(int status, Set<String> codes) {
		Schema<?> code = new StringSchema()._enum(new ArrayList<>(codes));
		Schema<?> schema = new Schema<>().allOf(List.of(new Schema<>().$ref("#/components/schemas/" + PROBLEM),
				new ObjectSchema().addProperty("code", code)));
		return new ApiResponse()
			.description(REASONS.getOrDefault(status, "Client error") + ": " + String.join(", ", codes))
			.content(new Content().addMediaType("application/problem+json", new MediaType().schema(schema)));
	}

	private static Schema<?> problemSchema() {
		Schema<?> error = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("code", new StringSchema())
			.addProperty("message", new StringSchema());
		return new ObjectSchema().description("An RFC 9457 problem document with Drift's stable code")
			.addProperty("type", new StringSchema().description("A URI for the problem type"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("For people; never health data"))
			.addProperty("instance", new StringSchema())
			.addProperty("code", new StringSchema().description("Stable, for programs"))
			.addProperty("errors", new ArraySchema().items(error).description("The fields that are not valid"))
			.required(List.of("status", "code"));
	}

}
