package dev.skillgap.learning;

import java.time.LocalDate;
import java.util.List;

import dev.skillgap.RandomCases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaceTests {

	private static final LocalDate SET = LocalDate.of(2026, 1, 1);

	@Test
	void aPaceThatFinishesBeforeTheTargetDateIsOnTrack() {
		LocalDate start = LocalDate.of(2026, 11, 1);
		LocalDate today = LocalDate.of(2026, 11, 29); // four weeks in

		// 10 h/week -> 100 hours in 10 weeks, the target is in 13
		Pace onTrack = Pace.of(40, start, today, 100, LocalDate.of(2027, 3, 1));
		// 2 h/week -> 50 weeks, the target is in 5
		Pace behind = Pace.of(8, start, today, 100, LocalDate.of(2027, 1, 1));

		assertThat(onTrack.hoursPerWeek()).isEqualTo(10.0);
		assertThat(onTrack.projectedDate()).isEqualTo(today.plusDays(70));
		assertThat(onTrack.status()).isEqualTo("on-track");
		assertThat(onTrack.onTrack()).isTrue();
		assertThat(behind.status()).isEqualTo("behind");
		assertThat(behind.onTrack()).isFalse();
		assertThat(behind.requiredHoursPerWeek()).isEqualTo(21.2);
	}

	@Test
	void aNewGoalWithNoHoursIsStartingNotOnTrack() {
		LocalDate today = LocalDate.of(2026, 11, 29);

		Pace none = Pace.of(0, today, today, 50, today.plusDays(70));

		assertThat(none.projectedDate()).isNull();
		assertThat(none.status()).isEqualTo("starting");
		// starting is neither on track nor behind: nothing shows it as "on track"
		assertThat(none.onTrack()).isFalse();
	}

	@Test
	void aTargetDateThatHasPassedWithHoursLeftIsBehindWithNoRequiredPace() {
		LocalDate today = LocalDate.of(2026, 11, 29);

		Pace late = Pace.of(10, today.minusDays(30), today, 50, today.minusDays(1));

		assertThat(late.requiredHoursPerWeek()).isNull();
		assertThat(late.status()).isEqualTo("behind");
		assertThat(late.onTrack()).isFalse();
	}

	@Test
	void aGoalNeedingMoreThanFortyHoursAWeekIsBehindFromTheFirstDay() {
		// 2,500 hours in about eight and a half weeks: 292 h a week
		Pace unreachable = Pace.of(0, SET, SET, 2500, SET.plusDays(60), SET);
		// 40 hours a week exactly is still a plan
		Pace full = Pace.of(0, SET, SET, 400, SET.plusDays(70), SET);

		assertThat(unreachable.requiredHoursPerWeek()).isEqualTo(291.7);
		assertThat(unreachable.status()).isEqualTo("behind");
		assertThat(unreachable.onTrack()).isFalse();
		assertThat(full.requiredHoursPerWeek()).isEqualTo(40.0);
		assertThat(full.status()).isEqualTo("starting");
	}

	@Test
	void theIssuesMenteeIsNotOnTrack() {
		// 6 h a week logged for a month, 33.7 h a week needed: the projection is years
		// late
		LocalDate today = SET.plusDays(28);
		LocalDate target = today.plusDays(600);
		double remaining = 33.7 * 600 / 7;

		Pace pace = Pace.of(24, SET, today, remaining, target, SET);

		assertThat(pace.hoursPerWeek()).isEqualTo(6.0);
		assertThat(pace.requiredHoursPerWeek()).isEqualTo(33.7);
		assertThat(pace.projectedDate()).isAfter(target.plusYears(3));
		assertThat(pace.status()).isEqualTo("behind");
		assertThat(pace.onTrack()).isFalse();
	}

	@Test
	void theGracePeriodIsTwoWeeksOrAQuarterOfAShorterGoal() {
		LocalDate target = SET.plusDays(300); // 10 months

		assertThat(Pace.of(0, SET, SET, 300, target, SET).status()).isEqualTo("starting");
		assertThat(Pace.of(0, SET, SET.plusDays(13), 300, target, SET).status()).isEqualTo("starting");
		Pace idle = Pace.of(0, SET, SET.plusDays(30), 300, target, SET);
		assertThat(idle.expectedHours()).isEqualTo(30.0);
		assertThat(idle.status()).isEqualTo("behind");
		// keeping up with the even pace is not enough when the projection is late
		assertThat(Pace.of(25, SET, SET.plusDays(30), 275, target, SET).status()).isEqualTo("behind");
		assertThat(Pace.of(40, SET, SET.plusDays(30), 260, target, SET).status()).isEqualTo("on-track");
		assertThat(Pace.of(10, SET, SET.plusDays(30), 0, target, SET).status()).isEqualTo("done");
		LocalDate soon = SET.plusDays(20);
		assertThat(Pace.of(0, SET, SET.plusDays(4), 20, soon, SET).status()).isEqualTo("starting");
		assertThat(Pace.of(0, SET, SET.plusDays(6), 20, soon, SET).status()).isEqualTo("behind");
	}

	@Test
	void onTrackAlwaysMeansInTimeAtASustainablePace() {
		RandomCases.forAll((random) -> {
			Pace pace = random(random);
			LocalDate target = SET.plusDays(random.between(-30, 2000));
			Pace judged = Pace.of(pace.hoursLogged(), SET, SET.plusDays(random.between(0, 900)), pace.remainingHours(),
					target, SET.minusDays(random.between(0, 60)));
			String why = judged.toString() + " target " + target;
			if (judged.status().equals("on-track")) {
				assertThat(judged.projectedDate()).as(why).isNotNull();
				assertThat(judged.projectedDate()).as(why).isBeforeOrEqualTo(target);
				assertThat(judged.requiredHoursPerWeek()).as(why).isNotNull();
				assertThat(judged.requiredHoursPerWeek()).as(why).isLessThanOrEqualTo(Pace.MAX_HOURS_PER_WEEK);
			}
			if (judged.projectedDate() != null && judged.projectedDate().isAfter(target)) {
				assertThat(judged.onTrack()).as(why).isFalse();
			}
			if (judged.requiredHoursPerWeek() != null && judged.requiredHoursPerWeek() > Pace.MAX_HOURS_PER_WEEK) {
				assertThat(judged.status()).as(why).isEqualTo("behind");
			}
			assertThat(judged.onTrack()).as(why)
				.isEqualTo(judged.status().equals("on-track")
						|| (judged.status().equals("done") && !judged.projectedDate().isAfter(target)));
			assertThat(judged.status()).as(why).isIn("done", "starting", "on-track", "behind");
			assertThat(judged.status().equals("done")).as(why).isEqualTo(judged.remainingHours() <= 0);
		});
	}

	@Test
	void moreHoursLoggedNeverMakeAStatusWorse() {
		// same day, same remaining hours: a learner who logged more is never judged worse
		RandomCases.forAll((random) -> {
			LocalDate today = SET.plusDays(random.between(0, 400));
			LocalDate target = today.plusDays(random.between(-10, 1500));
			double remaining = random.between(0, 3000);
			double fewer = random.between(0, 500);
			double more = fewer + random.between(0, 500);
			Pace less = Pace.of(fewer, SET, today, remaining, target, SET);
			Pace most = Pace.of(more, SET, today, remaining, target, SET);
			assertThat(rank(most.status())).as(less + " vs " + most).isGreaterThanOrEqualTo(rank(less.status()));
		});
	}

	@Test
	void theStatusIsTheSameWhoeverAsks() {
		// a pure function: the learner's and the mentor's requests compute the same
		// answer
		RandomCases.forAll(200, (random) -> {
			LocalDate today = SET.plusDays(random.between(0, 400));
			LocalDate target = today.plusDays(random.between(1, 1500));
			double logged = random.between(0, 400);
			double remaining = random.between(0, 3000);
			assertThat(Pace.of(logged, SET, today, remaining, target, SET))
				.isEqualTo(Pace.of(logged, SET, today, remaining, target, SET));
		});
	}

	private static Pace random(RandomCases random) {
		double logged = random.between(0, 600);
		double remaining = random.oneOf(List.of(0, random.between(1, 50), random.between(1, 5000)));
		return new Pace(logged, 0, remaining, null, null, 0, "", false);
	}

	private static int rank(String status) {
		return switch (status) {
			case "behind" -> 0;
			case "starting" -> 1;
			case "on-track" -> 2;
			default -> 3;
		};
	}

}
