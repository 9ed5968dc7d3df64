package io.github.movierecommender.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.controlsfx.control.textfield.CustomTextField;
import org.junit.jupiter.api.Test;

/**
 * The build writes X.bss beside every stylesheet X.css (src/build/CssToBinary.java), and JavaFX
 * loads the .bss in place of the .css: each must hold the very rules of its source, or the app
 * would look other than its stylesheets say.
 */
class BinaryStylesheetsTest {

    @Test
    void everyStylesheetOfTheAppHasItsBinaryFormWithTheSameRules() throws Exception {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(classesFolder())) {
            sheets = files.filter(file -> file.getFileName().toString().endsWith(".css")).toList();
        }

        assertThat(sheets).hasSizeGreaterThanOrEqualTo(10);
        for (Path css : sheets) {
            Path bss = binaryOf(css);
            assertThat(bss).as("binary form of %s", css).exists();
            assertThat(rules(Stylesheet.loadBinary(bss.toUri().toURL())))
                    .as("rules of %s", bss)
                    .isEqualTo(rules(new CssParser().parse(css.toUri().toURL())));
        }
    }

    /** ControlsFX's text fields show in the first window: their stylesheet is converted too, into our classes. */
    @Test
    void controlsFxTextFieldStylesheetHasItsBinaryFormInTheAppsClasses() throws Exception {
        URL css = CustomTextField.class.getResource("customtextfield.css");
        Path bss = classesFolder().resolve("org/controlsfx/control/textfield/customtextfield.bss");

        assertThat(bss).exists();
        assertThat(rules(Stylesheet.loadBinary(bss.toUri().toURL()))).isEqualTo(rules(new CssParser().parse(css)));
    }

    private static Path classesFolder() throws URISyntaxException {
        return Path.of(MovieRecommenderApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path binaryOf(Path css) {
        String name = css.getFileName().toString();
        return css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
    }

    /** Each rule as its selectors and the properties it sets, in order. */
    private static List<String> rules(Stylesheet stylesheet) throws IOException {
        assertThat(stylesheet).isNotNull();
        return stylesheet.getRules().stream().map(BinaryStylesheetsTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " { " + rule.getDeclarations().stream()
                .map(declaration -> declaration.getProperty() + (declaration.isImportant() ? " !important" : ""))
                .toList() + " }";
    }
}
