package dev.drift.sleep;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Diary API controllers answer a refused night as a problem document with the spec's
 * {@code code}, the bad field in {@code errors} and the figures an error vector may
 * carry: {@code tibMinutes} once the times resolved, the negative {@code tstMinutes}.
 */
interface NightProblems {

	@ExceptionHandler(NightRejectedException.class)
	default ProblemDetail nightRejected(NightRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setProperty("code", ex.code());
		problem.setProperty("errors", ex.problems());
		if (ex.tibMinutes() != null) {
			problem.setProperty("tibMinutes", ex.tibMinutes());
		}
		if (ex.tstMinutes() != null) {
			problem.setProperty("tstMinutes", ex.tstMinutes());
		}
		return problem;
	}

}
