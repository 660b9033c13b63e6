using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.UnitTests.Features.People;

public class PeopleImportRowsTests
{
    private static readonly string[] Headers = ["NOM", "Prénom", "Né(e) le", "Date de candidature", "Minima sociaux", "Heures souhaitées", "Dans le périmètre", "Sexe"];

    [Fact]
    public void Headers_are_recognised_under_their_usual_names()
    {
        var map = PeopleImportRows.MapHeaders(["Nom de famille", "prenom", "Date naissance", "Candidature", "Ville"]);
        Assert.Equal(0, map[PeopleColumns.LastName]);
        Assert.Equal(1, map[PeopleColumns.FirstName]);
        Assert.Equal(2, map[PeopleColumns.BirthDate]);
        Assert.Equal(3, map[PeopleColumns.CandidacyDate]);
        Assert.Equal(4, map[PeopleColumns.City]);
    }

    [Fact]
    public void Missing_required_columns_refuse_the_whole_file_and_name_them()
    {
        var error = Assert.Throws<ValidationFailedException>(() => PeopleImportRows.MapHeaders(["Nom", "Prénom"]));
        Assert.Contains("Date de naissance, Date de candidature", error.Errors["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_row_becomes_an_input()
    {
        var row = Parse("Lefèvre", "Hélène", "03/04/1971", "15/01/2025", "RSA", "24", "oui", "F");
        Assert.Empty(row.Errors);
        var input = row.Input!;
        Assert.Equal(("Lefèvre", "Hélène"), (input.LastName, input.FirstName));
        Assert.Equal(new DateOnly(1971, 4, 3), input.BirthDate);
        Assert.Equal(IncomeSupport.Rsa, input.IncomeSupport);
        Assert.Equal(24, input.WeeklyHoursWished);
        Assert.True(input.InPerimeter);
        Assert.Equal(Sex.Female, input.Sex);
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_with_its_line_and_column()
    {
        var row = Parse("", "Karim", "1971-13-45", "", "chômage partiel", "quarante", "peut-être", "F", line: 7);
        Assert.Null(row.Input);
        Assert.All(row.Errors, e => Assert.Equal(7, e.Line));
        Assert.Equal(
            ["Dans le périmètre", "Date de candidature", "Date de naissance", "Heures souhaitées", "Minima sociaux", "Nom"],
            row.Errors.Select(e => e.Column).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Hours_out_of_range_are_refused_by_the_same_rule_as_the_form()
    {
        var row = Parse("Martin", "Paul", "03/04/1971", "15/01/2025", "", "40", "", "");
        var error = Assert.Single(row.Errors);
        Assert.Equal("Heures souhaitées", error.Column);
        Assert.Contains("1 à 35", error.Reason, StringComparison.Ordinal);
    }

    private static PeopleImportRows.ParsedRow Parse(params string[] cells) => Parse(cells, 2);

    private static PeopleImportRows.ParsedRow Parse(string a, string b, string c, string d, string e, string f, string g, string h, int line) =>
        Parse([a, b, c, d, e, f, g, h], line);

    private static PeopleImportRows.ParsedRow Parse(string[] cells, int line) =>
        PeopleImportRows.Parse(new TabularRow(line, cells), PeopleImportRows.MapHeaders(Headers));
}
