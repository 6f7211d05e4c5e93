package dev.skillgap.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.skillgap.calendar.CalendarFeeds;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** My private calendar feed: make (or remake) its secret address, revoke it, read it. */
@RestController
@Tag(name = "Calendar", description = "A private iCalendar feed of my due dates")
class CalendarController {

	private final CalendarFeeds feeds;

	CalendarController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/api/me/calendar-feed")
	@Operation(summary = "Whether I have a calendar feed (its address is shown only when made)")
	FeedStatus status(@AuthenticationPrincipal CurrentUser user) {
		Instant created = this.feeds.createdAt(user.id()).orElse(null);
		return new FeedStatus(created != null, created);
	}

	@PostMapping("/api/me/calendar-feed")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new secret address of my calendar feed",
			description = "The old address stops working. Subscribe to it in Outlook or Google Calendar: it answers "
					+ "text/calendar without a session, with my plan items' due dates, my goal's date, my "
					+ "reassessment due dates and my certifications' expiries.")
	FeedUrl renew(@AuthenticationPrincipal CurrentUser user) {
		return new FeedUrl(this.feeds.renew(user.id()));
	}

	@DeleteMapping("/api/me/calendar-feed")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke my calendar feed: its address stops working")
	void revoke(@AuthenticationPrincipal CurrentUser user) {
		this.feeds.revoke(user.id());
	}

	@GetMapping("/api/calendar/{token}")
	@SecurityRequirements
	@Operation(summary = "A calendar feed (iCalendar), by its secret address; no session needed",
			description = "404 for an address that was revoked, replaced or never made.")
	@ApiResponse(responseCode = "200", description = "The calendar",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		String calendar = this.feeds.feed(token).orElseThrow(() -> DomainException.notFound("calendar.notFound"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("skillgap.ics").build().toString())
			.header("Referrer-Policy", "no-referrer")
			.body(calendar.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param active whether a feed address exists
	 * @param createdAt when it was made
	 */
	record FeedStatus(boolean active, @Nullable Instant createdAt) {
	}

	/**
	 * @param url the secret address: anyone who has it can read the feed
	 */
	record FeedUrl(String url) {
	}

}
