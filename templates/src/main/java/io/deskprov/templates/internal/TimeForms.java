package io.deskprov.templates.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Derives the vendors' forms of a time zone from its IANA id: the standard offset, and for zones
 * with daylight saving time the yearly change dates.
 */
final class TimeForms {

    private TimeForms() {
    }

    /**
     * Returns the template view of {@code zone} as of {@code now}: {@code zone}, {@code gmtOffsetSeconds},
     * {@code yealinkOffset}, {@code dst} and, when {@code dst} is true, {@code dstMinutes},
     * {@code dstStart} and {@code dstEnd}.
     */
    static Map<String, Object> of(ZoneId zone, Instant now) {
        final ZoneRules rules = zone.getRules();
        final int offset = rules.getStandardOffset(now).getTotalSeconds();
        final Map<String, Object> time = new LinkedHashMap<>();
        time.put("zone", zone.getId());
        time.put("gmtOffsetSeconds", offset);
        time.put("yealinkOffset", yealinkOffset(offset));

        final List<ZoneOffsetTransitionRule> changes = rules.getTransitionRules();
        time.put("dst", changes.size() == 2);
        if (changes.size() == 2) {
            final int year = LocalDate.ofInstant(now, zone).getYear();
            final ZoneOffsetTransitionRule start = changes.get(0).getOffsetAfter().getTotalSeconds()
                                                   > changes.get(0).getOffsetBefore().getTotalSeconds()
                                                   ? changes.get(0) : changes.get(1);
            final ZoneOffsetTransitionRule end = start == changes.get(0) ? changes.get(1) : changes.get(0);
            time.put("dstMinutes", (start.getOffsetAfter().getTotalSeconds()
                                    - start.getOffsetBefore().getTotalSeconds()) / 60);
            time.put("dstStart", change(start, year));
            time.put("dstEnd", change(end, year));
        }
        return time;
    }

    // Yealink writes whole hours as "+1" and other offsets as "+5:30".
    static String yealinkOffset(int seconds) {
        final String sign = seconds < 0 ? "-" : "+";
        final int hours = Math.abs(seconds) / 3600;
        final int minutes = Math.abs(seconds) % 3600 / 60;
        return minutes == 0 ? sign + hours : String.format(Locale.ROOT, "%s%d:%02d", sign, hours, minutes);
    }

    private static Map<String, Object> change(ZoneOffsetTransitionRule rule, int year) {
        final LocalDateTime when = rule.createTransition(year).getDateTimeBefore();
        final DayOfWeek day = rule.getDayOfWeek();
        final int indicator = rule.getDayOfMonthIndicator();
        final Map<String, Object> change = new LinkedHashMap<>();
        // Yealink "by date" form MM/DD/HH, for the year rendered; the file changes, and so is
        // fetched again, when the year does.
        change.put("yealinkDate", String.format(Locale.ROOT, "%02d/%02d/%02d", when.getMonthValue(),
                                                when.getDayOfMonth(), when.getHour()));
        // Polycom's rule form: the first given weekday on or after 'date', or the last in the month.
        change.put("month", when.getMonthValue());
        change.put("hour", when.getHour());
        change.put("fixedDay", day == null ? 1 : 0);
        change.put("date", indicator > 0 ? indicator : when.getDayOfMonth());
        change.put("dayOfWeek", day == null ? 1 : day.getValue() % 7 + 1);
        // tzdb writes "last Sunday of March" as "Sunday on or after the 25th"; both forms are the same day.
        final boolean last = indicator < 0 || indicator + 6 >= rule.getMonth().maxLength();
        change.put("lastInMonth", day != null && last ? 1 : 0);
        return change;
    }
}
