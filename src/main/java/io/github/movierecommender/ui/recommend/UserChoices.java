package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.IdIndex;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.ui.i18n.Messages;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The user picker's entries, in id order, written once per dataset on the background thread.
 * Formatting 200,000 labels one by one took most of a second, so the label is formatted once per
 * rating count, with a stand-in id that each user's id then replaces.
 */
public final class UserChoices {

    private static final long STAND_IN_ID = Long.MAX_VALUE;
    private static final String STAND_IN_TEXT = Long.toString(STAND_IN_ID);

    private UserChoices() {
    }

    public static List<UserChoice> of(Dataset dataset, Messages messages) {
        Ratings ratings = dataset.ratings();
        IdIndex users = ratings.users();
        List<UserChoice> choices = new ArrayList<>(users.size());
        MessageFormat entry = messages.formatter("recommend.userEntry");
        Map<Integer, String> byCount = new HashMap<>();
        for (int u = 0; u < users.size(); u++) {
            int id = users.idAt(u);
            int count = ratings.userRatingCount(u);
            String template = byCount.computeIfAbsent(count, any -> entry.format(new Object[] {STAND_IN_ID, count}));
            String label = template.contains(STAND_IN_TEXT) ? template.replace(STAND_IN_TEXT, Integer.toString(id))
                    : entry.format(new Object[] {id, count});
            choices.add(new UserChoice(id, count, label));
        }
        return choices;
    }
}
