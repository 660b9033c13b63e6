using System.Net;
using System.Text;
using ClosedXML.Excel;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;

namespace DroitEmploi.IntegrationTests.Features.People;

public abstract class ImportExportApiTests(AppFactory app)
{
    static ImportExportApiTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // What the social centre sends: ";" separators, Windows-1252 accents, dates typed as text,
    // one person already registered, one row twice, a bad date and a missing name.
    private const string SocialCentreFile =
        "Nom;Prénom;Date de naissance;Sexe;Commune;Habite le territoire depuis;Dans le périmètre;Privé·e d'emploi depuis;Minima sociaux;Heures souhaitées;Activités souhaitées;Date de candidature\r\n" +
        "Lefèvre;Hélène;03/04/1971;F;Valenciennes;01/01/2010;oui;01/06/2022;RSA;24;friperie, couture;12/01/2026\r\n" +
        "Déjà;Inscrite;17/05/1975;F;Valenciennes;01/01/2010;oui;01/06/2022;;28;cuisine;12/01/2026\r\n" +
        "Mauvaise;Date;31/02/1980;H;Valenciennes;01/01/2010;oui;01/06/2022;ASS;35;;12/01/2026\r\n" +
        ";Sansnom;05/05/1985;H;Valenciennes;01/01/2010;oui;01/06/2022;;20;;12/01/2026\r\n" +
        "Duhamel;François;21/09/1966;H;Valenciennes;01/01/2010;oui;01/06/2022;aucun;35;réemploi;13/01/2026\r\n" +
        "Duhamel;François;21/09/1966;H;Valenciennes;01/01/2010;oui;01/06/2022;aucun;35;réemploi;13/01/2026\r\n";

    [Fact]
    public async Task Dry_run_reports_every_rejected_row_and_changes_nothing_then_the_import_creates_the_valid_rows_once()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await scenario.RegisterAsync(new PersonInput
        {
            LastName = "Deja",
            FirstName = "inscrite",
            BirthDate = new DateOnly(1975, 5, 17),
            CandidacyDate = new DateOnly(2025, 1, 1),
        });
        var bytes = Encoding.GetEncoding(1252).GetBytes(SocialCentreFile);

        var dryRun = await ImportAsync(scenario, bytes, "volontaires.csv", dryRun: true);
        Assert.True(dryRun.DryRun);
        Assert.Equal((6, 2), (dryRun.Rows, dryRun.Imported));
        Assert.Contains("Windows-1252", dryRun.FileDescription, StringComparison.Ordinal);
        Assert.Contains(dryRun.Rejected, r => r.Line == 4 && r.Column == "Date de naissance" && r.Reason.Contains("31/02/1980", StringComparison.Ordinal));
        Assert.Contains(dryRun.Rejected, r => r.Line == 5 && r.Column == "Nom");
        Assert.Contains(dryRun.Duplicates, d => d.Line == 3 && d.ExistingPersonId is not null);
        Assert.Contains(dryRun.Duplicates, d => d.Line == 7 && d.Reason.Contains("ligne 6", StringComparison.Ordinal));
        Assert.Equal(1, (await Registry(scenario)).Total);

        var real = await ImportAsync(scenario, bytes, "volontaires.csv", dryRun: false);
        Assert.Equal(2, real.Imported);
        var registry = await Registry(scenario);
        Assert.Equal(3, registry.Total);
        Assert.Contains(registry.Items, p => p.LastName == "Lefèvre" && p.FirstName == "Hélène" && p.CandidacyDate == new DateOnly(2026, 1, 12));

