package io.github.movierecommender.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.data.DataProblem;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.download.DownloadProblem;
import io.github.movierecommender.problem.Problem;
import io.github.movierecommender.problem.ProblemKind;
import io.github.movierecommender.profile.ProfileException;
import io.github.movierecommender.profile.ProfileProblem;
import io.github.movierecommender.profile.ProfileStore;
import io.github.movierecommender.profile.SavedProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's problems as the app writes them: every kind in each language, facts in the language's numbers. */
class ProblemTextTest {

    /** English words no Portuguese problem text should hold (file names in the facts are named "x"). */
    static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)(?<![\\w.-])(the|of|and|is|not|but|found|expected|file|"
            + "folder|line|cannot|read|only|its|first|left|out|such|movie|movies|rating|ratings|user|whole|number|"
            + "empty|holds|has|with|without|genre|genres|beside|release|releases|zip file|readable|broken|"
            + "permission|denied|blank|appears|again|kept|valid|header)(?![\\w-]|\\.\\w)");

    /** Kinds whose English sentence in the app leaves out Java's own words, which no translation can carry. */
    private static final Set<ProblemKind> JAVA_WORDS_LEFT_OUT = Set.of(DataProblem.NOT_A_ZIP,
            DataProblem.BROKEN_ZIP_DATA);

    /** Kinds whose facts are the operating system's or Java's words, shown as they are. */
    private static final Set<ProblemKind> OTHERS_WORDS = Set.of(DataProblem.SYSTEM_REASON,
            DataProblem.OTHER_READ_PROBLEM, DataProblem.BEYOND_LIMITS, DownloadProblem.SYSTEM_REASON,
            DownloadProblem.FILE_REASON);

    private final ProblemText portuguese = new ProblemText(Messages.forLocale(Locale.forLanguageTag("pt-BR")));
    private final ProblemText english = new ProblemText(Messages.forLocale(Locale.ENGLISH));

    @TempDir
    Path tmp;

    private static Stream<ProblemKind> kinds() {
        return Stream.of(DataProblem.values(), ProfileProblem.values(), DownloadProblem.values()).flatMap(Stream::of);
    }

    /** A problem of each kind with made-up facts: a number where the pattern formats one, else "x". */
    private static Problem sample(ProblemKind kind) {
        Format[] formats = new MessageFormat(kind.english()).getFormatsByArgumentIndex();
        Object[] values = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            values[i] = formats[i] == null ? "x" : 12345;
        }
        return Problem.of(kind, values);
    }

    @Test
    void theAppInEnglishSaysWhatTheCommandLineSays() {
        assertAll(kinds().filter(kind -> !JAVA_WORDS_LEFT_OUT.contains(kind)).map(kind -> () ->
                assertEquals(sample(kind).toString(), english.of(sample(kind)), kind.key())));
    }

    @Test
    void brazilianPortugueseLeavesNoEnglishWord() {
        assertAll(kinds().filter(kind -> !OTHERS_WORDS.contains(kind)).map(kind -> () -> {
            String text = portuguese.of(sample(kind));
            assertThat(ENGLISH_WORDS.matcher(text).find()).as("%s: English left in \"%s\"", kind.key(), text)
                    .isFalse();
        }));
    }

    @Test
    void aSkippedLineNamesItsFileAndLineInPortuguese() {
        BadLine line = new BadLine("ratings.csv", 12345, Problem.of(DataProblem.RATING_NOT_HALF_STARS, "'4.3'"));

        assertEquals("ratings.csv, linha 12345: a nota '4.3' não é múltipla de 0,5", portuguese.of(line));
        assertEquals("ratings.csv, line 12345: rating '4.3' is not a multiple of 0.5", english.of(line));
    }

    @Test
    void aFolderThatIsNoReleaseIsToldInPortuguese() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("holiday photos"));
        Files.writeString(folder.resolve("beach.jpg"), "not a picture");

        DatasetException error = assertThrows(DatasetException.class, () -> DatasetLoader.load(folder));

        assertThat(portuguese.of(error.problem())).startsWith(folder + ": não é uma versão do MovieLens.");
        assertThat(error.getMessage()).startsWith(folder + ": not a MovieLens release.");
    }

    @Test
    void aBrokenZipIsToldInPortugueseWithoutJavasWords() throws IOException {
        Path zip = Files.writeString(tmp.resolve("ml-latest-small.zip"), "PK this was cut short");

        DatasetException error = assertThrows(DatasetException.class, () -> DatasetLoader.load(zip));

        assertEquals(zip + ": não é um arquivo zip legível; pode estar incompleto ou não ser um zip. Baixe-o de novo.",
                portuguese.of(error.problem()));
        assertThat(error.getMessage()).as("the command line keeps Java's words")
                .contains("zip END header not found");
    }

    @Test
    void aCauseInsideAProblemIsWrittenInTheSameLanguage() {
        Problem problem = Problem.of(DataProblem.CANNOT_READ, "x.csv", Problem.of(DataProblem.PERMISSION_DENIED));

        assertEquals("x.csv: não pode ser lido (permissão negada)", portuguese.of(problem));
        assertEquals("x.csv: cannot be read (permission denied)", problem.toString());
    }

    @Test
    void aProfileThatCannotBeExportedIsToldInPortuguese() throws Exception {
        SavedProfile profile = new ProfileStore(tmp.resolve("profiles"), Clock.systemUTC()).create("Ana");
        Path target = Files.createDirectory(tmp.resolve("ana.csv"));
        Files.writeString(target.resolve("inside.txt"), "keeps the folder from being replaced");

        ProfileException error = assertThrows(ProfileException.class, () -> profile.exportTo(target));

        assertThat(portuguese.of(error.problem())).startsWith("não foi possível exportar o perfil 'Ana' para " + target
                + " (");
        assertThat(error.getMessage()).startsWith("the profile 'Ana' could not be exported to " + target + " (");
    }

    @Test
    void aChangeThatCannotBeSavedIsToldInPortuguese() {
        Problem problem = Problem.of(ProfileProblem.NOT_SAVED, Problem.of(ProfileProblem.CHANGE_RATING, 1234),
                "x.csv", Problem.of(ProfileProblem.LOCK_BUSY, ".lock", 10));

        assertEquals("não foi possível salvar a nota do filme 1234 em x.csv (outro programa, provavelmente outra "
                + "janela do aplicativo, manteve .lock bloqueado por 10 segundos); o perfil ficou como estava",
                portuguese.of(problem));
        assertEquals("the rating of movie 1234 could not be saved to x.csv (another program, most likely another "
                + "Movie Recommender window, kept .lock locked for 10 seconds); the profile is as it was",
                problem.toString());
    }

    @Test
    void everyKindHasATextInEachLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"))) {
            Messages messages = Messages.forLocale(locale);
            assertAll(kinds().map(kind -> () -> assertThat(messages.bundle()
                    .containsKey(ProblemText.PREFIX + kind.key())).as("%s %s", locale, kind.key()).isTrue()));
        }
    }
}
