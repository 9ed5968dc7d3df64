package io.github.movierecommender.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class SettingsModelTest {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private final AppSettings settings = new AppSettings(preferences.node());
    private final List<String> stylesheets = new ArrayList<>();
    private final Themes themes = new Themes(stylesheets::add);

    /** Menu separators are controls, which need the toolkit running, whichever test runs first. */
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void removeNode() throws Exception {
        preferences.close();
    }

    @Test
    void theSavedThemeIsAppliedAtTheStart() {
        settings.setTheme(Theme.DARK);

        new SettingsModel(settings, themes, Language.SYSTEM);

        assertThat(stylesheets).containsExactly(Theme.DARK.userAgentStylesheet());
        assertThat(themes.currentProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void aNewThemeIsAppliedAtOnceAndSaved() {
        SettingsModel model = new SettingsModel(settings, themes, Language.SYSTEM);

        model.themeProperty().set(Theme.DARK);

        assertThat(stylesheets).containsExactly(Theme.LIGHT.userAgentStylesheet(), Theme.DARK.userAgentStylesheet());
        assertThat(settings.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void theThemesAreAtlantaFxPrimerStylesheetsThatExist() throws Exception {
        assertThat(Theme.LIGHT.userAgentStylesheet()).endsWith("primer-light.css");
        assertThat(Theme.DARK.userAgentStylesheet()).endsWith("primer-dark.css");
        for (Theme theme : Theme.values()) {
            assertThat(Theme.class.getResource(theme.userAgentStylesheet())).isNotNull();
        }
    }

    @Test
    void aNewLanguageIsSavedAndAppliesAtTheNextStart() {
        SettingsModel model = new SettingsModel(settings, themes, Language.ENGLISH);

        model.languageProperty().set(Language.PORTUGUESE_BRAZIL);

        assertThat(settings.language()).isEqualTo(Language.PORTUGUESE_BRAZIL);
        assertThat(model.restartNeededProperty().get()).isTrue();

        model.languageProperty().set(Language.ENGLISH);

        assertThat(model.restartNeededProperty().get()).isFalse();
    }

    @Test
    void theLanguagesStartTheAppInTheirLocale() {
        assertThat(Language.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.GERMANY);
        assertThat(Language.ENGLISH.locale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.PORTUGUESE_BRAZIL.locale(Locale.GERMANY)).isEqualTo(Locale.forLanguageTag("pt-BR"));
    }

    @Test
    void theMenuChoicesFollowTheModelBothWays() {
        SettingsModel model = new SettingsModel(settings, themes, Language.SYSTEM);
        Menu menu = new Menu("Settings");
        SettingsMenu.addTo(menu, model, Messages.forLocale(Locale.US), () -> { });
        Menu theme = (Menu) menu.getItems().get(0);
        Menu language = (Menu) menu.getItems().get(1);

        assertThat(texts(theme)).containsExactly("_Light", "_Dark");
        assertThat(texts(language)).containsExactly("_System default", "English", "Português (Brasil)", null,
                "A new language applies the next time the app starts");
        assertThat(radio(theme, 0).isSelected()).isTrue();

        radio(theme, 1).setSelected(true);
        radio(language, 2).setSelected(true);

        assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(settings.language()).isEqualTo(Language.PORTUGUESE_BRAZIL);

        model.themeProperty().set(Theme.LIGHT);

        assertThat(radio(theme, 0).isSelected()).isTrue();
        assertThat(radio(theme, 1).isSelected()).isFalse();
    }

    @Test
    void theClearSnapshotsItemClearsThem() {
        Menu menu = new Menu("Settings");
        int[] clears = new int[1];
        SettingsMenu.addTo(menu, new SettingsModel(settings, themes, Language.SYSTEM), Messages.forLocale(Locale.US),
                () -> clears[0]++);
        MenuItem clear = menu.getItems().get(menu.getItems().size() - 1);

        clear.fire();

        assertThat(clear.getText()).isEqualTo("_Clear dataset snapshots");
        assertThat(clears[0]).isEqualTo(1);
    }

    private static List<String> texts(Menu menu) {
        return menu.getItems().stream().map(MenuItem::getText).toList();
    }

    private static RadioMenuItem radio(Menu menu, int index) {
        return (RadioMenuItem) menu.getItems().get(index);
    }
}
