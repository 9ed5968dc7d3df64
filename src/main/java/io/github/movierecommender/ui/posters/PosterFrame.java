package io.github.movierecommender.ui.posters;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.TextAlignment;

/**
 * One movie's poster at a fixed size: the poster once it has arrived, until then (or for good) a
 * placeholder in its genre's colour with its title and year.
 */
final class PosterFrame extends StackPane {

    private static final CornerRadii CORNERS = new CornerRadii(4);
    private static final double PADDING = 6;
    /** The most of a title a poster or its caption shows; a hostile catalogue's can be a million characters long. */
    private static final int TITLE_CHARACTERS = 100;

    private final Messages messages;
    private final VBox placeholder = new VBox();
    private final Label title = new Label();
    private final Label year = new Label();
    private final ImageView picture = new ImageView();
    private Movie movie;

    PosterFrame(Messages messages, double width) {
        this.messages = messages;
        double height = Math.round(width * PosterModel.HEIGHT_PER_WIDTH);
        getStyleClass().add("poster-frame");
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        title.getStyleClass().add("placeholder-title");
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        title.setMaxWidth(width - 2 * PADDING);
        title.setMinHeight(Region.USE_PREF_SIZE);
        year.getStyleClass().add("placeholder-year");
        placeholder.getStyleClass().add("poster-placeholder");
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setPadding(new Insets(PADDING));
        placeholder.setSpacing(4);
        placeholder.getChildren().setAll(title, year);
        picture.setFitWidth(width);
        picture.setFitHeight(height);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        getChildren().setAll(placeholder, picture);
    }

    /** Shows {@code shown}'s placeholder, or nothing for null, until {@link #setImage} gives its poster. */
    void show(Movie shown) {
        movie = shown;
        picture.setImage(null);
        placeholder.setVisible(shown != null);
        if (shown == null) {
            return;
        }
        title.setText(shortTitle(shown));
        year.setText(shown.hasYear() ? String.valueOf(shown.year()) : "");
        year.setVisible(shown.hasYear());
        Color colour = GenreColours.of(shown.genres());
        placeholder.setBackground(new Background(new BackgroundFill(new LinearGradient(0, 0, 0, 1, true,
                CycleMethod.NO_CYCLE, new Stop(0, colour.brighter()), new Stop(1, colour.darker())), CORNERS,
                Insets.EMPTY)));
        setAccessibleText(caption(shown, messages));
    }

    /** The movie's title, cut to a length a poster can show. */
    static String shortTitle(Movie movie) {
        String title = movie.displayTitle().strip();
        return title.length() <= TITLE_CHARACTERS ? title : title.substring(0, TITLE_CHARACTERS).strip() + "…";
    }

    /** The caption under a poster: its title and year. */
    static String caption(Movie movie, Messages messages) {
        return movie.hasYear() ? messages.format("posters.titleAndYear", shortTitle(movie),
                String.valueOf(movie.year())) : shortTitle(movie);
    }

    /** The poster of the movie shown, over its placeholder. */
    void setImage(Image image) {
        picture.setImage(image);
        placeholder.setVisible(image == null && movie != null);
    }
}
