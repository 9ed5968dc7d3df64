package io.github.movierecommender.ui.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * Which entries of the user picker fit what was typed. A number lists the users whose id starts
 * with it ("1": users 1, 10, 100, 1000…); since the entries are in id order, the user with exactly
 * that id comes first. Other text lists the entries whose label starts with it ("User 4", "Me"),
 * ignoring case. Rating counts never match.
 */
final class UserFilter {

    private UserFilter() {
    }

    static List<UserChoice> matching(List<UserChoice> users, String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return List.copyOf(users);
        }
        boolean idPrefix = text.chars().allMatch(c -> c >= '0' && c <= '9');
        List<UserChoice> matches = new ArrayList<>();
        for (UserChoice user : users) {
            boolean fits = idPrefix && !user.isOwnProfile() ? Integer.toString(user.userId()).startsWith(text)
                    : user.label().regionMatches(true, 0, text, 0, text.length());
            if (fits) {
                matches.add(user);
            }
        }
        return matches;
    }
}
