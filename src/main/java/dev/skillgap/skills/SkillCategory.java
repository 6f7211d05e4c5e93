package dev.skillgap.skills;

import dev.skillgap.platform.LocalizedText;

public record SkillCategory(String code, LocalizedText name) {
}
