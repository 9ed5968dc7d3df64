package io.github.movierecommender.ui.profile;

/** Something the profiles tell the user that is not an error: what an import did, a recovered file. */
public record ProfileNotice(String title, String message) {
}
