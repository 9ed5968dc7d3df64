package io.github.movierecommender.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String ENGLISH = "messages.properties";
    private static final String BRAZILIAN_PORTUGUESE = "messages_pt_BR.properties";

    @Test
    void everyTextIsTranslated() throws IOException {
        assertEquals(load(ENGLISH).stringPropertyNames(), load(BRAZILIAN_PORTUGUESE).stringPropertyNames());
    }

    @Test
    void everyTextIsWrittenAndEveryPatternParses() throws IOException {
        for (String file : new String[] {ENGLISH, BRAZILIAN_PORTUGUESE}) {
            Properties texts = load(file);
            assertAll(texts.stringPropertyNames().stream().map(key -> () -> {
                String text = texts.getProperty(key);
                assertFalse(text.isBlank(), file + ": " + key + " is blank");
                new MessageFormat(text);
            }));
        }
    }

    /** A translation that drops or adds a fact would leave it out of the sentence, or print a raw {n}. */
    @Test
    void eachTranslationFillsInTheSameFacts() throws IOException {
        Properties english = load(ENGLISH);
        Properties portuguese = load(BRAZILIAN_PORTUGUESE);
        assertAll(english.stringPropertyNames().stream().map(key -> () -> assertEquals(
                new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length,
                new MessageFormat(portuguese.getProperty(key)).getFormatsByArgumentIndex().length,
                "number of facts in " + key)));
    }

    /**
     * The glossary (docs/GLOSSARY-pt-BR.md): a rating is a nota; "avaliar" is only for evaluating
     * methods, in the Evaluation tab's texts or named as such ("avaliação de métodos").
     */
    @Test
    void portugueseCallsARatingANota() throws IOException {
        Properties portuguese = load(BRAZILIAN_PORTUGUESE);
        assertAll(portuguese.stringPropertyNames().stream().filter(key -> !key.startsWith("evaluate."))
                .map(key -> () -> assertFalse(portuguese.getProperty(key).toLowerCase(Locale.ROOT)
                                .replaceAll("avalia(ção|ções|r) de métodos", "").contains("avalia"),
                        key + ": " + portuguese.getProperty(key))));
    }

    @Test
    void brazilianUsersGetPortugueseWithItsAccents() {
        Messages messages = Messages.forLocale(Locale.forLanguageTag("pt-BR"));

        assertEquals("Usuários", messages.text("summary.users"));
        assertEquals("Lendo notas: 12.345 linhas", messages.format("status.readingRatings", 12_345));
    }

    @Test
    void otherLanguagesGetEnglish() {
        Messages messages = Messages.forLocale(Locale.GERMANY);

        assertEquals("Users", messages.text("summary.users"));
        assertEquals("Reading ratings: 12.345 rows", messages.format("status.readingRatings", 12_345));
    }

    @Test
    void writesNumbersAndDatesForTheLocale() {
        Messages messages = Messages.forLocale(Locale.US);

        assertEquals("1,234,567", messages.number(1_234_567));
        assertEquals("Aug 1, 2020", messages.date(LocalDate.of(2020, 8, 1)));
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/io/github/movierecommender/ui/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
