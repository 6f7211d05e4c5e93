package dev.skillgap.postings;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.Levels;
import dev.skillgap.TestAccounts;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Job postings through the API on a real PostgreSQL: analysing a pasted posting (the role
 * it describes, the skills it asks for with the words that matched, my gap), the limits
 * on what may be pasted, and saved postings (list, detail, history, compare, delete),
 * which only their owner ever sees.
 */
@IntegrationTest
class PostingsIntegrationTests {

	static final String ANALYZE = "/api/postings/analyze";

	static final String SAVED = "/api/me/postings";

	static final String LINUX = "linux-administration";

	static final List<String> ROLES = List.of("infrastructure-engineer", "server-engineer", "cloud-engineer",
			"network-engineer", "devops-engineer", "system-architect");

	/** A posting that names no skill of the taxonomy. */
	static final String NO_KNOWN_SKILLS = "【募集職種】パン職人\n早朝からパンを焼き、店頭で販売していただきます。\n明るく元気な方を歓迎します。";

	@Autowired
	MockMvc mvc;

	private Learner learner() throws Exception {
		return new Learner(new TestAccounts(this.mvc).register().client());
	}

	// Builders

	private static String posting(String text) {
		return Json.object("text", text);
	}

	private static String posting(String title, String text) {
		return Json.object("title", title, "text", text);
	}

	/**
	 * Realistic text (Japanese, Latin, spaces, new lines) of exactly this many
	 * characters.
	 */
	private static String textOfLength(int length) {
		String line = "【必須スキル】Linuxサーバーの構築・運用経験3年以上、Nginx の設定経験\n";
		String text = line.repeat(length / line.length() + 1).substring(0, length);
		assertThat(text.codePointCount(0, text.length())).isEqualTo(length);
		return text;
	}

	/** {@code POST /api/postings/analyze} that must answer 200: the report. */
	private static String analyze(Learner learner, String text) throws Exception {
		return Json.body(learner.post(ANALYZE, posting(text)).andExpect(status().isOk()).andReturn());
	}

	/** {@code POST /api/me/postings} that must answer 201: the new posting's id. */
	private static UUID save(Learner learner, String text) throws Exception {
		MvcResult result = learner.post(SAVED, posting(text)).andExpect(status().isCreated()).andReturn();
		return UUID.fromString(Json.read(result, "$.id"));
	}

	private static String ids(UUID... ids) {
		return Stream.of(ids).map((id) -> "ids=" + id).collect(Collectors.joining("&"));
	}

	private static double fit(String report) {
		return Json.<Number>read(report, "$.fit").doubleValue();
	}

	/** The skill the report lists for this code. */
	private static Map<String, Object> skill(String report, String code) {
		List<Map<String, Object>> skills = Json.read(report, "$.skills[?(@.skillCode == '" + code + "')]");
		assertThat(skills).as("%s among the skills of the report", code).hasSize(1);
		return skills.get(0);
	}

	/**
	 * The text as the analyser compares it: compatibility forms (full-width letters,
	 * half-width katakana) folded, lower case, katakana long-vowel marks ignored.
	 */
	private static String loose(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("ー", "");
	}

	private static String concatenatedSegments(String report) {
		return String.join("", Json.<List<String>>read(report, "$.segments[*].text"));
	}

	// Analysing a posting

