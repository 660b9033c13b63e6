using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Parameters;

/// <summary>Reads the value in force on a date; administrators add new values with their source.</summary>
public sealed class ParameterService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<DatedParameterView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.DatedParameters.AsNoTracking().OrderBy(p => p.Key).ThenBy(p => p.ValidFrom).ToListAsync(cancellationToken);
        return rows.Select(View).ToList();
    }

    public async Task<decimal> ValueAsync(string key, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await ParameterSnapshot.LoadAsync(db, cancellationToken)).ValueOn(key, date);
    }

    /// <summary>A new value from a date: the value in force until then ends the day before.</summary>
    public async Task<DatedParameterView> AddValueAsync(AccessScope scope, ParameterValueInput input, CancellationToken cancellationToken = default)
    {
        if (!scope.IsAdministrator)
        {
            throw new ForbiddenException("Seul·e un·e administrateur·rice modifie les paramètres datés.");
        }
        InputValidator.Validate(input);
        if (ParameterCatalogue.Definitions.All(d => d.Key != input.Key))
        {
            throw ValidationFailedException.For("key", "Ce paramètre n'existe pas.");
        }
        var from = input.ValidFrom!.Value;
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var existing = await db.DatedParameters.Where(p => p.Key == input.Key).ToListAsync(cancellationToken);
        if (existing.Any(p => p.ValidFrom == from))
        {
            throw ValidationFailedException.For("validFrom", "Une valeur commence déjà à cette date.");
        }
        var next = existing.Where(p => p.ValidFrom > from).OrderBy(p => p.ValidFrom).FirstOrDefault();
        foreach (var previous in existing.Where(p => p.ValidFrom < from && (p.ValidTo is null || p.ValidTo >= from)))
        {
            previous.ValidTo = from.AddDays(-1);
        }
        var definition = ParameterCatalogue.Describe(input.Key);
        var parameter = new DatedParameter
        {
            Key = input.Key,
            ValidFrom = from,
            ValidTo = next?.ValidFrom.AddDays(-1),
            Value = input.Value,
            Unit = definition.Unit,
            Source = input.Source.Trim(),
        };
        db.DatedParameters.Add(parameter);
        await db.SaveChangesAsync(cancellationToken);
        return View(parameter);
    }

    /// <summary>Seeds the catalogue's values where a key has none yet (first start, or a new key in a new version).</summary>
    public async Task SeedMissingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = AccessScope.System.UserName;
        var known = await db.DatedParameters.Select(p => p.Key).Distinct().ToListAsync(cancellationToken);
        foreach (var seed in ParameterCatalogue.Seeds.Where(s => !known.Contains(s.Key)))
        {
            db.DatedParameters.Add(new DatedParameter
            {
                Key = seed.Key,
                ValidFrom = seed.ValidFrom,
                ValidTo = seed.ValidTo,
                Value = seed.Value,
                Unit = ParameterCatalogue.Describe(seed.Key).Unit,
                Source = seed.Source,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DatedParameterView View(DatedParameter p) =>
        new(p.Id, p.Key, ParameterCatalogue.Describe(p.Key).Label, p.Unit, p.ValidFrom, p.ValidTo, p.Value, p.Source);
}
