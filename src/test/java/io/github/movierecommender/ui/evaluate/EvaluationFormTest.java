package io.github.movierecommender.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.eval.EvalPlan;
import io.github.movierecommender.eval.Protocol;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EvaluationFormTest {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();

    @AfterEach
    void removePreferences() throws Exception {
        preferences.close();
    }

    @Test
    void theDefaultFormComparesTheFourMethodsOnAHoldOutOverARangeOfK() {
        EvalPlan plan = new EvaluationForm().plan(2);

        assertThat(plan.methods()).extracting(Method::name)
                .containsExactly("popular", "genre", "knn-tutorial", "knn-baseline");
        assertThat(plan.ks()).containsExactly(5, 10, 20, 40, 60, 80, 100);
        assertThat(plan.protocol()).isEqualTo(new Protocol.Holdout(0.2, 42));
        assertThat(plan.n()).isEqualTo(10);
    }

    @Test
    void thePresetForEveryMethodChoosesEachRegisteredMethod() {
        EvaluationForm form = new EvaluationForm();
        form.chooseEveryMethod();

        assertThat(form.plan(1).methods()).isEqualTo(Methods.all());
    }

    @Test
    void kValuesAreWholeNumbersFromOneToAThousandInAnyOrder() {
        assertThat(EvaluationForm.parseKs(" 40, 5;10 10  20 ")).containsExactly(5, 10, 20, 40);
        assertThat(EvaluationForm.parseKs("5, 0")).isEmpty();
        assertThat(EvaluationForm.parseKs("5, 1001")).isEmpty();
        assertThat(EvaluationForm.parseKs("5, 2.5")).isEmpty();
        assertThat(EvaluationForm.parseKs("")).isEmpty();
    }

    @Test
    void theFormIsKeptAcrossRestarts() throws Exception {
        EvaluationForm form = new EvaluationForm();
        form.useSurpriseProtocol();
        form.methodProperty("knn-cosine").set(true);
        form.nProperty().set(25);
        form.seedProperty().set(7);
        form.save(preferences.node());

        EvaluationForm restored = new EvaluationForm();
        restored.restore(preferences.reopened());

        EvalPlan plan = restored.plan(1);
        assertThat(plan.methods()).extracting(Method::name).containsExactly("knn-cosine", "knn-basic");
        assertThat(plan.ks()).containsExactly(40);
        assertThat(plan.n()).isEqualTo(25);
        assertThat(plan.protocol()).isEqualTo(new Protocol.KFold(5, 7));
    }

    @Test
    void unreadableSavedValuesKeepTheDefaults() {
        Preferences node = preferences.node();
        node.put("method.popular", "maybe");
        node.put("protocol", "BOOTSTRAP");
        node.putInt("folds", 1);
        node.putInt("n", -3);
        node.put("heldOutPercent", "lots");

        EvaluationForm form = new EvaluationForm();
        form.restore(node);

        assertThat(form.methodProperty("popular").get()).isTrue();
        assertThat(form.protocolProperty().get()).isEqualTo(EvaluationForm.ProtocolKind.HOLDOUT);
        assertThat(List.of(form.foldsProperty().get(), form.nProperty().get(), form.heldOutPercentProperty().get()))
                .containsExactly(5, 10, 20);
    }
}
