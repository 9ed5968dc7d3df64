package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.IdIndex;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.ui.i18n.Messages;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The user picker's entries, in id order, written once per dataset on the background thread.
 * Formatting 200,000 labels one by one took most of a second, so the label is formatted once per
 * rating count, with a stand-in id, and each user's label is the text around it with their id
 * in between.
 */
public final class UserChoices {

    private static final long STAND_IN_ID = Long.MAX_VALUE;
    private static final String STAND_IN_TEXT = Long.toString(STAND_IN_ID);

    private UserChoices() {
    }

    public static List<UserChoice> of(Dataset dataset, Messages messages) {
        Ratings ratings = dataset.ratings();
        IdIndex users = ratings.users();
        UserChoice[] choices = new UserChoice[users.size()];
        MessageFormat entry = messages.formatter("recommend.userEntry");
        Map<Integer, Label> byCount = new HashMap<>();
        for (int u = 0; u < choices.length; u++) {
            int id = users.idAt(u);
            int count = ratings.userRatingCount(u);
            Label label = byCount.computeIfAbsent(count, any -> Label.of(entry, count));
            choices[u] = new UserChoice(id, count, label.plainId()
                    ? label.before() + id + label.after() : entry.format(new Object[] {id, count}));
        }
        return Arrays.asList(choices);
    }

    /** A label's text before and after the stand-in id, unless the id is not written once, as its digits. */
    private record Label(String before, String after) {

        static Label of(MessageFormat entry, int count) {
            String template = entry.format(new Object[] {STAND_IN_ID, count});
            int at = template.indexOf(STAND_IN_TEXT);
            return at < 0 || template.indexOf(STAND_IN_TEXT, at + 1) >= 0 ? new Label(null, null)
                    : new Label(template.substring(0, at), template.substring(at + STAND_IN_TEXT.length()));
        }

        boolean plainId() {
            return before != null;
        }
    }
}
