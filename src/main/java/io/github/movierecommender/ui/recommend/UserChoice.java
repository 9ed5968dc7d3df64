package io.github.movierecommender.ui.recommend;

/**
 * An entry of the user picker; {@code label} is written once so filtering stays cheap. The entry
 * of the person's own profile has the user id {@link #OWN_PROFILE}. The last entry of a list cut
 * short, which says how many more users fit and cannot be picked, has the user id {@link #MORE_USERS}.
 */
public record UserChoice(int userId, int ratings, String label) {

    public static final int OWN_PROFILE = -1;
    public static final int MORE_USERS = -2;

    public static UserChoice ownProfile(String label) {
        return new UserChoice(OWN_PROFILE, 0, label);
    }

    /** The note closing a list cut short, saying how many more users fit. */
    public static UserChoice moreUsers(String label) {
        return new UserChoice(MORE_USERS, 0, label);
    }

    public boolean isOwnProfile() {
        return userId == OWN_PROFILE;
    }

    /** Whether the entry is a note saying how many more users fit, rather than a user to pick. */
    public boolean isMoreUsers() {
        return userId == MORE_USERS;
    }
}
