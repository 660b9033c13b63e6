using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Parameters;

/// <summary>
/// Reads the value in force on a date; administrators add, correct and withdraw values with their
/// source. A change that rewrites past months is shown first and made only once confirmed, with a reason.
/// </summary>
public sealed class ParameterService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<DatedParameterView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.DatedParameters.AsNoTracking().OrderBy(p => p.Key).ThenBy(p => p.ValidFrom).ThenBy(p => p.WithdrawnAt != null).ToListAsync(cancellationToken);
        return rows.Select(View).ToList();
    }

    public async Task<decimal> ValueAsync(string key, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await ParameterSnapshot.LoadAsync(db, cancellationToken)).ValueOn(key, date);
    }

    /// <summary>What adding this value would rewrite, without adding it.</summary>
    public async Task<ParameterChangePreview> PreviewAsync(AccessScope scope, ParameterValueInput input, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanEditParameters();
        ValidateKey(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (_, preview) = await PlanAsync(db, input.Key, input.ValidFrom!.Value,
            history => history.Add(input.ValidFrom!.Value, input.Value, "", input.Source, input.Reason), cancellationToken);
        return preview;
    }

    /// <summary>A new value from a date: the value in force until then ends the day before.</summary>
    public async Task<DatedParameterView> AddValueAsync(AccessScope scope, ParameterValueInput input, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanEditParameters();
        ValidateKey(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var unit = ParameterCatalogue.Describe(input.Key).Unit;
        var (added, preview) = await PlanAsync(db, input.Key, input.ValidFrom!.Value,
            history => history.Add(input.ValidFrom!.Value, input.Value, unit, input.Source, input.Reason), cancellationToken);
        EnsureConfirmed(preview, input.ConfirmPastChanges, input.Reason);
        db.DatedParameters.Add(added!);
        await db.SaveChangesAsync(cancellationToken);
        return View(added!);
    }

    /// <summary>The right value for the same period; the wrong one stays in the history, withdrawn with the reason.</summary>
    public Task<DatedParameterView> CorrectAsync(AccessScope scope, int id, ParameterCorrectionInput input, CancellationToken cancellationToken = default) =>
        ChangeRecordedAsync(scope, id, input, input.ConfirmPastChanges, input.Reason,
            (history, wrong) => history.Correct(wrong, input.Value, input.Source, input.Reason, scope.UserName, clock.UtcNow()), cancellationToken);

    /// <summary>A value entered by mistake: withdrawn with the reason, its period returned to the value before it.</summary>
    public Task<DatedParameterView> WithdrawAsync(AccessScope scope, int id, ParameterWithdrawalInput input, CancellationToken cancellationToken = default) =>
        ChangeRecordedAsync(scope, id, input, input.ConfirmPastChanges, input.Reason,
            (history, wrong) =>
            {
                history.Withdraw(wrong, input.Reason, scope.UserName, clock.UtcNow());
                return null;
            }, cancellationToken);

    /// <summary>A change to a recorded value; returns the value that replaces it, or the withdrawn one when nothing does.</summary>
    private async Task<DatedParameterView> ChangeRecordedAsync(
        AccessScope scope, int id, object input, bool confirmed, string? reason,
        Func<ParameterHistory, DatedParameter, DatedParameter?> change, CancellationToken cancellationToken)
    {
        scope.EnsureCanEditParameters();
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var recorded = await db.DatedParameters.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException(NotFound);
        var (replacement, preview) = await PlanAsync(db, recorded.Key, recorded.ValidFrom, history => change(history, recorded), cancellationToken);
        EnsureConfirmed(preview, confirmed, reason);
        if (replacement is not null)
        {
            db.DatedParameters.Add(replacement);
        }
        await db.SaveChangesAsync(cancellationToken);
        return View(replacement ?? recorded);
    }

    public const string NotFound = "Cette valeur de paramètre n'existe pas.";

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

    /// <summary>
    /// Applies a change to a key's history in memory and measures it: each month from the first one
    /// touched up to the current one whose value on the 1st moves, and the statements built on them.
    /// </summary>
    private async Task<(DatedParameter? Result, ParameterChangePreview Preview)> PlanAsync(
        AppDbContext db, string key, DateOnly from, Func<ParameterHistory, DatedParameter?> change, CancellationToken cancellationToken)
    {
        var values = await db.DatedParameters.Where(p => p.Key == key).ToListAsync(cancellationToken);
        var today = clock.Today();
        var months = new List<DateOnly>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= today; month = month.AddMonths(1))
        {
            months.Add(month);
        }
        var before = months.ToDictionary(m => m, m => DatedParameter.InForce(values, m)?.Value);
        var history = new ParameterHistory(key, values);
        var result = change(history);
        var changed = months.Where(m => before[m] != history.ValueOn(m))
            .Select(m => new ParameterMonthChange(m.Year, m.Month, before[m], history.ValueOn(m))).ToList();
        var statements = ParameterCatalogue.FundingKeys.Contains(key) && changed.Count > 0
            ? await StatementsAsync(db, changed, cancellationToken)
            : [];
        return (result, new ParameterChangePreview(key, ParameterCatalogue.Describe(key).Label, changed, statements));
    }

    private static async Task<List<StatementImpact>> StatementsAsync(AppDbContext db, List<ParameterMonthChange> months, CancellationToken cancellationToken)
    {
        var first = new DateOnly(months[0].Year, months[0].Month, 1);
        var last = new DateOnly(months[^1].Year, months[^1].Month, 1).AddMonths(1).AddDays(-1);
        var contracts = await db.EmploymentContracts.AsNoTracking()
            .Where(c => c.StartDate <= last && (c.ExitDate == null || c.ExitDate >= first))
            .Select(c => new { c.OrganisationId, c.StartDate, c.ExitDate }).ToListAsync(cancellationToken);
        var touched = months.SelectMany(m =>
            {
                var start = new DateOnly(m.Year, m.Month, 1);
                var end = start.AddMonths(1).AddDays(-1);
                return contracts.Where(c => c.StartDate <= end && (c.ExitDate is null || c.ExitDate >= start)).Select(c => (c.OrganisationId, m.Year));
            })
            .Distinct().ToList();
        var ids = touched.Select(t => t.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return touched.Select(t => new StatementImpact(t.OrganisationId, names.GetValueOrDefault(t.OrganisationId, ""), t.Year))
            .OrderBy(s => s.OrganisationName).ThenBy(s => s.Year).ToList();
    }

    private static void EnsureConfirmed(ParameterChangePreview preview, bool confirmed, string? reason)
    {
        if (!preview.ChangesPast)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ValidationFailedException.For("reason", "Ce changement modifie des mois passés : écrivez pourquoi.");
        }
        if (!confirmed)
        {
            throw new ParameterChangeNeedsConfirmationException(preview);
        }
    }

    private static void ValidateKey(ParameterValueInput input)
    {
        InputValidator.Validate(input);
        if (ParameterCatalogue.Definitions.All(d => d.Key != input.Key))
        {
            throw ValidationFailedException.For("key", "Ce paramètre n'existe pas.");
        }
    }

    private static DatedParameterView View(DatedParameter p) =>
        new(p.Id, p.Key, ParameterCatalogue.Describe(p.Key).Label, p.Unit, p.ValidFrom, p.ValidTo, p.Value, p.Source,
            p.Reason, p.CorrectsId, p.WithdrawnAt, p.WithdrawnBy, p.WithdrawalReason);
}
