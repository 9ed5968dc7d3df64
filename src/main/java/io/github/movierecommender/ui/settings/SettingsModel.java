package io.github.movierecommender.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The theme and language the user picks. A new theme is applied to every window at once and
 * saved; a new language is saved and takes effect at the next start, which
 * {@link #restartNeededProperty()} tells.
 */
public final class SettingsModel {

    private final Language languageInUse;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Language> language;
    private final ReadOnlyBooleanWrapper restartNeeded = new ReadOnlyBooleanWrapper(this, "restartNeeded");

    /** Applies the saved theme. {@code languageInUse} is the language the app started in. */
    public SettingsModel(AppSettings settings, Themes themes, Language languageInUse) {
        this.languageInUse = languageInUse;
        theme = new SimpleObjectProperty<>(this, "theme", settings.theme());
        language = new SimpleObjectProperty<>(this, "language", settings.language());
        themes.apply(theme.get());
        theme.addListener((property, before, now) -> {
            if (now != null) {
                themes.apply(now);
                settings.setTheme(now);
            }
        });
        language.addListener((property, before, now) -> {
            if (now != null) {
                settings.setLanguage(now);
                restartNeeded.set(now != languageInUse);
            }
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** True when the language chosen is not the one the app started in. */
    public ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded.getReadOnlyProperty();
    }

    public Language languageInUse() {
        return languageInUse;
    }
}
