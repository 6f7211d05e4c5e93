package dev.skillgap.export.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import dev.skillgap.export.CsvExport;
import dev.skillgap.export.DataExport;
import dev.skillgap.export.DataExports;
import dev.skillgap.identity.Accounts;
import dev.skillgap.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/export")
@Tag(name = "Data export", description = "My own data to take away: levels with history, plan, goal, saved postings")
class ExportController {

	private final DataExports exports;

	private final Accounts accounts;

	ExportController(DataExports exports, Accounts accounts) {
		this.exports = exports;
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "All my data as JSON (a download: Content-Disposition attachment)")
	ResponseEntity<DataExport> json(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("json"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.exports.export(user.id(), locale));
	}

	@GetMapping(path = "/csv", produces = "text/csv")
	@Operation(summary = "All my data as one CSV table, UTF-8 with a byte order mark",
			description = "Columns: record (level, plan, goal, posting), code, name, level, status, hours, date, "
					+ "target_date, source, evidence, url, text (a stable format for other tools). Names in lang "
					+ "(ja or en; without it, the account's language).")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Nullable String lang) {
		Locale locale = this.accounts.downloadLanguage(user.id(), lang);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("csv"))
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(CsvExport.bytes(this.exports.export(user.id(), locale)));
	}

	private static String attachment(String extension) {
		return ContentDisposition.attachment()
			.filename("skillgap-export-" + LocalDate.now(ZoneOffset.UTC) + "." + extension)
			.build()
			.toString();
	}

}
