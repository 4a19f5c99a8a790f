package se.nyckeltal.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order in which the SQL models are created, derived from their references. */
class ModelOrderTests {

    @Test
    void everyModelComesAfterTheModelsItReferences() {
        // alphabetically the other way round
        Map<String, Set<String>> references = Map.of(
                "report.a_value", Set.of("report.b_sum", "core.m_month"),
                "report.b_sum", Set.of("core.m_month", "core.z_calendar"),
                "core.m_month", Set.of("core.z_calendar", "core.invoices"),
                "core.z_calendar", Set.of());

        assertThat(ModelOrder.of(references))
                .containsExactly("core.z_calendar", "core.m_month", "report.b_sum", "report.a_value");
    }

    @Test
    void independentModelsComeInAlphabeticalOrderAndNamesThatAreNoModelAreIgnored() {
        Map<String, Set<String>> references = Map.of(
                "report.b", Set.of("core.invoices"),
                "report.a", Set.of("report.a"),
                "core.z", Set.of());

        assertThat(ModelOrder.of(references)).containsExactly("core.z", "report.a", "report.b");
    }

    @Test
    void aCycleIsRefusedNamingItsModels() {
        Map<String, Set<String>> references = Map.of(
                "report.a", Set.of("report.b"),
                "report.b", Set.of("report.a"),
                "core.c", Set.of());

        assertThatThrownBy(() -> ModelOrder.of(references))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cycle")
                .hasMessageContaining("report.a")
                .hasMessageContaining("report.b")
                .hasMessageNotContaining("core.c");
    }

    @Test
    void aModelIsAFileOfItsSchemaFolderNamedAfterIt() {
        SqlModel sums = SqlModel.load("models/report/indicator_period_sum.sql");
        assertThat(sums.name()).isEqualTo("report.indicator_period_sum");
        assertThat(sums.references())
                .as("names in the statement, not in its comments (which name report.indicator_values_of), "
                        + "and never itself")
                .containsExactlyInAnyOrder(
                        "report.finance_indicator_period_sum",
                        "report.payroll_indicator_period_sum",
                        "report.contact_indicator_period_sum",
                        "report.hr_indicator_period_sum");

        assertThatThrownBy(() -> SqlModel.load("runner-tests/counts.sql"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sql/runner-tests/counts.sql: a model is sql/models/<schema>/<name>.sql");
    }

    @Test
    void theShippedModelsAreEachCreatedAfterEveryModelTheyMention() {
        List<SqlModel> models = IndicatorModels.inCreationOrder();
        List<String> created = new ArrayList<>();
        for (SqlModel model : models) {
            Set<String> laterModels = models.stream()
                    .map(SqlModel::name)
                    .filter(name -> !created.contains(name))
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(model.references())
                    .as(model.name() + " references no model created after it")
                    .doesNotContainAnyElementsOf(laterModels);
            created.add(model.name());
        }
        assertThat(created)
                .as("every file under sql/models is a model")
                .contains(
                        "core.month_calendar",
                        "core.unit_month",
                        "report.indicator_period_sum",
                        "report.indicator_values_of",
                        "report.disclosure_relation_of")
                .doesNotHaveDuplicates();
        assertThat(created.indexOf("report.indicator_values_model"))
                .as("a model referenced only in a string argument of query_table counts too")
                .isGreaterThan(created.indexOf("report.indicator_period_sum"));
    }
}