	@Test
	void aJapaneseServerPostingDescribesTheServerEngineerRoleOnTheThreeSignals() throws Exception {
		String report = analyze(learner(), SamplePostings.text("ja-server-1"));

		assertThat(Json.<String>read(report, "$.language")).isEqualTo("ja");
		assertThat(Json.<String>read(report, "$.roleCode")).isEqualTo("server-engineer");
		assertThat(Json.<String>read(report, "$.roleName")).isEqualTo("Server engineer");
		List<Map<String, Object>> roles = Json.read(report, "$.roles");
		assertThat(roles).extracting((role) -> role.get("roleCode")).containsExactlyInAnyOrderElementsOf(ROLES);
		assertThat(roles).allSatisfy((role) -> {
			for (String signal : List.of("score", "duties", "technologies", "skillSet")) {
				assertThat(((Number) role.get(signal)).doubleValue()).as("%s of %s", signal, role.get("roleCode"))
					.isBetween(0.0, 1.0);
			}
			assertThat((String) role.get("roleName")).isNotBlank();
		});
		assertThat(roles).as("best first")
			.extracting((role) -> ((Number) role.get("score")).doubleValue())
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(roles.get(0).get("roleCode")).isEqualTo("server-engineer");
		assertThat(((Number) roles.get(0).get("score")).doubleValue())
			.isGreaterThan(((Number) roles.get(1).get("score")).doubleValue());
		// each signal comes with the words that triggered it
		assertThat(roles).allSatisfy(
				(role) -> assertThat(role).containsKeys("dutyPhrases", "breadth", "technologyTerms", "skillSetTerms"));
		assertThat(roles.get(0).get("technologyTerms")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("Linux");
		assertThat(roles.get(0).get("skillSetTerms")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
		assertThat(roles.get(0).get("dutyPhrases")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();

		assertThat(Json.<List<String>>read(report, "$.skills[*].skillCode")).contains(LINUX, "web-servers")
			.doesNotHaveDuplicates();
		// 必須スキル: Linuxサーバーの構築・運用経験3年以上
		Map<String, Object> linux = skill(report, LINUX);
		assertThat(linux).containsEntry("section", "required")
			.containsEntry("inferredLevel", 3)
			.containsEntry("target", 3)
			.containsEntry("weight", 3);
		assertThat(SamplePostings.text("ja-server-1")).as("the words the level was read from")
			.contains((String) linux.get("levelEvidence"));
		// a blank profile: not fit at all yet, and something to learn first
		assertThat(fit(report)).isZero();
		List<Map<String, Object>> recommendations = Json.read(report, "$.recommendations");
		assertThat(recommendations).isNotEmpty().hasSizeLessThanOrEqualTo(5).allSatisfy((item) -> {
			assertThat((String) item.get("code")).isNotBlank();
			assertThat((String) item.get("title")).isNotBlank();
			assertThat((String) item.get("reason")).isNotBlank();
		});
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "ja-server-1", "ja-server-2", "ja-infra-2", "en-server-1" })
	void evidencePointsAtTheMatchedWordsAndSegmentsRebuildTheOriginalText(String id) throws Exception {
		String text = SamplePostings.text(id);
		String report = analyze(learner(), text);

		List<Map<String, Object>> skills = Json.read(report, "$.skills");
		assertThat(skills).isNotEmpty();
		List<String> found = new ArrayList<>();
		for (Map<String, Object> skill : skills) {
			List<Map<String, Object>> evidence = Json.read(Json.write(skill), "$.evidence");
			assertThat(evidence).as("evidence of %s", skill.get("skillCode")).isNotEmpty();
			for (Map<String, Object> mention : evidence) {
				int start = (Integer) mention.get("start");
				int end = (Integer) mention.get("end");
				assertThat(start).as("start of %s", mention).isBetween(0, end - 1);
				assertThat(end).as("end of %s", mention).isLessThanOrEqualTo(text.length());
				String matched = text.substring(start, end);
				assertThat(loose(matched))
					.as("text[%d,%d) = '%s' for the term '%s'", start, end, matched, mention.get("term"))
					.contains(loose((String) mention.get("term")));
				found.add(skill.get("skillCode") + "@" + start + "-" + end);
			}
		}

		assertThat(concatenatedSegments(report)).as("segments put back together").isEqualTo(text);
		int at = 0;
		for (Map<String, Object> segment : Json.<List<Map<String, Object>>>read(report, "$.segments")) {
			String piece = (String) segment.get("text");
			assertThat(piece).isNotEmpty();
			if (segment.get("skillCode") != null) {
				assertThat(found).as("a highlighted segment '%s' is a piece of evidence", piece)
					.contains(segment.get("skillCode") + "@" + at + "-" + (at + piece.length()));
			}
			at += piece.length();
		}
	}

	@Test
	void fullWidthLettersAreFoundAndShownAsWritten() throws Exception {
		// ja-server-2 is written in full-width Latin letters: Ｗｉｎｄｏｗｓ Ｓｅｒｖｅｒ, ＡＷＳ
		String text = SamplePostings.text("ja-server-2");
		String report = analyze(learner(), text);

		assertThat(Json.<String>read(report, "$.roleCode")).isEqualTo("server-engineer");
		List<String> highlighted = Json.read(report,
				"$.segments[?(@.skillCode == 'windows-server-administration')].text");
		assertThat(highlighted).isNotEmpty().anySatisfy((piece) -> assertThat(piece).contains("Ｗｉｎｄｏｗｓ"));
	}

	@Test
	void halfWidthKatakanaIsFoundAndShownAsWritten() throws Exception {
		String text = "【必須スキル】\nﾘﾅｯｸｽｻｰﾊﾞｰの構築経験3年以上\nﾈｯﾄﾜｰｸの基礎知識";
		String report = analyze(learner(), text);

		assertThat(Json.<List<String>>read(report, "$.segments[?(@.skillCode == 'linux-administration')].text"))
			.containsExactly("ﾘﾅｯｸｽ");
		Map<String, Object> linux = skill(report, LINUX);
		assertThat(linux).containsEntry("section", "required").containsEntry("inferredLevel", 3);
		assertThat(concatenatedSegments(report)).isEqualTo(text);
	}

	@Test
	void namesFollowAcceptLanguage() throws Exception {
		Learner learner = learner();
		String text = SamplePostings.text("ja-server-1");
		String english = analyze(learner, text);
		String japanese = analyze(learner.in("ja"), text);

		assertThat(Json.<String>read(japanese, "$.roleName")).isEqualTo("サーバーエンジニア");
		assertThat(Json.<List<String>>read(japanese, "$.roles[*].roleName")).contains("インフラエンジニア", "クラウドエンジニア");
		assertThat(skill(japanese, LINUX).get("skillName")).isEqualTo("Linuxサーバー管理");
		assertThat(skill(english, LINUX).get("skillName")).isEqualTo("Linux server administration");
		// the analysis itself does not depend on the language asked for
		assertThat(Json.<List<String>>read(japanese, "$.skills[*].skillCode"))
			.isEqualTo(Json.<List<String>>read(english, "$.skills[*].skillCode"));
		assertThat(Json.<String>read(japanese, "$.recommendations[0].reason"))
			.containsPattern("\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}");
	}

	@Test
	void raisingALevelThePostingAsksForClosesTheGapAndRaisesTheFit() throws Exception {
		Learner learner = learner();
		String text = SamplePostings.text("ja-server-1");
		String before = analyze(learner, text);
		Map<String, Object> linuxBefore = skill(before, LINUX);
		int target = (Integer) linuxBefore.get("target");
		assertThat(linuxBefore.get("current")).isEqualTo(0);
		assertThat(linuxBefore.get("gap")).isEqualTo(target);

		learner.records(Levels.of(LINUX, 5));
		String after = analyze(learner, text);

		Map<String, Object> linuxAfter = skill(after, LINUX);
		assertThat(linuxAfter.get("current")).isEqualTo(5);
		assertThat(linuxAfter.get("gap")).isEqualTo(0);
		assertThat(fit(after)).isGreaterThan(fit(before));
		// a skill I did not touch keeps its gap
		assertThat(skill(after, "web-servers").get("gap")).isEqualTo(skill(before, "web-servers").get("gap"));
	}

	@Test
	void aTextWithoutAnyKnownSkillNamesNoRoleAndNoFit() throws Exception {
		String report = analyze(learner(), NO_KNOWN_SKILLS);

		assertThat(Json.<Object>read(report, "$.roleCode")).isNull();
		assertThat(Json.<Object>read(report, "$.roleName")).isNull();
		assertThat(Json.<Object>read(report, "$.fit")).isNull();
		assertThat(Json.<List<Object>>read(report, "$.skills")).isEmpty();
		assertThat(Json.<Boolean>read(report, "$.tooShort")).isTrue();
		assertThat(Json.<List<Object>>read(report, "$.roles")).isEmpty();
		assertThat(concatenatedSegments(report)).isEqualTo(NO_KNOWN_SKILLS);
	}

	@Test
	void theRolesComeAsADistributionWithAConfidenceAndWhatPushedEach() throws Exception {
		String report = analyze(learner(), SamplePostings.text("ja-server-1"));

		List<Double> probabilities = Json.read(report, "$.roles[*].probability");
		assertThat(probabilities).hasSize(6);
		assertThat(probabilities.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
				org.assertj.core.api.Assertions.within(0.001));
		assertThat(Json.<String>read(report, "$.roleCode")).isEqualTo("server-engineer");
		assertThat(Json.<Double>read(report, "$.confidence")).isEqualTo(probabilities.get(0));
		assertThat(Json.<Boolean>read(report, "$.tooShort")).isFalse();
		assertThat(Json.<List<String>>read(report, "$.roles[0].drivers[*].kind")).isNotEmpty();
		assertThat(Json.<List<String>>read(report, "$.roleGaps[*].roleCode")).startsWith("server-engineer");
	}

	@Test
	void aPostingThatMixesTwoRolesNamesTheSecondAndMyGapToBoth() throws Exception {
		String report = analyze(learner(), PostingJudgementTests.SERVER_WORK_ON_AN_INFRASTRUCTURE_TEAM);

		String role = Json.read(report, "$.roleCode");
		String mixedWith = Json.read(report, "$.mixedWith");
		assertThat(List.of(role, mixedWith)).containsExactlyInAnyOrder("server-engineer", "infrastructure-engineer");
		assertThat(Json.<String>read(report, "$.mixedWithName")).isNotBlank();
		assertThat(Json.<List<String>>read(report, "$.roleGaps[*].roleCode")).containsExactly(role, mixedWith);
		assertThat(Json.<List<Object>>read(report, "$.roleGaps[0].gaps")).isNotEmpty();
	}

	@Test
	void aPostingTooShortToJudgeShowsItsSkillsAndNoRole() throws Exception {
		String report = analyze(learner(), "Infrastructure Engineer\nAWS");

		assertThat(Json.<Boolean>read(report, "$.tooShort")).isTrue();
		assertThat(Json.<Object>read(report, "$.roleCode")).isNull();
		assertThat(Json.<Object>read(report, "$.mixedWith")).isNull();
		assertThat(Json.<List<Object>>read(report, "$.roles")).isEmpty();
		assertThat(Json.<List<Object>>read(report, "$.roleGaps")).isEmpty();
		assertThat(Json.<List<String>>read(report, "$.skills[*].skillCode")).containsExactly("aws");
	}

	@Test
	void markupIsReturnedAsPlainTextUnchanged() throws Exception {
		String text = """
				<script>alert('xss')</script>
				<h1 onclick="steal()">Linux engineer</h1> & <b>Nginx</b> &amp; &lt;AWS&gt;
				<img src=x onerror=alert(1)>【必須】Linuxサーバーの構築経験
				""";
		Learner learner = learner();
		MvcResult result = learner.post(ANALYZE, posting(text))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn();
		String report = Json.body(result);

		assertThat(concatenatedSegments(report)).isEqualTo(text);
		assertThat(Json.<List<String>>read(report, "$.skills[*].skillCode")).contains(LINUX, "web-servers");

		UUID id = save(learner, text);
		learner.get(SAVED + "/" + id)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.text").value(text))
			.andExpect(jsonPath("$.title").value("<script>alert('xss')</script>"));
	}

	// What may be pasted

	static Stream<Arguments> invalidPostings() {
		return Stream.of(Arguments.of("empty", posting("")),
				Arguments.of("whitespace only", posting("  \n\t\u3000 \r\n")),
				Arguments.of("no text", Json.object("title", "A title and nothing else")),
				Arguments.of("null text", posting(null)),
				Arguments.of("20,001 characters", posting(textOfLength(20_001))),
				Arguments.of("a NUL character", posting("Linux engineer\u0000 wanted")),
				Arguments.of("binary junk", posting("PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000!\u0000 Linux")),
				Arguments.of("control characters", posting("\u0001\u0002\u0003\u0004\u0005\u0006 Linux AWS")));
	}

	@ParameterizedTest(name = "analyze: {0}")
	@MethodSource("invalidPostings")
	void analysingSomethingThatIsNotAPostingIs400OnText(String name, String body) throws Exception {
		learner().post(ANALYZE, body)
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("text")));
	}

