package io.github.movierecommender.ui.recommend;

import java.util.List;

/** The entries of the user picker that fit what was typed, as many as are shown, and how many more fit. */
record UserMatches(List<UserChoice> shown, int more) {
}
