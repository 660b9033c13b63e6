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
    public void Coded_values_read_as_words_and_internal_keys_and_empty_fields_of_a_new_record_are_left_out()
    {
        var lines = AuditLabels.Changes("""
            {"State":{"old":0,"new":1},"Sex":{"new":1},"IncomeSupport":{"new":1},"UnavailableDays":{"new":[3,6]},
             "DuplicateKey":{"new":"petit|mickael|1981-01-08"},"TerritoryId":{"new":1},"Email":{"new":null},"Phone":{"old":"06","new":null}}
            """);

        Assert.Equal(
            [
                "Situation : Candidat·e → Éligible, en attente",
                "Sexe : Femme",
                "Revenu : RSA",
                "Jours où la personne ne peut pas : mercredi, samedi",
                "Téléphone : « 06 » → vide",
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
