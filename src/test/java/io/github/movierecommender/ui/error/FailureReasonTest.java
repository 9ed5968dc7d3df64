package io.github.movierecommender.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.problem.Problem;
import io.github.movierecommender.profile.ProfileException;
import io.github.movierecommender.profile.ProfileProblem;
import io.github.movierecommender.ui.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Why something failed, as the app tells it: never Java's words, always in the user's language. */
class FailureReasonTest {

    private final Messages portuguese = Messages.forLocale(Locale.forLanguageTag("pt-BR"));
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    void anUnexpectedErrorIsToldWithoutJavasWords() {
        IllegalStateException error = new IllegalStateException("index 7 out of bounds for length 3");

        assertThat(FailureReason.of(portuguese, error)).isEqualTo("um erro inesperado no aplicativo");
        assertThat(FailureReason.of(english, error)).isEqualTo("an unexpected error in the app");
        assertThat(FailureReason.technical(error)).contains("index 7 out of bounds for length 3");
    }

    @Test
    void aProblemTheEngineWroteAsFactsIsToldInTheUsersLanguageEvenWhenWrapped() {
        ProfileException profile = new ProfileException(Problem.of(ProfileProblem.NOT_DELETED, "Ana", "disk full"));

        assertThat(FailureReason.of(portuguese, new CompletionException(profile)))
                .isEqualTo("não foi possível excluir o perfil 'Ana' (disk full)");
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhyInTheUsersLanguage() {
        assertThat(FailureReason.ofFileWrite(portuguese, new AccessDeniedException("/x/chart.png")))
                .isEqualTo("permissão negada");
        assertThat(FailureReason.ofFileWrite(portuguese, new IOException("No space left on device")))
                .isEqualTo("não foi possível gravar o arquivo");
    }
}
