using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// Imports volunteers from a CSV or XLSX file. Every row is checked; a dry run changes nothing; a
/// real run creates the valid rows in one transaction. Someone already registered (same names and
/// birth date) is reported, never created twice, so the same file can be imported again safely.
/// </summary>
public sealed class PeopleImportService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxRows = 100_000;
    private const int SaveChunk = 2_000;

    public async Task<ImportReport> ImportAsync(
        AccessScope scope, int territoryId, byte[] content, string fileName, bool dryRun, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        var file = TabularFileReader.Read(content, fileName);
        if (file.Rows.Count > MaxRows)
        {
            throw ValidationFailedException.For("file", $"Le fichier compte {file.Rows.Count} lignes : {MaxRows} au plus par import.");
        }
        var columns = PeopleImportRows.MapHeaders(file.Headers);
        var today = clock.Today();
        var parsed = file.Rows.Select(row => PeopleImportRows.Parse(row, columns)).Select(row => CheckDates(row, today)).ToList();

        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var existing = await db.People.AsNoTracking().Where(p => p.TerritoryId == territoryId)
            .Select(p => new { p.DuplicateKey, p.Id }).ToListAsync(cancellationToken);
        var known = existing.GroupBy(p => p.DuplicateKey).ToDictionary(g => g.Key, g => g.Min(p => p.Id));
        var seenInFile = new Dictionary<string, int>();
        var duplicates = new List<ImportDuplicate>();
        var toCreate = new List<Person>();
        var now = clock.UtcNow();
        foreach (var row in parsed.Where(r => r.Input is not null))
        {
            var input = row.Input!;
            var key = Person.DuplicateKeyFor(input.LastName, input.FirstName, input.BirthDate!.Value);
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
            toCreate.Add(NewPerson(territoryId, input, scope, now));
        }
        if (!dryRun && toCreate.Count > 0)
        {
            // One transaction for the whole file, saved in chunks so that memory stays flat on large files.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var chunk in toCreate.Chunk(SaveChunk))
            {
                db.People.AddRange(chunk);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
            await transaction.CommitAsync(cancellationToken);
        }
        return new ImportReport(dryRun, file.Description, file.Rows.Count, toCreate.Count,
            parsed.SelectMany(r => r.Errors).ToList(), duplicates);
    }

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

    private static Person NewPerson(int territoryId, PersonInput input, AccessScope scope, DateTime now)
    {
        var person = new Person { TerritoryId = territoryId, State = PathState.Candidate, StateSince = now };
        person.Update(input);
        person.Transitions.Add(new PathTransition { From = PathState.Candidate, To = PathState.Candidate, At = now, By = scope.UserName, Reason = "Import" });
        return person;
    }
}
