package io.github.movierecommender.ui.compare;

import io.github.movierecommender.eval.UserHoldout.MethodHits;
import java.util.Map;

/** Where the check of each list against the user's held-out ratings is. */
public sealed interface HitCheck {

    /** Building the methods on the other ratings; {@code fraction} from 0 to 1. */
    record Running(double fraction) implements HitCheck {
    }

    /**
     * Done: {@code heldOut} of {@code rated} ratings were held out, {@code relevant} of them 4 stars or
     * more; each list's hits among its first {@code n} by the list's id.
     */
    record Done(int rated, int heldOut, int relevant, int n, Map<String, MethodHits> hits) implements HitCheck {

        public Done {
            hits = Map.copyOf(hits);
        }
    }

    /** The check stopped with {@code problem}, said for the user. */
    record Failed(String problem) implements HitCheck {
    }

    /** The user cancelled it. */
    record Cancelled() implements HitCheck {
    }
}
