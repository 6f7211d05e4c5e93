package dev.skillgap.export;

import java.util.ArrayList;
import java.util.List;

import dev.skillgap.platform.Csv;
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

	private CsvExport() {
	}

	public static byte[] bytes(DataExport export) {
		return Csv.bytes(HEADER, rows(export));
	}

	static String text(DataExport export) {
		return Csv.text(HEADER, rows(export));
	}

	private static List<List<@Nullable Object>> rows(DataExport export) {
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
		for (DataExport.CertificationData certification : export.certifications()) {
			rows.add(row("certification", (certification.itemCode() != null) ? certification.itemCode() : "",
					certification.name(), null, null, null, certification.issuedOn(), certification.expiresOn(),
					certification.credentialId(), String.join(" ", certification.supports()),
					certification.verificationUrl(), null));
		}
		return rows;
	}

	private static List<@Nullable Object> row(@Nullable Object... cells) {
		List<@Nullable Object> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add(cell);
		}
		return row;
	}

}
