using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// What a file would do to a territory's registry: the people to create, every rejected row with its
/// reason, and the rows that are someone already registered (same names and birth date), in the file
/// or before it. Computed in memory, without holding the database.
/// </summary>
public sealed class PeopleImportPlan
{
    public const int MaxRows = 100_000;

    private PeopleImportPlan(
        TabularFile file, List<Person> toCreate, Dictionary<string, int> lines, List<ImportRejection> rejected, List<ImportDuplicate> duplicates)
    {
        File = file;
        _lines = lines;
        ToCreate = toCreate;
        Rejected = rejected;
        Duplicates = duplicates;
    }

    private readonly Dictionary<string, int> _lines;

    public TabularFile File { get; }
    public IReadOnlyList<Person> ToCreate { get; }
    public IReadOnlyList<ImportRejection> Rejected { get; }
    public IReadOnlyList<ImportDuplicate> Duplicates { get; }

    /// <summary>Reads the file and checks what concerns the whole file (format, headers, size); a row's fault is reported later, with its line.</summary>
    /// <param name="headersOnly">Check the format and the headers only (of a CSV file), as the upload does before queuing it.</param>
    public static (TabularFile File, IReadOnlyDictionary<PeopleColumns.Column, int> Columns) Read(byte[] content, string fileName, bool headersOnly = false)
    {
        var file = TabularFileReader.Read(content, fileName, headersOnly);
        if (file.Rows.Count > MaxRows)
        {
            throw ValidationFailedException.For("file", $"Le fichier compte {file.Rows.Count} lignes : {MaxRows} au plus par import.");
        }
        return (file, PeopleImportRows.MapHeaders(file.Headers));
    }

    /// <param name="known">Duplicate keys of the territory's registry, with the first record's id.</param>
    public static PeopleImportPlan Build(
        TabularFile file, IReadOnlyDictionary<PeopleColumns.Column, int> columns, IReadOnlyDictionary<string, int> known,
        int territoryId, string actor, DateOnly today, DateTime now)
    {
        var parsed = file.Rows.Select(row => CheckDates(PeopleImportRows.Parse(row, columns), today)).ToList();
        var seenInFile = new Dictionary<string, int>();
        var duplicates = new List<ImportDuplicate>();
        var toCreate = new List<Person>();
        foreach (var row in parsed.Where(r => r.Input is not null))
        {
            var input = row.Input!;
            var person = NewPerson(territoryId, input, actor, now);
            var key = person.DuplicateKey;
            var name = $"{input.FirstName} {input.LastName}";
            if (known.TryGetValue(key, out var existingId))
            {
                duplicates.Add(new ImportDuplicate(row.Line, name, existingId, "déjà inscrite : non recréée."));
                continue;
            }
            if (seenInFile.TryGetValue(key, out var firstLine))
            {
                duplicates.Add(new ImportDuplicate(row.Line, name, null, $"figure déjà ligne {firstLine} du fichier : non recréée."));
                continue;
            }
            seenInFile[key] = row.Line;
            toCreate.Add(person);
        }
        return new PeopleImportPlan(file, toCreate, seenInFile, parsed.SelectMany(r => r.Errors).ToList(), duplicates);
    }

    /// <summary>The file's line of a person to create, found by her duplicate key.</summary>
    public int LineOf(string duplicateKey) => _lines.GetValueOrDefault(duplicateKey);

    public ImportReport Report(bool dryRun, int imported, IEnumerable<ImportDuplicate> lateDuplicates) =>
        new(dryRun, File.Description, File.Rows.Count, imported, Rejected, Duplicates.Concat(lateDuplicates).OrderBy(d => d.Line).ToList());

    private static PeopleImportRows.ParsedRow CheckDates(PeopleImportRows.ParsedRow row, DateOnly today)
    {
        if (row.Input is not { } input)
        {
            return row;
        }
        var errors = new List<ImportRejection>();
        foreach (var (column, date) in new[]
        {
            (PeopleColumns.CandidacyDate, input.CandidacyDate),
            (PeopleColumns.LivesInTerritorySince, input.LivesInTerritorySince),
            (PeopleColumns.DeprivedOfEmploymentSince, input.DeprivedOfEmploymentSince),
            (PeopleColumns.BirthDate, input.BirthDate),
        })
        {
            if (date > today)
            {
                errors.Add(new ImportRejection(row.Line, column.Header, $"{date:dd/MM/yyyy} est dans le futur."));
            }
        }
        if (input.BirthDate > today.AddYears(-16))
        {
            errors.Add(new ImportRejection(row.Line, PeopleColumns.BirthDate.Header, "la personne doit avoir au moins 16 ans."));
        }
        return errors.Count == 0 ? row : row with { Input = null, Errors = errors };
    }

    /// <summary>The path starts at "candidate"; its first step is written with the person.</summary>
    private static Person NewPerson(int territoryId, PersonInput input, string actor, DateTime now)
    {
        var person = new Person
        {
            TerritoryId = territoryId,
            State = PathState.Candidate,
            StateSince = now,
            CreatedAt = now,
            CreatedBy = actor,
            UpdatedAt = now,
            UpdatedBy = actor,
        };
        person.Update(input);
        return person;
    }
}
