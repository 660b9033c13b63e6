using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;

namespace DroitEmploi.UnitTests.Features.Audit;

public class AuditLabelsTests
{
    [Fact]
    public void Each_change_reads_as_a_french_line_with_old_and_new_values_in_words()
    {
        var lines = AuditLabels.Changes("""
            {"FirstName":{"old":"Ana","new":"Anna"},"WeeklyHoursWished":{"new":24},"Eligible":{"new":true},
             "WishedActivities":{"new":["couture","réemploi"]},"CandidacyDate":{"old":"2024-01-05","new":null},"SomeNewField":{"new":"x"}}
            """);

        Assert.Equal(
            [
                "Prénom : « Ana » → « Anna »",
                "Heures souhaitées : 24",
                "Éligible : oui",
                "Activités souhaitées : « couture », « réemploi »",
                "Date de candidature : 05/01/2024 → vide",
                "Some new field : « x »",
            ],
            lines);
    }

    [Fact]
    public void Actions_and_record_kinds_are_named_in_french_and_unknown_text_is_kept_rather_than_lost()
    {
        Assert.Equal("Rôle donné", AuditLabels.Action(AccountActions.Granted));
        Assert.Equal("Consultation", AuditLabels.Action(AuditActions.Read));
        Assert.Equal("Contrat", AuditLabels.EntityType("EmploymentContract"));
        Assert.Equal("Inconnu", AuditLabels.EntityType("Inconnu"));
        Assert.Equal(["pas du JSON"], AuditLabels.Changes("pas du JSON"));
        Assert.Empty(AuditLabels.Changes(null));
    }
}
