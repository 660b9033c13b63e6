using System.Text.Json;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;

namespace DroitEmploi.Core.Features.Public;

/// <summary>
/// The public figures of every territory as open data, at stable names: the same protected tables as the public
/// pages, one row per territory and line, so that a secret count is empty here as it is there.
/// </summary>
public sealed class OpenDataService(PublicFiguresService figures)
{
    public static readonly IReadOnlyList<string> Names = ["territoires", "mouvements", "attente", "activites"];

    public const string NotFound = "Ce jeu de données n'existe pas : territoires, mouvements, attente ou activites.";

    public async Task<OpenDataset> DatasetAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!Names.Contains(name))
        {
            throw new NotFoundException(NotFound);
        }
        var all = new List<PublicTerritoryFigures>();
        foreach (var territory in await figures.TerritoriesAsync(cancellationToken))
        {
            all.Add(await figures.ForTerritoryAsync(territory.Id, cancellationToken));
        }
        OpenDataField Territory = new("territoire", "string", "Nom du territoire habilité");
        OpenDataField At = new("date", "date", "Date à laquelle les chiffres sont arrêtés");
        return name switch
        {
            "territoires" => new OpenDataset(name, "Territoires : emplois créés, ambition, personnes en attente",
                "Un territoire par ligne. Un effectif vide est secret (moins de personnes que le seuil de diffusion).",
                [new("territoire_id", "integer", "Identifiant du territoire dans DroitEmploi"), Territory, At,
                 new("ambition_emplois_ebe", "integer", "Emplois en EBE visés par l'ambition du territoire"), new("date_ambition", "date", "Échéance de l'ambition"),
                 new("emplois_crees", "integer", "Emplois créés en EBE (vide : secret)"), new("personnes_en_attente", "integer", "Personnes sur la liste d'attente (vide : secret)"),
                 new("ebe", "integer", "Nombre d'EBE du territoire"), new("chiffre_affaires_ebe", "number", "Chiffre d'affaires des EBE de l'année, en euros (vide : moins de structures que le seuil)"),
                 new("cout_public_emplois", "number", "Coût public des emplois de l'année (État, département, dotation d'amorçage), en euros (vide : moins de structures que le seuil)"),
                 new("couts_evites_central", "number", "Coûts de la privation d'emploi évités dans l'année, vue centrale, en euros (vide : moins de structures que le seuil)"),
                 new("seuil_diffusion", "integer", "Plus petit effectif publié")],
                all.Select(f => (IReadOnlyList<object?>)[f.TerritoryId, f.Name, f.At, f.AmbitionJobs, f.AmbitionDate, f.JobsCreated, f.PeopleWaiting,
                    f.EmploymentCompanies, f.Turnover.Amount, f.CostBalance[0].Amount, f.CostBalance[2].Amount, f.Threshold]).ToList()),
            "mouvements" => new OpenDataset(name, "Embauches et sorties des EBE par trimestre",
                "Un trimestre par ligne et par territoire, sur les 12 derniers mois ; les cellules vides sont secrètes, avec celles qui permettraient de les retrouver.",
                [new("territoire_id", "integer", "Identifiant du territoire"), Territory, At, new("trimestre", "string", "Trimestre (T1 2026…)"),
                 new("embauches", "integer", "Embauches en EBE (vide : secret)"), new("sorties", "integer", "Sorties d'EBE (vide : secret)")],
                all.SelectMany(f => f.MovementsByQuarter.Rows.Select((quarter, i) => (IReadOnlyList<object?>)[f.TerritoryId, f.Name, f.At, quarter,
                    f.MovementsByQuarter.Cells[i][0], f.MovementsByQuarter.Cells[i][1]])).ToList()),
            "attente" => new OpenDataset(name, "Personnes en attente par sexe et par âge",
                "Une ligne par territoire, sexe et tranche d'âge ; les cellules vides sont secrètes, avec celles qui permettraient de les retrouver.",
                [new("territoire_id", "integer", "Identifiant du territoire"), Territory, At, new("sexe", "string", "Femmes, Hommes ou Non renseigné"),
                 new("tranche_age", "string", "Tranche d'âge de la statistique nationale"), new("personnes", "integer", "Personnes en attente (vide : secret)")],
                all.SelectMany(f => f.WaitingBySexAndAge.Rows.SelectMany((sex, i) => f.WaitingBySexAndAge.Columns.Select((band, j) =>
                    (IReadOnlyList<object?>)[f.TerritoryId, f.Name, f.At, sex, band, f.WaitingBySexAndAge.Cells[i][j]]))).ToList()),
            _ => new OpenDataset(name, "Registre des activités des EBE",
                "Les activités en cours, validées par le comité local pour l'emploi de chaque territoire.",
                [new("territoire_id", "integer", "Identifiant du territoire"), Territory, new("activite", "string", "Activité"), new("structure", "string", "EBE qui l'exerce"),
                 new("pole", "string", "Pôle de l'EBE"), new("code_naf", "string", "Code NAF de l'activité"), new("date_decision", "date", "Date de la décision du CLE")],
                all.SelectMany(f => f.Activities.Select(a => (IReadOnlyList<object?>)[f.TerritoryId, f.Name, a.Name, a.OrganisationName, a.Division, a.NafCode, a.DecidedOn])).ToList()),
        };
    }

    /// <summary>The dataset as CSV, dates and numbers as the schema says (ISO dates, a point before decimals), not as French spreadsheets show them.</summary>
    public static ExportedFile Csv(OpenDataset dataset) =>
        TableExport.Write(ExportFormat.Csv, dataset.Name, dataset.Fields.Select(f => f.Name).ToList(),
            dataset.Rows.Select(r => r.Select(value => value switch
            {
                DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                decimal amount => amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                _ => value,
            }).ToArray()));

    /// <summary>The dataset as JSON: its licence, its schema's address and its rows as objects named by the schema's fields.</summary>
    public static string Json(OpenDataset dataset, string schemaUrl) => JsonSerializer.Serialize(new
    {
        name = dataset.Name,
        title = dataset.Title,
        licence = OpenDataset.Licence,
        licenceUrl = OpenDataset.LicenceUrl,
        schema = schemaUrl,
        rows = dataset.Rows.Select(row => dataset.Fields.Select((field, i) => (field.Name, Value: row[i])).ToDictionary(p => p.Name, p => p.Value)),
    });

    /// <summary>The dataset's Table Schema (frictionless), with its licence and the CSV's dialect.</summary>
    public static string Schema(OpenDataset dataset) => JsonSerializer.Serialize(new
    {
        name = dataset.Name,
        title = dataset.Title,
        description = dataset.Description,
        licenses = new[] { new { name = "etalab-2.0", title = OpenDataset.Licence, path = OpenDataset.LicenceUrl } },
        dialect = new { delimiter = ";", encoding = "utf-8" },
        missingValues = new[] { "" },
        fields = dataset.Fields.Select(f => new { name = f.Name, type = f.Type, description = f.Description }),
    });
}
