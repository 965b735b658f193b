package dev.drift.intake;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The API's screening document: the result fields at the top level (exactly the spec's
 * result format) plus {@code ruleSetVersion}, {@code messages} and what happens next.
 */
@Component
class ScreeningJson {

	private final JsonMapper json;

	ScreeningJson(JsonMapper json) {
		this.json = json;
	}

	ObjectNode of(ScreeningView view, boolean withAnswers) {
		ObjectNode node = this.json.valueToTree(view.result());
		node.put("ruleSetVersion", view.ruleSetVersion());
		node.set("messages", this.json.valueToTree(view.messages()));
		node.put("nextStep", view.nextStep());
		node.set("clearanceAsks", this.json.valueToTree(view.clearanceAsks()));
		node.put("urgentAdviceNumber", view.urgentAdviceNumber());
		node.put("emergencyNumber", view.emergencyNumber());
		node.put("screenedAt", view.screenedAt().toString());
		if (view.id() != null) {
			node.put("id", view.id().toString());
			node.put("kind", view.kind());
		}
		if (withAnswers) {
			node.set("answers", view.answers());
		}
		return node;
	}

}
