package io.github.movierecommender.ui.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which entries of the user picker fit what was typed: at most {@code limit} of them, and how many
 * more. A number lists the users whose id starts with it ("1": users 1, 10, 100, 1000…) in id
 * order, so the user with exactly that id comes first. Other text lists the entries whose label
 * starts with it ("User 4", "Me"), ignoring case. Rating counts never match.
 *
 * <p>The users are kept sorted by id, so the ids starting with a number are a few ranges (for "41":
 * 41, 410–419, 4100–4199…) found by binary search: a number never goes through every user. The
 * picker lists the own profile first and then the users in id order (see {@link UserChoices#of}),
 * which are then searched as they are, without another copy or a sort.
 */
final class UserFilter {

    /** The most digits an id can have. */
    private static final int ID_DIGITS = Integer.toString(Integer.MAX_VALUE).length();

    private final List<UserChoice> entries;
    private final List<UserChoice> others;
    private final List<UserChoice> byId;
    private final int limit;

    private UserFilter(List<UserChoice> entries, int limit) {
        this.entries = List.copyOf(entries);
        int firstUser = 0;
        while (firstUser < this.entries.size() && !isUser(this.entries.get(firstUser))) {
            firstUser++;
        }
        if (usersInIdOrderFrom(firstUser)) {
            this.others = this.entries.subList(0, firstUser);
            this.byId = this.entries.subList(firstUser, this.entries.size());
        } else {
            this.others = this.entries.stream().filter(entry -> !isUser(entry)).toList();
            this.byId = this.entries.stream().filter(UserFilter::isUser)
                    .sorted(Comparator.comparingInt(UserChoice::userId)).toList();
        }
        this.limit = limit;
    }

    /** Whether every entry from {@code first} on is a user, each with an id no lower than the one before. */
    private boolean usersInIdOrderFrom(int first) {
        for (int i = first; i < entries.size(); i++) {
            UserChoice entry = entries.get(i);
            if (!isUser(entry) || i > first && entries.get(i - 1).userId() > entry.userId()) {
                return false;
            }
        }
        return true;
    }

    /** Over {@code entries} as the picker lists them, showing at most {@code limit} at a time. */
    static UserFilter of(List<UserChoice> entries, int limit) {
        return new UserFilter(entries, limit);
    }

    UserMatches matching(String typed) {
        String text = typed.strip();
        Found found = new Found(limit);
        if (text.isEmpty()) {
            found.addAll(entries, 0, entries.size());
        } else if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            labelsStartingWith(text, others, found);
            idsStartingWith(text, found);
        } else {
            labelsStartingWith(text, entries, found);
        }
        return found.matches();
    }

    private static boolean isUser(UserChoice entry) {
        return !entry.isOwnProfile() && !entry.isMoreUsers();
    }

    private static void labelsStartingWith(String text, List<UserChoice> candidates, Found found) {
        for (UserChoice entry : candidates) {
            if (entry.label().regionMatches(true, 0, text, 0, text.length())) {
                found.add(entry);
            }
        }
    }

    /** The ids written with {@code digits} then 0 to {@link #ID_DIGITS} more digits, range by range. */
    private void idsStartingWith(String digits, Found found) {
        if (digits.length() > ID_DIGITS || digits.length() > 1 && digits.charAt(0) == '0') {
            return;
        }
        long prefix = Long.parseLong(digits);
        long span = 1;
        for (int extra = 0; digits.length() + extra <= ID_DIGITS; extra++, span *= 10) {
            long low = prefix * span;
            if (low > Integer.MAX_VALUE) {
                return;
            }
            found.addAll(byId, firstAtLeast(low), firstAtLeast(low + span));
            if (prefix == 0) {
                return;
            }
        }
    }

    /** The index in {@link #byId} of the first user whose id is at least {@code id}, or their number if there is none. */
    private int firstAtLeast(long id) {
        int low = 0;
        int high = byId.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byId.get(middle).userId() < id) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The first {@code limit} entries found, and how many were found in all. */
    private static final class Found {
        private final int limit;
        private final List<UserChoice> shown = new ArrayList<>();
        private int count;

        Found(int limit) {
            this.limit = limit;
        }

        void add(UserChoice entry) {
            if (shown.size() < limit) {
                shown.add(entry);
            }
            count++;
        }

        void addAll(List<UserChoice> entries, int from, int to) {
            int taken = Math.min(to - from, limit - shown.size());
            shown.addAll(entries.subList(from, from + taken));
            count += to - from;
        }

        UserMatches matches() {
            return new UserMatches(List.copyOf(shown), count - shown.size());
        }
    }
}
