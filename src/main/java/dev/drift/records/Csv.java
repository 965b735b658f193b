package dev.drift.records;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table as RFC 4180 writes it: CRLF line ends, a field in double quotes when it
 * holds a comma, quote, CR or LF, and a quote doubled inside one. A text cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) is
 * prefixed with an apostrophe (CSV injection); numbers and booleans are written as they
 * are. The caller encodes the text as UTF-8.
 */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	private final int columns;

	Csv(String... header) {
		this.columns = header.length;
		row((Object[]) header);
	}

	Csv row(Object... cells) {
		if (cells.length != this.columns) {
			throw new IllegalArgumentException("Expected " + this.columns + " cells, got " + cells.length);
		}
		List<String> fields = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			fields.add(field(cell));
		}
		this.text.append(String.join(",", fields)).append("\r\n");
		return this;
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

	static String field(Object cell) {
		if (cell == null) {
			return "";
		}
		String value = String.valueOf(cell);
		if (!(cell instanceof Number || cell instanceof Boolean) && !value.isEmpty()
				&& "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
