package dev.skillgap.platform;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input that PostgreSQL cannot store, that is not valid Unicode or that Tomcat cannot
 * decode is refused centrally with a 400 problem naming the field, in the request's
 * language, for every endpoint; never a 500.
 */
@IntegrationTest
class InputHardeningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("mvcConversionService")
	FormattingConversionService conversions;

	/** One account for the class: registering hashes a password, which takes a while. */
	private static TestClient shared;

	TestClient user;

	@BeforeEach
	void logIn() throws Exception {
		if (shared == null) {
			shared = new TestAccounts(this.mvc).register().client();
		}
		this.user = shared;
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void aNulCharacterInAStringFieldIs400NamingTheField() throws Exception {
		String before = Json.read(this.user.perform(get("/api/auth/me")).andReturn(), "$.displayName");
		this.user.perform(json(patch("/api/auth/me"), "{\"displayName\":\"a\\u0000b\"}"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("displayName"))
			.andExpect(jsonPath("$.errors[0].message").value("Must not contain the NUL character."));
		// the profile is unchanged
		this.user.perform(get("/api/auth/me")).andExpect(jsonPath("$.displayName").value(before));
	}

	@Test
	void aNulCharacterInAListElementNamesItsIndex() throws Exception {
		this.user.perform(json(put("/api/me/plan/order"), "{\"itemCodes\":[\"ok\",\"x\\u0000\"]}"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("itemCodes[1]"));
	}

	@Test
	void aNulCharacterInANestedFieldNamesThePath() throws Exception {
		this.user
			.perform(json(post("/api/me/fit/what-if"), "{\"changes\":[{\"skillCode\":\"linux\\u0000\",\"level\":3}]}"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("changes[0].skillCode"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\\ud800b", "\\udc00", "end\\ud83d" })
	void aLoneSurrogateIs400InTheRequestsLanguage(String text) throws Exception {
		this.user
			.perform(json(patch("/api/auth/me"), "{\"displayName\":\"" + text + "\"}").header("Accept-Language", "ja"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("displayName"))
			.andExpect(jsonPath("$.errors[0].message").value("正しいUnicodeの文字列にしてください（対になっていないサロゲートが含まれています）。"));
	}

	@Test
	void aSurrogatePairIsText() throws Exception {
		this.user.perform(json(patch("/api/auth/me"), "{\"displayName\":\"Emoji \\ud83d\\ude00\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Emoji \uD83D\uDE00"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "+999999999-12-31", "-4714-01-01", "1899-12-31", "+10000-01-01", "-999999999-01-01" })
	void aDateOutsideTheAcceptedYearsIs400(String date) throws Exception {
		this.user.perform(json(post("/api/me/plan"), Json.object("itemCode", "x", "targetDate", date)))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("targetDate"))
			.andExpect(jsonPath("$.errors[0].message").value("Use a date between 1900-01-01 and 9999-12-31."));
		this.user.perform(json(post("/api/me/plan/x/hours"), Json.object("hours", 1, "loggedOn", date)))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("loggedOn"));
	}

	@Test
	void theEdgesOfTheAcceptedYearsAreDates() throws Exception {
		// read as dates: the item is unknown (404), the date is not what is wrong
		for (String date : List.of("1900-01-01", "9999-12-31")) {
			this.user.perform(json(post("/api/me/plan"), Json.object("itemCode", "no-such-item", "targetDate", date)))
				.andExpect(problem(404));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "99999999999999", "-1", "1.5", "[2026,1,1]", "true", "{}" })
	void aDateThatIsNotTextIs400(String value) throws Exception {
		this.user.perform(json(put("/api/me/goal"), "{\"roleCode\":\"cloud-engineer\",\"targetDate\":" + value + "}"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("targetDate"))
			.andExpect(jsonPath("$.errors[0].message").value("Give the date as ISO-8601 text, such as 2026-04-01."));
	}

	@Test
	void aGoalOnAValidDateStillWorks() throws Exception {
		String date = LocalDate.now().plusYears(1).toString();
		this.user.perform(json(put("/api/me/goal"), Json.object("roleCode", "cloud-engineer", "targetDate", date)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetDate").value(date));
	}

	@ParameterizedTest
	@ValueSource(strings = { "skill=%ff", "skill=%C0%AF", "skill=%zz", "skill=abc%", "skill=%ED%A0%80", "sk%ffill=1" })
	void badPercentEncodingInTheQueryIs400NamingTheParameter(String query) throws Exception {
		String field = query.startsWith("skill=") ? "skill" : "sk%ffill";
		this.user.perform(get("/api/learning/items").with((request) -> {
			request.setQueryString(query);
			return request;
		}))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value("Must be valid percent-encoded UTF-8."));
	}

	@Test
	void aNulCharacterInAQueryParameterIs400() throws Exception {
		this.user.perform(get(URI.create("/api/learning/items?kind=course&skill=a%00b")))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("skill"))
			.andExpect(jsonPath("$.errors[0].message").value("Must not contain the NUL character."));
	}

	@Test
	void wellEncodedQueryParametersAreRead() throws Exception {
		this.user.perform(get(URI.create("/api/learning/items?skill=%E3%81%82&kind=a+b"))).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(
			strings = { ",", ",,", "00000000-0000-0000-0000-000000000001,", ",00000000-0000-0000-0000-000000000001",
					"00000000-0000-0000-0000-000000000001,,00000000-0000-0000-0000-000000000002" })
	void anEmptyListElementIs400(String ids) throws Exception {
		this.user.perform(get("/api/me/postings/compare").queryParam("ids", ids))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("ids"))
			.andExpect(jsonPath("$.errors[0].message").value("Must not contain empty elements."));
	}

	@Test
	void aBlankIdIs400() throws Exception {
		this.user.perform(get("/api/me/postings/compare").queryParam("ids", " ").queryParam("ids", "x"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("ids"));
		this.user.perform(get("/api/me/postings/compare").queryParam("ids", "")).andExpect(problem(400));
	}

	@Test
	void aMultipartBodyIs415EvenWhenMalformed() throws Exception {
		for (String contentType : List.of("multipart/form-data", "multipart/form-data; boundary=xx",
				"multipart/mixed; boundary=")) {
			this.user.perform(post("/api/me/postings").contentType(contentType).content("--xx\r\ngarbage"))
				.andExpect(problem(415));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/*+json", "application/*" })
	void aWildcardContentTypeIs415(String contentType) throws Exception {
		this.user.perform(post("/api/me/plan/order").header("Content-Type", contentType).content("{\"itemCodes\":[]}"))
			.andExpect(problem(415));
	}

	@Test
	void aMalformedAcceptHeaderIs400NamingIt() throws Exception {
		this.user.perform(get("/api/auth/me").header("Accept", "no/such;q=x"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("Accept"));
	}

	@Test
	void aMalformedFormBodyIs400() throws Exception {
		this.user
			.perform(post("/api/me/postings").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("text=a%00b"))
			.andExpect(problem(400));
	}

	@Test
	void dateParametersAreConvertedWithinTheAcceptedYears() {
		assertThat(this.conversions.convert("2026-04-01", LocalDate.class)).isEqualTo(LocalDate.of(2026, 4, 1));
		for (String date : List.of("+999999999-12-31", "-4714-01-01", "1899-12-31")) {
			assertThatExceptionOfType(ConversionFailedException.class)
				.isThrownBy(() -> this.conversions.convert(date, LocalDate.class))
				.withRootCauseInstanceOf(InvalidInputException.class);
		}
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.conversions.convert("+999999999-12-31T00:00:00Z", java.time.Instant.class))
			.withRootCauseInstanceOf(InvalidInputException.class);
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.conversions.convert("1000-01-01T00:00:00+09:00", java.time.OffsetDateTime.class))
			.withRootCauseInstanceOf(InvalidInputException.class);
		// a bare number is no date
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.conversions.convert("12345", LocalDate.class));
	}

}
