using System.Text;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.UnitTests.Features.People;

public sealed class PeopleImportPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private const string Header = "Nom;Prénom;Date de naissance;Date de candidature\r\n";

    private static PeopleImportPlan Plan(string rows, IReadOnlyDictionary<string, int>? known = null)
    {
        var (file, columns) = PeopleImportPlan.Read(Encoding.UTF8.GetBytes(Header + rows), "liste.csv");
        return PeopleImportPlan.Build(file, columns, known ?? new Dictionary<string, int>(), 7, "cle@territoire.fr", Today, new DateTime(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Each_row_becomes_a_candidate_of_the_territory_stamped_with_who_imported_it()
    {
        var plan = Plan("Lefèvre;Hélène;03/04/1971;12/01/2026\r\n");
        var person = Assert.Single(plan.ToCreate);
        Assert.Equal((7, PathState.Candidate, "cle@territoire.fr"), (person.TerritoryId, person.State, person.CreatedBy));
        Assert.Equal(Person.DuplicateKeyFor("Lefèvre", "Hélène", new DateOnly(1971, 4, 3)), person.DuplicateKey);
        Assert.Equal(2, plan.LineOf(person.DuplicateKey));
    }

    [Fact]
    public void Someone_registered_before_or_twice_in_the_file_is_created_once_and_future_dates_are_refused()
    {
        var known = new Dictionary<string, int> { [Person.DuplicateKeyFor("Deja", "Inscrite", new DateOnly(1975, 5, 17))] = 42 };
        var plan = Plan(
            "Déjà;Inscrite;17/05/1975;12/01/2026\r\n" +
            "Duhamel;François;21/09/1966;13/01/2026\r\n" +
            "DUHAMEL;Francois;21/09/1966;13/01/2026\r\n" +
            "Futur;Candidat;01/01/1980;01/01/2027\r\n", known);

        Assert.Equal("Duhamel", Assert.Single(plan.ToCreate).LastName);
        Assert.Contains(plan.Duplicates, d => d.Line == 2 && d.ExistingPersonId == 42);
        Assert.Contains(plan.Duplicates, d => d.Line == 4 && d.Reason.Contains("ligne 3", StringComparison.Ordinal));
        Assert.Contains(plan.Rejected, r => r.Line == 5 && r.Column == "Date de candidature" && r.Reason.Contains("futur", StringComparison.Ordinal));

        var report = plan.Report(dryRun: false, imported: 1, [new ImportDuplicate(3, "François Duhamel", null, "inscrite à la main pendant l'import")]);
        Assert.Equal(new[] { 2, 3, 4 }, report.Duplicates.Select(d => d.Line));
    }

    [Fact]
    public void A_file_without_the_required_columns_is_refused_from_its_header_alone()
    {
        var error = Assert.Throws<ValidationFailedException>(() => PeopleImportPlan.Read(Encoding.UTF8.GetBytes("Nom;Ville\r\nDupont;Loos\r\n"), "liste.csv", headersOnly: true));
        Assert.Contains("Date de naissance", error.Errors["file"][0], StringComparison.Ordinal);
    }
}
