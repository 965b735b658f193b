package dev.drift.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-up page's QR code, read back the way a phone's camera would: the SVG's squares
 * are drawn into pixels and zxing's reader decodes them to the authenticator link.
 */
class QrCodeTests {

	private static final Pattern SQUARE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"");

	static String read(String dataUri) throws Exception {
		String svg = new String(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)),
				StandardCharsets.UTF_8);
		Matcher box = VIEW_BOX.matcher(svg);
		assertThat(box.find()).as("square view box").isTrue();
		int modules = Integer.parseInt(box.group(1));
		int scale = 4;
		int side = modules * scale;
		int[] pixels = new int[side * side];
		java.util.Arrays.fill(pixels, 0xFFFFFF);
		Matcher square = SQUARE.matcher(svg);
		while (square.find()) {
			int x = Integer.parseInt(square.group(1));
			int y = Integer.parseInt(square.group(2));
			for (int dy = 0; dy < scale; dy++) {
				for (int dx = 0; dx < scale; dx++) {
					pixels[(y * scale + dy) * side + x * scale + dx] = 0;
				}
			}
		}
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))))
			.getText();
	}

	@Test
	void theCodeReadsBackAsTheAuthenticatorLink() throws Exception {
		String link = Totp.link(SecondFactors.ISSUER, "therapist+ü@example.org", "JBSWY3DPEHPK3PXP");

		String dataUri = QrCode.svgDataUri(link);

		assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
		assertThat(read(dataUri)).isEqualTo(link);
	}

}
