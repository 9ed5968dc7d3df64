package io.github.movierecommender.ui.recommend;

/**
 * An entry of the user picker; {@code label} is written once so filtering stays cheap. The entry
 * of the person's own profile has the user id {@link #OWN_PROFILE}.
 */
public record UserChoice(int userId, int ratings, String label) {

    public static final int OWN_PROFILE = -1;

    public static UserChoice ownProfile(String label) {
        return new UserChoice(OWN_PROFILE, 0, label);
    }

    public boolean isOwnProfile() {
        return userId == OWN_PROFILE;
    }
}
