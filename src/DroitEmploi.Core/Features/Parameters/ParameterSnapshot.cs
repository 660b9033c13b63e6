using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Parameters;

/// <summary>
/// The one way to read dated parameters: every value of every key, loaded once for the work at hand, then
/// read at a date. A statement of twelve months reads the table once, not twelve times.
/// </summary>
public sealed class ParameterSnapshot(IReadOnlyList<DatedParameter> values)
{
    public static async Task<ParameterSnapshot> LoadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        new(await db.DatedParameters.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The value of a key in force on a date, or a French message telling an administrator what to enter.</summary>
    public decimal ValueOn(string key, DateOnly date) => DatedParameter.Require(values, key, date);

    /// <summary>The value in force on a date with its source, for figures that show where they come from.</summary>
    public SourcedValue SourcedValueOn(string key, DateOnly date)
    {
        var value = DatedParameter.Require(values, key, date);
        var source = DatedParameter.InForce(values.Where(p => p.Key == key), date)!.Source;
        return new SourcedValue(key, ParameterCatalogue.Describe(key).Label, value, source);
    }
}