        var again = await ImportAsync(scenario, bytes, "volontaires.csv", dryRun: false);
        Assert.Equal(0, again.Imported);
        Assert.Equal(3, (await Registry(scenario)).Total);
    }

    [Fact]
    public async Task Xlsx_import_reads_excel_dates()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Feuil1");
        string[] headers = ["Nom", "Prénom", "Date de naissance", "Date de candidature", "Heures souhaitées"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }
        sheet.Cell(2, 1).Value = "Cordier";
        sheet.Cell(2, 2).Value = "Yasmina";
        sheet.Cell(2, 3).Value = new DateTime(1980, 2, 29);
        sheet.Cell(2, 4).Value = new DateTime(2025, 10, 1);
        sheet.Cell(2, 5).Value = 26;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var report = await ImportAsync(scenario, stream.ToArray(), "liste.xlsx", dryRun: false);
        Assert.Empty(report.Rejected);
        var person = Assert.Single((await Registry(scenario)).Items);
        Assert.Equal((new DateOnly(1980, 2, 29), 26), (person.BirthDate, person.WeeklyHoursWished));
    }

    [Fact]
    public async Task Files_without_the_required_columns_or_too_large_are_refused_clearly()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var problem = await (await PostFileAsync(scenario, Encoding.UTF8.GetBytes("Nom;Ville\nDupont;Loos\n"), "mauvais.csv", dryRun: true))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Date de candidature", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);

        var huge = new byte[11 * 1024 * 1024];
        var tooLarge = await PostFileAsync(scenario, huge, "enorme.csv", dryRun: true);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);

        var empty = await PostFileAsync(scenario, [], "vide.csv", dryRun: true);
        await empty.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Registry_export_opens_in_excel_cell_by_cell_and_can_be_imported_back()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await scenario.RegisterEligibleAsync("Exportée", new DateOnly(2024, 8, 1));
        var response = await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people/export?format=Xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("registre-volontaires.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal("Nom", sheet.Cell(1, 1).GetString());
            Assert.Equal("Date de candidature", sheet.Cell(1, 18).GetString());
            Assert.Equal("Exportée", sheet.Cell(2, 1).GetString());
            Assert.Equal("Camille", sheet.Cell(2, 2).GetString());
            Assert.Equal(new DateTime(1975, 5, 17), sheet.Cell(2, 3).GetDateTime());
            Assert.Equal(new DateTime(2024, 8, 1), sheet.Cell(2, 18).GetDateTime());
            Assert.Equal("Éligible, en attente", sheet.Cell(2, 20).GetString());
        }
        var reimport = await ImportAsync(scenario, bytes, "registre-volontaires.xlsx", dryRun: true);
        Assert.Equal((0, 1), (reimport.Imported, reimport.Duplicates.Count));
        Assert.Empty(reimport.Rejected);
    }

    [Fact]
    public async Task Waiting_list_exports_as_french_csv()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await scenario.RegisterEligibleAsync("Deuxième", new DateOnly(2024, 8, 1));
        await scenario.RegisterEligibleAsync("Première", new DateOnly(2024, 2, 1));
        var response = await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/waiting-list/export?format=Csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Position;Nom;Prénom;Âge;Date de candidature", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1;Première;Camille;", lines[1], StringComparison.Ordinal);
        Assert.Contains(";01/02/2024;", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2;Deuxième;", lines[2], StringComparison.Ordinal);
    }

    private async Task<PagedResult<PersonSummary>> Registry(RegistryScenario scenario) =>
        await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people?pageSize=200")).OkAsync<PagedResult<PersonSummary>>();

    private static Task<ImportReport> ImportAsync(RegistryScenario scenario, byte[] bytes, string fileName, bool dryRun) =>
        ImportJobs.RunAsync(scenario.Admin, scenario.TerritoryId, bytes, fileName, dryRun);

    private static Task<HttpResponseMessage> PostFileAsync(RegistryScenario scenario, byte[] bytes, string fileName, bool dryRun) =>
        ImportJobs.UploadAsync(scenario.Admin, scenario.TerritoryId, bytes, fileName, dryRun);
}

[Collection(SqliteCollection.Name)]
public sealed class ImportExportApiOnSqlite(SqliteApp app) : ImportExportApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportExportApiOnPostgres(PostgresApp app) : ImportExportApiTests(app);