	@ParameterizedTest(name = "save: {0}")
	@MethodSource("invalidPostings")
	void savingSomethingThatIsNotAPostingIs400OnTextAndSavesNothing(String name, String body) throws Exception {
		Learner learner = learner();
		learner.post(SAVED, body)
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("text")));
		assertThat(learner.<List<Object>>read(SAVED, "$")).isEmpty();
	}

	@Test
	void whyAPostingIsRefusedIsSaidInTheRequestsLanguage() throws Exception {
		Learner learner = learner();
		String tooLong = posting(textOfLength(20_001));
		learner.post(ANALYZE, tooLong)
			.andExpect(problem(400))
			.andExpect(jsonPath("$.detail").value("A posting may have at most 20000 characters; this one has 20001."))
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		learner.in("ja")
			.post(ANALYZE, tooLong)
			.andExpect(problem(400))
			.andExpect(jsonPath("$.detail").value("求人は20000文字までです（この求人は20001文字です）。"));
		learner.in("ja")
			.get(SAVED + "/" + UUID.randomUUID())
			.andExpect(problem(404))
			.andExpect(jsonPath("$.detail").value("保存された求人が見つかりません。"));
		learner.get(SAVED + "/" + UUID.randomUUID()).andExpect(jsonPath("$.detail").value("No such saved posting."));
	}

	@Test
	void exactlyTwentyThousandCharactersAreAccepted() throws Exception {
		String text = textOfLength(20_000);
		Learner learner = learner();
		String report = analyze(learner, text);
		assertThat(Json.<List<String>>read(report, "$.skills[*].skillCode")).contains(LINUX);
		assertThat(concatenatedSegments(report)).isEqualTo(text);

		UUID id = save(learner, text);
		assertThat(learner.<String>read(SAVED + "/" + id, "$.text")).isEqualTo(text);
	}

	@Test
	void tabsAndWindowsLineEndsAreText() throws Exception {
		String text = "【必須スキル】\r\n\tLinuxサーバーの構築経験\r\n\tNginx\r\n";
		String report = analyze(learner(), text);
		assertThat(Json.<List<String>>read(report, "$.skills[*].skillCode")).contains(LINUX, "web-servers");
		assertThat(concatenatedSegments(report)).isEqualTo(text);
	}

	// Saved postings

	@Test
	void aSavedPostingGetsAnIdAndItsFirstLineAsTitle() throws Exception {
		Learner learner = learner();
		String text = SamplePostings.text("ja-server-1");
		MvcResult saved = learner.post(SAVED, posting(text))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("【募集職種】サーバーエンジニア（Linux／Webホスティング）"))
			.andExpect(jsonPath("$.text").value(text))
			.andExpect(jsonPath("$.report.roleCode").value("server-engineer"))
			.andReturn();
		UUID id = UUID.fromString(Json.read(saved, "$.id"));
		assertThat(Instant.parse(Json.read(saved, "$.createdAt"))).isBeforeOrEqualTo(Instant.now());

		learner.post(SAVED, posting("  Hosting job from the fair  ", text))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Hosting job from the fair"))
			.andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.not(id.toString())));
	}

	@Test
	void myPostingsAreListedNewestFirstWithTheirRoleAndMyFit() throws Exception {
		Learner learner = learner();
		UUID server = save(learner, SamplePostings.text("ja-server-1"));
		UUID network = save(learner, SamplePostings.text("ja-network-1"));
		learner.records(Levels.of(LINUX, 3));

		String list = learner.body(SAVED);
		assertThat(Json.<List<String>>read(list, "$[*].id")).containsExactly(network.toString(), server.toString());
		assertThat(Json.<List<String>>read(list, "$[*].roleCode")).containsExactly("network-engineer",
				"server-engineer");
		assertThat(Json.<List<String>>read(list, "$[*].title")).allSatisfy((title) -> assertThat(title).isNotBlank());
		List<Instant> created = Json.<List<String>>read(list, "$[*].createdAt").stream().map(Instant::parse).toList();
		assertThat(created).isSortedAccordingTo(Comparator.reverseOrder());
		// the fit in the list is the fit the posting's own report gives
		double listed = Json.<Number>read(list, "$[1].fit").doubleValue();
		assertThat(listed).isPositive()
			.isLessThan(1.0)
			.isEqualTo(fit(Json.write(learner.<Map<String, Object>>read(SAVED + "/" + server, "$.report"))));
		assertThat(Json.<Integer>read(list, "$[1].skills")).isPositive();
		assertThat(Json.<String>read(learner.in("ja").body(SAVED), "$[1].roleName")).isEqualTo("サーバーエンジニア");
	}

	@Test
	void aSavedPostingWithoutKnownSkillsIsListedWithoutAFit() throws Exception {
		Learner learner = learner();
		UUID server = save(learner, SamplePostings.text("ja-server-1"));
		UUID bakery = save(learner, NO_KNOWN_SKILLS);

		String list = learner.body(SAVED);
		assertThat(Json.<List<String>>read(list, "$[*].id")).containsExactly(bakery.toString(), server.toString());
		assertThat(Json.<Object>read(list, "$[0].roleCode")).isNull();
		assertThat(Json.<Object>read(list, "$[0].fit")).isNull();
		learner.get(SAVED + "/compare?" + ids(bakery, server))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.postings[0].fit").value(org.hamcrest.Matchers.nullValue()));
		learner.records(Levels.of(LINUX, 1));
		assertThat(learner.<List<Object>>read(SAVED + "/" + bakery + "/history", "$[*].fit"))
			.as("no fit over time to a posting that asks for nothing we know, as in its report")
			.isEmpty();
	}

	@Test
	void aSavedPostingComesBackWithItsTextAndAFreshReport() throws Exception {
		Learner learner = learner();
		String text = SamplePostings.text("en-server-1");
		UUID id = save(learner, text);
		double fitBefore = fit(Json.write(learner.<Map<String, Object>>read(SAVED + "/" + id, "$.report")));

		learner.records(Levels.of(LINUX, 4));
		String saved = learner.body(SAVED + "/" + id);

		assertThat(Json.<String>read(saved, "$.id")).isEqualTo(id.toString());
		assertThat(Json.<String>read(saved, "$.text")).isEqualTo(text);
		assertThat(Json.<String>read(saved, "$.title")).isEqualTo("Linux Server Engineer");
		assertThat(Json.<String>read(saved, "$.report.roleCode")).isEqualTo("server-engineer");
		assertThat(String.join("", Json.<List<String>>read(saved, "$.report.segments[*].text"))).isEqualTo(text);
		assertThat(Json.<Number>read(saved, "$.report.fit").doubleValue()).as("analysed with my current levels")
			.isGreaterThan(fitBefore);
	}

	@Test
	void anotherUserCannotSeeOrTouchMyPosting() throws Exception {
		Learner me = learner();
		UUID mine = save(me, SamplePostings.text("ja-server-1"));
		Learner other = learner();
		UUID theirs = save(other, SamplePostings.text("en-server-1"));

		other.get(SAVED + "/" + mine).andExpect(problem(404));
		other.get(SAVED + "/" + mine + "/history").andExpect(problem(404));
		other.get(SAVED + "/compare?" + ids(mine)).andExpect(problem(404));
		other.get(SAVED + "/compare?" + ids(theirs, mine)).andExpect(problem(404));
		other.delete(SAVED + "/" + mine).andExpect(problem(404));
		assertThat(other.<List<String>>read(SAVED, "$[*].id")).containsExactly(theirs.toString());

		// and nothing happened to it
		me.get(SAVED + "/" + mine).andExpect(status().isOk());
		assertThat(me.<List<String>>read(SAVED, "$[*].id")).containsExactly(mine.toString());
	}

	@Test
	void aDeletedPostingIsGone() throws Exception {
		Learner learner = learner();
		UUID kept = save(learner, SamplePostings.text("ja-cloud-1"));
		UUID deleted = save(learner, SamplePostings.text("ja-server-1"));

		learner.delete(SAVED + "/" + deleted).andExpect(status().isNoContent());

		learner.get(SAVED + "/" + deleted).andExpect(problem(404));
		learner.get(SAVED + "/" + deleted + "/history").andExpect(problem(404));
		learner.get(SAVED + "/compare?" + ids(deleted)).andExpect(problem(404));
		learner.delete(SAVED + "/" + deleted).andExpect(problem(404));
		assertThat(learner.<List<String>>read(SAVED, "$[*].id")).containsExactly(kept.toString());
	}

	@Test
	void theHistoryHasOnePointPerLevelChangeAndTheFitNeverFallsAsIRaiseWhatThePostingAsks() throws Exception {
		Learner learner = learner();
		UUID id = save(learner, SamplePostings.text("ja-server-1"));
		assertThat(learner.<List<Object>>read(SAVED + "/" + id + "/history", "$")).as("no level changes yet").isEmpty();

		learner.records(Levels.of(LINUX, 2));
		learner.records(Levels.of("web-servers", 3));
		learner.records(Levels.of(LINUX, 4));
		learner.records(Levels.of("network-design", 5)); // not asked for by this posting

		String history = learner.in("ja").body(SAVED + "/" + id + "/history");
		assertThat(Json.<List<String>>read(history, "$[*].skillCode")).containsExactly(LINUX, "web-servers", LINUX,
				"network-design");
		assertThat(Json.<List<Integer>>read(history, "$[*].level")).containsExactly(2, 3, 4, 5);
		assertThat(Json.<String>read(history, "$[0].skillName")).isEqualTo("Linuxサーバー管理");
		List<Double> fits = Json.<List<Number>>read(history, "$[*].fit").stream().map(Number::doubleValue).toList();
		assertThat(fits).isSortedAccordingTo(Comparator.naturalOrder())
			.allSatisfy((fit) -> assertThat(fit).isBetween(0.0, 1.0));
		assertThat(fits.get(0)).isPositive();
		assertThat(fits.get(2)).isGreaterThan(fits.get(1)).isGreaterThan(fits.get(0));
		assertThat(fits.get(3)).as("a skill the posting does not ask for").isEqualTo(fits.get(2));
		// the last point is where I stand now
		assertThat(fits.get(3))
			.isEqualTo(fit(Json.write(learner.<Map<String, Object>>read(SAVED + "/" + id, "$.report"))));
		List<Instant> at = Json.<List<String>>read(history, "$[*].at").stream().map(Instant::parse).toList();
		assertThat(at).isSortedAccordingTo(Comparator.naturalOrder());
	}

	@Test
	void postingsAreComparedInTheOrderAskedWithMyLevelAndEachPostingsTarget() throws Exception {
		Learner learner = learner();
		UUID server = save(learner, SamplePostings.text("ja-server-1"));
		UUID cloud = save(learner, SamplePostings.text("ja-cloud-1"));
		learner.records(Levels.of(LINUX, 3));

		String compared = learner.body(SAVED + "/compare?" + ids(cloud, server));
		assertThat(learner.body(SAVED + "/compare?ids=" + cloud + "," + server))
			.as("ids=a,b is the same as ids=a&ids=b")
			.isEqualTo(compared);
		assertThat(Json.<List<String>>read(compared, "$.postings[*].id")).containsExactly(cloud.toString(),
				server.toString());
		assertThat(Json.<List<String>>read(compared, "$.postings[*].roleCode")).containsExactly("cloud-engineer",
				"server-engineer");
		assertThat(Json.<List<String>>read(learner.body(SAVED + "/compare?" + ids(server, cloud)), "$.postings[*].id"))
			.containsExactly(server.toString(), cloud.toString());

		String serverReport = Json.write(learner.<Map<String, Object>>read(SAVED + "/" + server, "$.report"));
		String cloudReport = Json.write(learner.<Map<String, Object>>read(SAVED + "/" + cloud, "$.report"));
		List<String> asked = new ArrayList<>(Json.<List<String>>read(cloudReport, "$.skills[*].skillCode"));
		Json.<List<String>>read(serverReport, "$.skills[*].skillCode")
			.stream()
			.filter((code) -> !asked.contains(code))
			.forEach(asked::add);
		List<Map<String, Object>> rows = Json.read(compared, "$.skills");
		assertThat(rows).extracting((row) -> row.get("skillCode")).containsExactlyInAnyOrderElementsOf(asked);

		Map<String, Object> linux = rows.stream()
			.filter((row) -> LINUX.equals(row.get("skillCode")))
			.findFirst()
			.orElseThrow();
		assertThat(linux.get("current")).isEqualTo(3);
		assertThat(linux.get("skillName")).isEqualTo("Linux server administration");
		Map<String, Object> targets = Json.read(Json.write(linux), "$.targets");
		assertThat(targets).containsEntry(server.toString(), skill(serverReport, LINUX).get("target"));
		for (Map<String, Object> row : rows) {
			Map<String, Object> rowTargets = Json.read(Json.write(row), "$.targets");
			assertThat(rowTargets).as("targets of %s", row.get("skillCode"))
				.isNotEmpty()
				.allSatisfy((posting, target) -> {
					String report = posting.equals(server.toString()) ? serverReport : cloudReport;
					assertThat(target).isEqualTo(skill(report, (String) row.get("skillCode")).get("target"));
				});
		}
	}

	@Test
	void betweenOneAndTenPostingsCanBeCompared() throws Exception {
		Learner learner = learner();
		List<UUID> saved = new ArrayList<>();
		for (int i = 1; i <= 11; i++) {
			saved.add(save(learner, "Posting " + i + "\nLinux server engineer, Nginx"));
		}
		UUID[] ten = saved.subList(0, 10).toArray(UUID[]::new);
		UUID[] eleven = saved.toArray(UUID[]::new);

		learner.get(SAVED + "/compare?" + ids(ten))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.postings.length()").value(10));
		learner.get(SAVED + "/compare?" + ids(eleven))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("ids")));
		learner.get(SAVED + "/compare?ids=")
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("ids")));
	}

	@Test
	void compareWithoutIdsIs400NamingIds() throws Exception {
		learner().get(SAVED + "/compare")
			.andExpect(problem(400))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ids")));
	}

	@Test
	void compareWithoutIdsIs400OnTheFieldIds() throws Exception {
		learner().get(SAVED + "/compare")
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("ids")));
	}

	@Test
	void anUnknownIdIs404() throws Exception {
		Learner learner = learner();
		UUID mine = save(learner, SamplePostings.text("ja-server-1"));
		UUID unknown = UUID.randomUUID();
		learner.get(SAVED + "/" + unknown).andExpect(problem(404));
		learner.get(SAVED + "/" + unknown + "/history").andExpect(problem(404));
		learner.delete(SAVED + "/" + unknown).andExpect(problem(404));
		learner.get(SAVED + "/compare?" + ids(unknown)).andExpect(problem(404));
		learner.get(SAVED + "/compare?" + ids(mine, unknown)).andExpect(problem(404));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GET /api/me/postings/not-a-uuid", "GET /api/me/postings/12345/history",
			"DELETE /api/me/postings/not-a-uuid", "GET /api/me/postings/compare?ids=not-a-uuid",
			"GET /api/me/postings/compare?ids=00000000-0000-0000-0000-00000000000g" })
	void aMalformedIdIs400(String route) throws Exception {
		Learner learner = learner();
		String[] parts = route.split(" ");
		ResultActions result = parts[0].equals("DELETE") ? learner.delete(parts[1]) : learner.get(parts[1]);
		result.andExpect(problem(400));
	}

}
