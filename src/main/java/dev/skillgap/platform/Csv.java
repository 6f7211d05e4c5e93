package dev.skillgap.platform;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A CSV table (RFC 4180, CRLF line ends) in UTF-8 with a byte order mark, so that
 * spreadsheet programs (Excel) read Japanese correctly, and with every text cell that a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return first, also after leading spaces or invisible characters, and in
 * full-width forms) escaped by a leading apostrophe. Every CSV the app serves is written
 * here.
 */
public final class Csv {

	/** The media type of every CSV download. */
	public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Csv() {
	}

	/** The table as bytes: the byte order mark, the header line, one line per row. */
	public static byte[] bytes(List<String> header, List<? extends List<? extends @Nullable Object>> rows) {
		byte[] text = text(header, rows).getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, out, 0, BOM.length);
		System.arraycopy(text, 0, out, BOM.length, text.length);
		return out;
	}

	/** The table as text, without the byte order mark. */
	public static String text(List<String> header, List<? extends List<? extends @Nullable Object>> rows) {
		StringBuilder out = new StringBuilder();
		line(out, header);
		rows.forEach((row) -> line(out, row));
		return out.toString();
	}

	private static void line(StringBuilder out, List<? extends @Nullable Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(cell(cells.get(i)));
		}
		out.append("\r\n");
	}

	/**
	 * A cell, quoted when it holds a comma, quote or line break; a text that a
	 * spreadsheet would run as a formula gets a leading apostrophe (numbers are left as
	 * they are).
	 */
	public static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && isFormula(text)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	/**
	 * Whether a spreadsheet would read the text as a formula: after what it ignores at
	 * the start (spaces of any kind, including no-break and full-width ones, and
	 * invisible format characters such as the zero-width space), a sign that starts one
	 * ({@code = + - @}, in their full-width and small forms too, which spreadsheets take
	 * for the ASCII ones), or a tab or line break at the very start.
	 */
	static boolean isFormula(String text) {
		if (!text.isEmpty() && (text.charAt(0) == '\t' || text.charAt(0) == '\r' || text.charAt(0) == '\n')) {
			return true;
		}
		int i = 0;
		while (i < text.length() && isIgnored(text.codePointAt(i))) {
			i += Character.charCount(text.codePointAt(i));
		}
		if (i == text.length()) {
			return false;
		}
		String first = Normalizer.normalize(new String(Character.toChars(text.codePointAt(i))), Normalizer.Form.NFKC);
		return !first.isEmpty() && "=+-@\u2212".indexOf(first.charAt(0)) >= 0;
	}

	private static boolean isIgnored(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT
				|| Character.getType(codePoint) == Character.CONTROL;
	}

}
