package dev.drift.records;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndLinesEndInCrLf() {
		String csv = new Csv("a", "b", "c").row("x,y", "say \"hi\"", "two\nlines").toString();

		assertThat(csv).isEqualTo("a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
		assertThat(Csv.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(Csv.field("+1")).isEqualTo("'+1");
		assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.field("\tx")).isEqualTo("'\tx");
		assertThat(Csv.field("a=b")).isEqualTo("a=b");
	}

	@Test
	void numbersBooleansAndNullsAreWrittenAsTheyAre() {
		assertThat(Csv.field(-5)).isEqualTo("-5");
		assertThat(Csv.field(new BigDecimal("-1.50"))).isEqualTo("-1.50");
		assertThat(Csv.field(true)).isEqualTo("true");
		assertThat(Csv.field(null)).isEmpty();
		assertThat(Csv.field("Zoë Łukasz")).isEqualTo("Zoë Łukasz");
	}

}
