namespace DroitEmploi.Core.Features.Public;

/// <summary>
/// One open dataset: its stable name, title, columns and rows (a null cell is a secret count). Published under the
/// Licence Ouverte 2.0, in CSV and JSON, with its Table Schema.
/// </summary>
public sealed record OpenDataset(string Name, string Title, string Description, IReadOnlyList<OpenDataField> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public const string Licence = "Licence Ouverte 2.0 (Etalab)";
    public const string LicenceUrl = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
}
