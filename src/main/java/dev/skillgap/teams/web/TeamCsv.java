package dev.skillgap.teams.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import dev.skillgap.access.Audience;
import dev.skillgap.identity.Accounts;
import dev.skillgap.platform.Csv;
import dev.skillgap.teams.Teams;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every CSV of a team has in common: the language (the one the app asks for with
 * {@code ?lang=ja|en}, else the account's, never the browser's), column titles in that
 * language and one style (from {@code csv.column.*}), yes and no as words, and a file
 * name with the team's name, what the file holds and the date: "Platform team - heatmap -
 * 2026-12-07.csv".
 */
@Component
class TeamCsv {

	private final MessageSource messages;

	private final Accounts accounts;

	private final Teams teams;

	TeamCsv(MessageSource messages, Accounts accounts, Teams teams) {
		this.messages = messages;
		this.accounts = accounts;
		this.teams = teams;
	}

	/**
	 * The language the caller's CSV is written in (400 naming {@code lang} if unknown).
	 */
	Locale language(Audience audience, @Nullable String lang) {
		return this.accounts.downloadLanguage(audience.viewerId(), lang);
	}

	/** The column titles for these {@code csv.column.*} keys. */
	List<String> columns(Locale locale, String... keys) {
		return java.util.Arrays.stream(keys).map((key) -> text("csv.column." + key, locale)).toList();
	}

	String column(String key, Locale locale) {
		return text("csv.column." + key, locale);
	}

	String yesNo(boolean value, Locale locale) {
		return text(value ? "csv.value.yes" : "csv.value.no", locale);
	}

	String text(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, locale);
	}

	/**
	 * The download: {@code kind} is the file's subject ({@code heatmap},
	 * {@code coverage}, {@code training-plan}), named in the language by
	 * {@code csv.file.<kind>}.
	 */
	ResponseEntity<byte[]> download(Audience audience, String kind, Locale locale, List<String> header,
			List<? extends List<? extends @Nullable Object>> rows) {
		String date = LocalDate.now(ZoneOffset.UTC).toString();
		String team = this.teams.name(audience.groupId()).orElse("team");
		String name = team + " - " + text("csv.file." + kind, locale) + " - " + date;
		return Csv.download(name, "skillgap-team-" + kind + "-" + date, header, rows);
	}

}
