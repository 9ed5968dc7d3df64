package io.github.movierecommender.ui.welcome;

/** Asks the user to accept the GroupLens licence before a MovieLens download. */
@FunctionalInterface
public interface LicenceConfirmation {

    /** True when the user accepted the terms; false when they declined or closed the question. */
    boolean accepted();
}
