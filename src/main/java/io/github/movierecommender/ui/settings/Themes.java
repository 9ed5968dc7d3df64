package io.github.movierecommender.ui.settings;

import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Switches the app's theme while it runs: every open window restyles at once. */
public final class Themes {

    private final Consumer<String> userAgentStylesheet;
    private final ReadOnlyObjectWrapper<Theme> current = new ReadOnlyObjectWrapper<>(this, "current");

    /** {@code userAgentStylesheet} sets the stylesheet for every window, as {@link Application#setUserAgentStylesheet} does. */
    public Themes(Consumer<String> userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** Themes for the running application. Use from the JavaFX thread. */
    public static Themes forApplication() {
        return new Themes(Application::setUserAgentStylesheet);
    }

    public void apply(Theme theme) {
        userAgentStylesheet.accept(theme.userAgentStylesheet());
        current.set(theme);
    }

    /** The theme last applied, or null before the first. */
    public ReadOnlyObjectProperty<Theme> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
