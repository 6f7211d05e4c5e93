package dev.skillgap.mentoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.skillgap.skills.CalibrationPoint;

/**
 * How self-assessments compare with validations, per skill: a pure summary of
 * {@link CalibrationPoint}s (plain unit tests in {@code CalibrationTests}).
 *
 * @param skillCode the skill
 * @param validations how many validations judged a self-assessment
 * @param overRated how many self-assessments were higher than the validation
 * @param underRated how many were lower
 * @param meanDifference the mean of self − validated (positive: people rate themselves
 * higher than the mentor does), rounded to one decimal
 */
public record Calibration(String skillCode, int validations, int overRated, int underRated, int matched,
		double meanDifference) {

	/** Per skill, in skill-code order. */
	public static List<Calibration> perSkill(List<CalibrationPoint> points) {
		Map<String, List<CalibrationPoint>> bySkill = new TreeMap<>();
		points.forEach((p) -> bySkill.computeIfAbsent(p.skillCode(), (k) -> new ArrayList<>()).add(p));
		List<Calibration> result = new ArrayList<>();
		bySkill.forEach((skill, list) -> result.add(of(skill, list)));
		return result;
	}

	public static Calibration of(String skillCode, List<CalibrationPoint> points) {
		int over = 0;
		int under = 0;
		long sum = 0;
		for (CalibrationPoint point : points) {
			int difference = point.difference();
			sum += difference;
			if (difference > 0) {
				over++;
			}
			else if (difference < 0) {
				under++;
			}
		}
		double mean = points.isEmpty() ? 0 : Math.round(10.0 * sum / points.size()) / 10.0;
		return new Calibration(skillCode, points.size(), over, under, points.size() - over - under, mean);
	}

}
