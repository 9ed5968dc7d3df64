package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.IdIndex;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.ui.i18n.Messages;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The user picker's entries, in id order, written once per dataset on the background thread with
 * one formatter, as 200,000 users each reading the pattern anew took seconds.
 */
public final class UserChoices {

    private UserChoices() {
    }

    public static List<UserChoice> of(Dataset dataset, Messages messages) {
        Ratings ratings = dataset.ratings();
        IdIndex users = ratings.users();
        List<UserChoice> choices = new ArrayList<>(users.size());
        MessageFormat entry = messages.formatter("recommend.userEntry");
        for (int u = 0; u < users.size(); u++) {
            int id = users.idAt(u);
            int count = ratings.userRatingCount(u);
            choices.add(new UserChoice(id, count, entry.format(new Object[] {id, count})));
        }
        return choices;
    }
}
