package dev.skillgap.postings;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.skillgap.platform.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The posting dictionary and the rules for reading postings built straight from
 * db/reference, for tests without Spring.
 */
final class ReferenceDictionary {

	private static PostingDictionary dictionary;

	private static PostingsFile postings;

	private ReferenceDictionary() {
	}

	static synchronized PostingDictionary load() {
		if (dictionary == null) {
			JsonNode skills = read("db/reference/skills.yaml");
			JsonNode roles = read("db/reference/roles.yaml");
			List<PostingDictionary.SkillTerms> skillTerms = skills.get("skills").valueStream().map((skill) -> {
				List<String> terms = new ArrayList<>();
				skill.get("terms").get("en").valueStream().forEach((t) -> terms.add(t.asString()));
				skill.get("terms").get("ja").valueStream().forEach((t) -> terms.add(t.asString()));
				return new PostingDictionary.SkillTerms(skill.get("code").asString(), skill.get("category").asString(),
						terms);
			}).toList();
			List<PostingDictionary.RoleSignals> roleSignals = roles.get("roles").valueStream().map((role) -> {
				List<String> duties = new ArrayList<>();
				role.get("postingDuties").get("en").valueStream().forEach((t) -> duties.add(t.asString()));
				role.get("postingDuties").get("ja").valueStream().forEach((t) -> duties.add(t.asString()));
				// a requirement names one skill, or anyOf alternatives (issue 12)
				List<PostingDictionary.Requirement> requirements = role.get("requirements")
					.valueStream()
					.flatMap((r) -> ((r.get("anyOf") != null) ? r.get("anyOf").valueStream()
							: java.util.stream.Stream.of(r.get("skill")))
						.map((skill) -> new PostingDictionary.Requirement(skill.asString(), r.get("target").asInt(),
								r.get("weight").asInt())))
					.toList();
				List<String> names = List.of(role.get("name").get("en").asString(),
						role.get("name").get("ja").asString());
				return new PostingDictionary.RoleSignals(role.get("code").asString(), names, duties, requirements);
			}).toList();
			dictionary = new PostingDictionary(skillTerms, roleSignals);
		}
		return dictionary;
	}

	/** db/reference/postings.yaml, read the way the app reads it. */
	static synchronized PostingsFile postings() {
		if (postings == null) {
			try (InputStream in = new FileInputStream("db/reference/postings.yaml")) {
				postings = ReferenceData.parse(in, PostingsFile.class);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return postings;
	}

	/**
	 * An analyser over the reference data, by the article's signals alone, judging every
	 * text however short (for tests of the reading rules).
	 */
	static PostingAnalyzer analyzer() {
		PostingsFile p = postings();
		PostingsFile alwaysJudging = new PostingsFile(p.normalization(), p.headings(), p.duties(), p.roleCues(),
				p.skillSetCues(), p.breadth(), p.scoring(), p.phrases(), p.levels(), p.roleTitles(),
				new PostingsFile.Judgement(java.util.Map.of(), 0), p.technologyCategories(), p.skillSetSkills());
		return new PostingAnalyzer(load(), alwaysJudging);
	}

	/** The analyser the app builds: the learned model of the reference data. */
	static PostingAnalyzer learned() {
		return new PostingAnalyzer(load(), postings(), java.util.Optional.of(model()));
	}

	/** db/reference/posting-model.yaml, read the way the app reads it. */
	static RoleModel model() {
		try (InputStream in = new FileInputStream("db/reference/posting-model.yaml")) {
			return ReferenceData.parse(in, RoleModel.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode read(String path) {
		try (InputStream in = new FileInputStream(path)) {
			return YAMLMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
