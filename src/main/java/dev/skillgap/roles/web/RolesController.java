package dev.skillgap.roles.web;

import java.util.List;
import java.util.Locale;

import dev.skillgap.roles.Article;
import dev.skillgap.roles.Role;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/roles")
@Tag(name = "Roles", description = "The role skill profiles from the article, in the request's language")
class RolesController {

	private final RoleCatalog roles;

	private final SkillCatalog skills;

	private final Article article;

	RolesController(RoleCatalog roles, SkillCatalog skills, Article article) {
		this.roles = roles;
		this.article = article;
		this.skills = skills;
	}

	@GetMapping
	@Operation(summary = "All six role profiles with their requirements and next career steps")
	List<RoleResponse> roles(Locale locale) {
		return this.roles.roles().stream().map((role) -> RoleResponse.of(role, this.skills, locale)).toList();
	}

	@GetMapping("/article")
	@Operation(summary = "Lines of the source article that role rationales cite, by number",
			description = "lines: numbers and ranges such as 26-27,37 (at most 120 lines). The text is the "
					+ "article's Japanese; an English request also gets an English gloss of each cited line.")
	List<Article.Line> article(@RequestParam @Size(max = 200) String lines, Locale locale) {
		return this.article.lines(lines, locale);
	}

	@GetMapping("/{code}")
	@Operation(summary = "One role profile (404 for an unknown code)")
	RoleResponse role(@PathVariable String code, Locale locale) {
		return RoleResponse.of(this.roles.get(code), this.skills, locale);
	}

	record RoleResponse(String code, String name, String summary, String articleLines,
			List<RequirementResponse> requirements, List<String> nextRoles) {

		static RoleResponse of(Role role, SkillCatalog skills, Locale locale) {
			return new RoleResponse(role.code(), role.name().in(locale), role.summary().in(locale), role.articleLines(),
					role.requirements()
						.stream()
						.map((r) -> new RequirementResponse(r.skillCode(), skills.name(r.skillCode()).in(locale),
								skills.find(r.skillCode()).map((s) -> s.categoryCode()).orElse(null), r.targetLevel(),
								r.weight(), r.rationale().in(locale), r.anyOf(),
								role.alternativesTo(r)
									.stream()
									.map((code) -> new Alternative(code, skills.name(code).in(locale)))
									.toList()))
						.toList(),
					role.nextRoles());
		}

	}

	/**
	 * @param anyOf the group of alternatives the requirement belongs to (the code of its
	 * first member; any one member meets the group), or null
	 * @param alternatives the other members of the group
	 */
	record RequirementResponse(String skillCode, String skillName, String category, int targetLevel, int weight,
			String rationale, @Nullable String anyOf, List<Alternative> alternatives) {
	}

	record Alternative(String skillCode, String skillName) {
	}

}
