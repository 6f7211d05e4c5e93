package dev.skillgap.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The export as one CSV table (RFC 4180, CRLF line ends) in UTF-8 with a byte order mark,
 * so that spreadsheet programs read Japanese correctly. Each row is one record: a level
 * given to a skill, a plan item, the goal or a saved posting; the columns that do not
 * apply to a record are empty.
 */
public final class CsvExport {

	static final List<String> HEADER = List.of("record", "code", "name", "level", "status", "hours", "date",
			"target_date", "source", "evidence", "url", "text");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvExport() {
	}

	public static byte[] bytes(DataExport export) {
		byte[] text = text(export).getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, out, 0, BOM.length);
		System.arraycopy(text, 0, out, BOM.length, text.length);
		return out;
	}

	static String text(DataExport export) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (DataExport.SkillData skill : export.levels()) {
			for (DataExport.LevelData level : skill.history()) {
				rows.add(row("level", skill.skillCode(), skill.skillName(), level.level(), null, null,
						level.assessedAt(), null, level.source(), level.evidence(), level.evidenceUrl(),
						level.learningItemCode()));
			}
		}
		for (DataExport.PlanItemData item : export.plan()) {
			rows.add(row("plan", item.itemCode(), item.title(), null, item.status(), item.hoursLogged().toPlainString(),
					item.addedAt(), item.targetDate(), null, null, null, null));
		}
		DataExport.GoalData goal = export.goal();
		if (goal != null) {
			rows.add(row("goal", goal.roleCode(), goal.roleName(), null, null, null, null, goal.targetDate(), null,
					null, null, null));
		}
		for (DataExport.PostingData posting : export.savedPostings()) {
			rows.add(row("posting", posting.id(), posting.title(), null, null, null, posting.createdAt(), null, null,
					null, null, posting.text()));
		}
		StringBuilder out = new StringBuilder();
		line(out, new ArrayList<>(HEADER));
		rows.forEach((row) -> line(out, row));
		return out.toString();
	}

	private static List<@Nullable Object> row(@Nullable Object... cells) {
		List<@Nullable Object> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add(cell);
		}
		return row;
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
	 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
	 */
	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
