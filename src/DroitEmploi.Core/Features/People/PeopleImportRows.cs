using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;

namespace DroitEmploi.Core.Features.People;

/// <summary>Turns a file's rows into person inputs, or into the reasons they cannot be.</summary>
public static class PeopleImportRows
{
    public sealed record ParsedRow(int Line, PersonInput? Input, IReadOnlyList<ImportRejection> Errors);

    public static IReadOnlyDictionary<PeopleColumns.Column, int> MapHeaders(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<PeopleColumns.Column, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var column = PeopleColumns.All.FirstOrDefault(c => c.Matches(headers[i]));
            if (column is not null && !map.ContainsKey(column))
            {
                map[column] = i;
            }
        }
        var missing = PeopleColumns.All.Where(c => c.Required && !map.ContainsKey(c)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            throw ValidationFailedException.For("file",
                $"Colonnes obligatoires absentes : {string.Join(", ", missing)}. Colonnes trouvées : {string.Join(", ", headers.Where(h => h.Length > 0))}.");
        }
        return map;
    }

    public static ParsedRow Parse(TabularRow row, IReadOnlyDictionary<PeopleColumns.Column, int> map)
    {
        var errors = new List<ImportRejection>();
        string Text(PeopleColumns.Column column) => map.TryGetValue(column, out var index) ? row.Cell(index) : "";
        void Reject(PeopleColumns.Column column, string reason) => errors.Add(new ImportRejection(row.Line, column.Header, reason));

        DateOnly? Date(PeopleColumns.Column column)
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                if (column.Required)
                {
                    Reject(column, "valeur obligatoire manquante.");
                }
                return null;
            }
            if (CellParsing.TryDate(text, out var date, out var error))
            {
                return date;
            }
            Reject(column, error!);
            return null;
        }

        bool Flag(PeopleColumns.Column column)
        {
            if (CellParsing.TryBoolean(Text(column), out var value))
            {
                return value;
            }
            Reject(column, $"« {Text(column)} » : attendu oui ou non.");
            return false;
        }

        var input = new PersonInput
        {
            LastName = Text(PeopleColumns.LastName),
            FirstName = Text(PeopleColumns.FirstName),
            BirthDate = Date(PeopleColumns.BirthDate),
            Email = NullIfEmpty(Text(PeopleColumns.Email)),
            Phone = NullIfEmpty(Text(PeopleColumns.Phone)),
            Street = NullIfEmpty(Text(PeopleColumns.Street)),
            PostalCode = NullIfEmpty(Text(PeopleColumns.PostalCode)),
            City = NullIfEmpty(Text(PeopleColumns.City)),
            LivesInTerritorySince = Date(PeopleColumns.LivesInTerritorySince),
            InPerimeter = Flag(PeopleColumns.InPerimeter),
            DeprivedOfEmploymentSince = Date(PeopleColumns.DeprivedOfEmploymentSince),
            FranceTravailRegistered = Flag(PeopleColumns.FranceTravailRegistered),
            WishedActivities = CellParsing.List(Text(PeopleColumns.WishedActivities)),
            Skills = CellParsing.List(Text(PeopleColumns.Skills)),
            CandidacyDate = Date(PeopleColumns.CandidacyDate),
            ConsentGiven = Flag(PeopleColumns.Consent),
        };
        if (input.LastName.Length == 0)
        {
            Reject(PeopleColumns.LastName, "valeur obligatoire manquante.");
        }
        if (input.FirstName.Length == 0)
        {
            Reject(PeopleColumns.FirstName, "valeur obligatoire manquante.");
        }
        var sex = SearchText.Fold(Text(PeopleColumns.Sex));
        input.Sex = sex switch
        {
            "" => Sex.Unspecified,
            "f" or "femme" or "mme" or "madame" or "feminin" => Sex.Female,
            "h" or "m" or "homme" or "monsieur" or "masculin" => Sex.Male,
            _ => Sex.Unspecified,
        };
        if (sex.Length > 0 && input.Sex == Sex.Unspecified && sex is not ("autre" or "non precise" or "nc"))
        {
            Reject(PeopleColumns.Sex, $"« {Text(PeopleColumns.Sex)} » : attendu F, H ou vide.");
        }
        var support = ParseIncomeSupport(Text(PeopleColumns.IncomeSupport));
        if (support is null)
        {
            Reject(PeopleColumns.IncomeSupport, $"« {Text(PeopleColumns.IncomeSupport)} » : attendu RSA, ASS, AAH, ARE, autre ou aucun.");
        }
        input.IncomeSupport = support ?? IncomeSupport.None;
        var hours = Text(PeopleColumns.WeeklyHoursWished);
        if (hours.Length > 0)
        {
            if (CellParsing.TryInt(hours, out var value))
            {
                input.WeeklyHoursWished = value;
            }
            else
            {
                Reject(PeopleColumns.WeeklyHoursWished, $"« {hours} » n'est pas un nombre d'heures.");
            }
        }
        if (errors.Count == 0)
        {
            try
            {
                InputValidator.Validate(input);
            }
            catch (ValidationFailedException invalid)
            {
                errors.AddRange(invalid.Errors.SelectMany(e => e.Value.Select(message =>
                    new ImportRejection(row.Line, HeaderOf(e.Key), message))));
            }
        }
        return new ParsedRow(row.Line, errors.Count == 0 ? input : null, errors);
    }

    public static string HeaderOf(string field) =>
        PeopleColumns.All.FirstOrDefault(c => c.Field == field)?.Header ?? field;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>Null when the value is not one we know: a typo is reported, not guessed.</summary>
    public static IncomeSupport? ParseIncomeSupport(string text) => SearchText.Fold(text) switch
    {
        "" or "aucun" or "aucune" or "non" or "sans" => IncomeSupport.None,
        "rsa" => IncomeSupport.Rsa,
        "ass" => IncomeSupport.Ass,
        "aah" => IncomeSupport.Aah,
        "are" or "are chomage" or "chomage" => IncomeSupport.Are,
        "autre" => IncomeSupport.Other,
        _ => null,
    };
}
