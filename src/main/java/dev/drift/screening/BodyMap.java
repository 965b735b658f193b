package dev.drift.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body map on the therapist's screening page: a simple figure, front and back, with
 * one shape per body area of the questionnaire (23 ids; most appear in both views). The
 * front view faces the viewer, so the client's right side is on the left of the picture.
 */
public final class BodyMap {

	static final String FRONT = "front";

	static final String BACK = "back";

	/** Horizontal offset of the back view. */
	private static final int BACK_X = 220;

	public static final List<Shape> SHAPES = shapes();

	private BodyMap() {
	}

	/** The shapes marked for a result: avoided areas, capped areas, the rest plain. */
	public static List<Marked> mark(ScreeningResult result, Questionnaire questionnaire) {
		List<String> avoided = result.avoidedAreas();
		Map<String, Pressure> caps = result.areaCaps();
		List<Marked> marked = new ArrayList<>();
		for (Shape shape : SHAPES) {
			String label = questionnaire.bodyAreas()
				.stream()
				.filter((o) -> o.value().equals(shape.area()))
				.findFirst()
				.map(Option::text)
				.orElse(shape.area());
			String state = avoided.contains(shape.area()) ? "avoid" : caps.containsKey(shape.area()) ? "cap" : "plain";
			marked.add(new Marked(shape, label, state, caps.get(shape.area())));
		}
		return marked;
	}

	private static List<Shape> shapes() {
		List<Shape> shapes = new ArrayList<>();
		for (String view : List.of(FRONT, BACK)) {
			int ox = FRONT.equals(view) ? 0 : BACK_X;
			// The side of the picture that shows the client's right.
			String viewerLeft = FRONT.equals(view) ? "right" : "left";
			String viewerRight = FRONT.equals(view) ? "left" : "right";
			shapes.add(new Shape("head", view, ellipse(ox + 100, 28, 20, 24)));
			if (FRONT.equals(view)) {
				shapes.add(new Shape("face", view, ellipse(ox + 100, 36, 13, 14)));
			}
			shapes.add(new Shape("neck", view, rect(ox + 91, 52, 18, 12)));
			shapes.add(new Shape("shoulders", view, rect(ox + 60, 64, 80, 14)));
			if (FRONT.equals(view)) {
				shapes.add(new Shape("chest", view, rect(ox + 66, 78, 68, 48)));
				shapes.add(new Shape("abdomen", view, rect(ox + 68, 126, 64, 44)));
			}
			else {
				shapes.add(new Shape("upper_back", view, rect(ox + 66, 78, 68, 48)));
				shapes.add(new Shape("lower_back", view, rect(ox + 68, 126, 64, 44)));
			}
			shapes.add(new Shape("buttocks", view, rect(ox + 66, 170, 68, 24)));
			limbs(shapes, view, ox, viewerLeft, 0);
			limbs(shapes, view, ox, viewerRight, 1);
		}
		return List.copyOf(shapes);
	}

	/** One side's arm, hand and leg; {@code side} 0 is the left of the picture. */
	private static void limbs(List<Shape> shapes, String view, int ox, String client, int side) {
		int armX = side == 0 ? 40 : 142;
		int legX = side == 0 ? 68 : 102;
		int handX = side == 0 ? 49 : 151;
		shapes.add(new Shape(client + "_arm", view, rect(ox + armX, 78, 18, 100)));
		shapes.add(new Shape(client + "_hand", view, ellipse(ox + handX, 192, 9, 13)));
		shapes.add(new Shape(client + "_thigh", view, rect(ox + legX, 194, 30, 78)));
		shapes.add(new Shape(client + "_knee", view, rect(ox + legX + 2, 272, 26, 18)));
		shapes.add(new Shape(client + "_calf", view, rect(ox + legX + 3, 290, 24, 70)));
		shapes.add(new Shape(client + "_ankle", view, rect(ox + legX + 5, 360, 20, 10)));
		shapes.add(new Shape(client + "_foot", view, rect(ox + legX + (side == 0 ? -2 : 4), 370, 28, 16)));
	}

	private static String rect(int x, int y, int w, int h) {
		return String.format(Locale.ROOT, "M%d %dh%dv%dh%dZ", x, y, w, h, -w);
	}

	private static String ellipse(int cx, int cy, int rx, int ry) {
		return String.format(Locale.ROOT, "M%d %da%d %d 0 1 0 %d 0a%d %d 0 1 0 %d 0Z", cx - rx, cy, rx, ry, 2 * rx, rx,
				ry, -2 * rx);
	}

	/**
	 * One area's shape in one view.
	 *
	 * @param area the questionnaire's body-area id
	 * @param view {@code front} or {@code back}
	 * @param path SVG path data
	 */
	public record Shape(String area, String view, String path) {
	}

	/**
	 * A shape as the page draws it.
	 *
	 * @param shape the shape
	 * @param label the area's name for people
	 * @param state {@code avoid}, {@code cap} or {@code plain}
	 * @param cap the area's pressure cap when capped, else {@code null}
	 */
	public record Marked(Shape shape, String label, String state, Pressure cap) {
	}

}
