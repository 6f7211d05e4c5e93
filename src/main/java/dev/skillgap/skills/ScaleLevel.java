package dev.skillgap.skills;

import dev.skillgap.platform.LocalizedText;

/**
 * One step of the 0-5 proficiency scale, with the ITSS and SFIA levels it corresponds to.
 */
public record ScaleLevel(int level, LocalizedText name, LocalizedText description, String itss, String sfia) {

	public static final int MIN = 0;

	public static final int MAX = 5;

	public static boolean isValid(int level) {
		return level >= MIN && level <= MAX;
	}

}
