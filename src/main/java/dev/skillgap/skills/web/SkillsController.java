package dev.skillgap.skills.web;

import java.util.List;
import java.util.Locale;

import dev.skillgap.skills.ScaleLevel;
import dev.skillgap.skills.Skill;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.skills.SkillCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/skills")
@Tag(name = "Skills", description = "The skill taxonomy, in the request's language (Accept-Language: ja or en)")
class SkillsController {

	private final SkillCatalog catalog;

	SkillsController(SkillCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "All skills with their level descriptors, grouped by category")
	List<SkillResponse> skills(Locale locale) {
		return this.catalog.skills().stream().map((skill) -> SkillResponse.of(skill, this.catalog, locale)).toList();
	}

	@GetMapping("/categories")
	@Operation(summary = "Skill categories in display order")
	List<CategoryResponse> categories(Locale locale) {
		return this.catalog.categories()
			.stream()
			.map((c) -> new CategoryResponse(c.code(), c.name().in(locale)))
			.toList();
	}

	@GetMapping("/scale")
	@Operation(summary = "The 0-5 proficiency scale with its ITSS and SFIA equivalents")
	List<ScaleResponse> scale(Locale locale) {
		return this.catalog.scale().stream().map((s) -> ScaleResponse.of(s, locale)).toList();
	}

	record SkillResponse(String code, String name, String category, String categoryName, String description,
			List<LevelResponse> levels) {

		static SkillResponse of(Skill skill, SkillCatalog catalog, Locale locale) {
			String categoryName = catalog.categories()
				.stream()
				.filter((c) -> c.code().equals(skill.categoryCode()))
				.map(SkillCategory::name)
				.findFirst()
				.map((name) -> name.in(locale))
				.orElse(skill.categoryCode());
			List<LevelResponse> levels = new java.util.ArrayList<>();
			for (int level = 0; level < skill.levels().size(); level++) {
				levels.add(new LevelResponse(level, skill.levels().get(level).in(locale)));
			}
			return new SkillResponse(skill.code(), skill.name().in(locale), skill.categoryCode(), categoryName,
					skill.description().in(locale), levels);
		}

	}

	record LevelResponse(int level, String description) {
	}

	record CategoryResponse(String code, String name) {
	}

	record ScaleResponse(int level, String name, String description, String itss, String sfia) {

		static ScaleResponse of(ScaleLevel scale, Locale locale) {
			return new ScaleResponse(scale.level(), scale.name().in(locale), scale.description().in(locale),
					scale.itss(), scale.sfia());
		}

	}

}
