package dev.drift.screening;

import java.util.List;

/**
 * One row of the questionnaire's {@code rules[]}: its id, title, the levels it can
 * contribute and its therapist notes. The condition ({@code when}) and modification
 * templates are carried out by the row's named {@link ScreeningPolicy}.
 *
 * @param id e.g. {@code G05}
 * @param title short title
 * @param contributions every (scope, level) the row can contribute
 * @param clearance {@code never}, {@code always} or a condition
 * @param notes therapist notes without a machine code
 */
public record RuleRow(String id, String title, List<Contribution> contributions, String clearance, List<String> notes) {

	public RuleRow {
		contributions = List.copyOf(contributions);
		notes = List.copyOf(notes);
	}

	/** Whether the row can ask for a clearance before a whole session. */
	public boolean gatesSessionByClearance() {
		return !"never".equals(this.clearance) && this.contributions.stream()
			.anyMatch((c) -> c.scope() == Scope.GENERAL && (c.level() == Level.CLEARANCE || c.level() == Level.DEFER));
	}

	/**
	 * A scope and the level a row contributes to it.
	 */
	public record Contribution(Scope scope, Level level) {
	}

}
