package dev.drift.plan;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import dev.drift.intake.Intake;
import dev.drift.intake.ScreeningChanged;
import dev.drift.plan.PlanStore.StoredPlan;
import dev.drift.screening.ScreeningResult;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a client's screening changes, each open plan's terms are checked against it: a
 * plan the new screening contradicts is flagged with what it breaks (the therapist
 * adjusts it); a flag the new screening no longer supports is lifted.
 */
@Component
class PlanRecheck {

	private final PlanStore plans;

	private final Intake intake;

	private final Clock clock;

	PlanRecheck(PlanStore plans, Intake intake, Clock clock) {
		this.plans = plans;
		this.intake = intake;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ScreeningChanged changed) {
		ScreeningResult result = this.intake.screeningResult(changed.screeningId()).orElse(null);
		if (result == null) {
			return;
		}
		for (StoredPlan plan : this.plans.openOfClient(changed.clientId())) {
			List<String> broken = ScreeningLimits.contradictions(plan.terms(), result);
			String flag = broken.isEmpty() ? null : String.join(", ", broken);
			if (!Objects.equals(flag, plan.flag())) {
				this.plans.flag(plan.id(), flag, this.clock.instant());
			}
		}
	}

}
