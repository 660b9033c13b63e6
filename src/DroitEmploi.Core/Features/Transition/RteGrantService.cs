using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>RTE grants decided by the CTE, the months paid from the pool in euros and local currency, and the holder's own view.</summary>
public sealed class RteGrantService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ReadJournal readJournal)
{
    public const string GrantNotFound = "Ce RTE n'existe pas ou ne vous est pas accessible.";

    public async Task<IReadOnlyList<RteGrantView>> GrantsAsync(AccessScope scope, int cteId, string? search = null, bool currentOnly = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CteQueries.ManagedAsync(db, scope, cteId, cancellationToken);
        var grants = await db.RteGrants.AsNoTracking().Where(g => g.CteId == cteId).ToListAsync(cancellationToken);
        var views = await ViewsAsync(db, grants, cancellationToken);
        await readJournal.RecordAsync(scope, AuditActions.Read, nameof(RteGrant), cteId, null, "RTE de la CTE", cancellationToken);
        var terms = SearchText.Terms(search);
        return views.Where(v => !currentOnly || v.MonthsLeft > 0)
            .Where(v => terms.All(SearchText.Join(v.Holder, v.KindLabel, v.Activity ?? "").Contains))
            .OrderByDescending(v => v.StartsOn).ThenBy(v => v.Holder, StringComparer.Create(French.Culture, true)).ToList();
    }

    /// <summary>Records a grant the CTE decided: the member, the grid in force on its first month, the RSA cap, an EBE contract suspended.</summary>
    public async Task<RteGrantView> DecideAsync(AccessScope scope, int cteId, RteGrantInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var context = await CteQueries.ManagedAsync(db, scope, cteId, cancellationToken);
        var member = await db.CteMembers.AsNoTracking().SingleOrDefaultAsync(m => m.Id == input.MemberId && m.CteId == cteId, cancellationToken)
            ?? throw ValidationFailedException.For("memberId", "Ce ou cette sociétaire n'est pas de la CTE.");
        if (input.ActivityId is { } activityId && !await db.CteActivities.AnyAsync(a => a.Id == activityId && a.CteId == cteId, cancellationToken))
        {
            throw ValidationFailedException.For("activityId", "Cette activité n'est pas de la CTE.");
        }
        var start = input.StartsOn!.Value;
        var grids = await db.RteGrids.AsNoTracking().Where(g => g.CteId == cteId).ToListAsync(cancellationToken);
        var existing = await db.RteGrants.AsNoTracking().Where(g => g.MemberId == member.Id).ToListAsync(cancellationToken);
        var ebe = await CteQueries.EbeContractAsync(db, member.PersonId, new DateOnly(start.Year, start.Month, 1), cancellationToken);
        var grant = RteGrant.Decide(context.Cte, member, RteGrid.InForce(grids, cteId, new DateOnly(start.Year, start.Month, 1)), input, existing, ebe);
        db.RteGrants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync(db, [grant], cancellationToken))[0];
    }

    public async Task<RteGrantView> EndAsync(AccessScope scope, int grantId, GrantEndInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var grant = await db.RteGrants.SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken) ?? throw new NotFoundException(GrantNotFound);
        await CteQueries.ManagedAsync(db, scope, grant.CteId, cancellationToken);
        db.ExpectVersion(grant, input.Version ?? grant.Version);
        var paidAfter = await db.RtePayments.AnyAsync(p => p.GrantId == grantId && p.Month > input.On!.Value, cancellationToken);
        if (paidAfter)
        {
            throw ValidationFailedException.For("on", "Des mois après cette date sont déjà versés : la fin ne peut les précéder.");
        }
        grant.End(input.On!.Value, input.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync(db, [grant], cancellationToken))[0];
    }

    /// <summary>The month's RTE: recorded lines if the month was paid, otherwise the lines due, with what the pool has left.</summary>
    public async Task<PaymentRun> PaymentsAsync(AccessScope scope, int cteId, DateOnly? month, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CteQueries.ManagedAsync(db, scope, cteId, cancellationToken);
        return await RunAsync(db, cteId, FirstOf(month ?? clock.Today()), cancellationToken);
    }

    /// <summary>
    /// Pays the month: one or two lines per grant (the local currency's part and the euros, adding up exactly), all or
    /// nothing, once, and only within what the year's pool holds.
    /// </summary>
    public async Task<PaymentRun> PayMonthAsync(AccessScope scope, int cteId, PaymentMonthInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await CteQueries.ManagedAsync(db, scope, cteId, cancellationToken);
        var month = FirstOf(input.Month!.Value);
        if (month > FirstOf(clock.Today()))
        {
            throw ValidationFailedException.For("month", "Un mois se verse quand il est commencé, pas avant.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.RtePayments.AnyAsync(p => p.CteId == cteId && p.Month == month, cancellationToken))
        {
            throw new BusinessRuleException($"Les RTE de {month.ToString("MMMM yyyy", French.Culture)} sont déjà versés.");
        }
        var grants = await db.RteGrants.AsNoTracking().Where(g => g.CteId == cteId).ToListAsync(cancellationToken);
        var lines = grants.SelectMany(g => g.PaymentsFor(month)).ToList();
        foreach (var line in lines)
        {
            line.RecordedAt = clock.UtcNow();
            line.RecordedBy = scope.UserName;
        }
        if (lines.Count == 0)
        {
            throw new BusinessRuleException($"Aucun RTE ne court en {month.ToString("MMMM yyyy", French.Culture)}.");
        }
        TransitionPool.EnsureCovers(await CteQueries.PoolAsync(db, cteId, month.Year, cancellationToken), lines.Sum(l => l.Amount), month);
        db.RtePayments.AddRange(lines);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await RunAsync(db, cteId, month, cancellationToken);
    }

    /// <summary>The month's payments as a file for the bank and the local currency's office.</summary>
    public async Task<ExportedFile> ExportAsync(AccessScope scope, int cteId, DateOnly? month, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var run = await PaymentsAsync(scope, cteId, month, cancellationToken);
        string[] headers = ["Mois", "Titulaire", "Nature", "Monnaie", "Montant", "RTE n°", "Versé"];
        return TableExport.Write(format, $"rte-{run.Month:yyyy-MM}", headers,
            run.Lines.Select(l => new object?[] { $"{run.Month:MM/yyyy}", l.Holder, l.Kind, l.CurrencyLabel, l.Amount, l.GrantId, run.Recorded ? "oui" : "à verser" }));
    }

    /// <summary>The holder's own RTE, read through the account linked to their member record.</summary>
    public async Task<HolderView> MineAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.CteMembers.AsNoTracking().SingleOrDefaultAsync(m => m.AccountId == scope.UserId, cancellationToken)
            ?? throw new NotFoundException(CteQueries.NoHolderRecord);
        scope.EnsureCanReadHolder(member.CteId, member.AccountId);
        var cte = await db.Ctes.AsNoTracking().SingleAsync(c => c.OrganisationId == member.CteId, cancellationToken);
        var cteName = await db.Organisations.AsNoTracking().Where(o => o.Id == member.CteId).Select(o => o.Name).SingleAsync(cancellationToken);
        var grants = await db.RteGrants.AsNoTracking().Where(g => g.MemberId == member.Id).ToListAsync(cancellationToken);
        var views = await ViewsAsync(db, grants, cancellationToken);
        var ids = grants.Select(g => g.Id).ToList();
        var payments = await db.RtePayments.AsNoTracking().Where(p => ids.Contains(p.GrantId)).ToListAsync(cancellationToken);
        var names = await CteQueries.NamesAsync(db, [member], cancellationToken);
        var today = clock.Today();
        var month = FirstOf(today);
        var parts = grants.SelectMany(g => g.PaymentsFor(month)).ToList();
        var person = member.PersonId is { } personId ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken) : null;
        var ebe = await CteQueries.EbeContractAsync(db, member.PersonId, today, cancellationToken);
        var byId = grants.ToDictionary(g => g.Id);
        var last = payments.OrderByDescending(p => p.Month).ThenBy(p => p.Currency).Take(12)
            .Select(p => Line(p, byId[p.GrantId], names[member.Id], cte)).ToList();
        return new HolderView(member.Id, names[member.Id], cteName, cte.LocalCurrency, member.IsMemberOn(today), views,
            parts.Sum(p => p.Amount), parts.Where(p => p.Currency == PaymentCurrency.LocalCurrency).Sum(p => p.Amount),
            parts.Where(p => p.Currency == PaymentCurrency.Euro).Sum(p => p.Amount), views.Count == 0 ? 0 : views.Max(v => v.MonthsLeft), last,
            person is not null, person?.State == People.PathState.Oriented && person.AnonymisedAt is null,
            ebe is { Suspended: true } contract ? $"Votre contrat chez {contract.Employer} est suspendu{(contract.SuspensionEnds is { } back ? $" jusqu'au {back:dd/MM/yyyy}" : "")} : vous y revenez quand vous voulez." : null);
    }

    /// <summary>
    /// The holder asks to join an EBE: their registry record goes back on the waiting list with its original candidacy
    /// date (or back to the CLE as a candidate if eligibility was never decided in their favour).
    /// </summary>
    public async Task<HolderView> JoinWaitingListAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateForAsync(scope, cancellationToken))
        {
            var member = await db.CteMembers.AsNoTracking().SingleOrDefaultAsync(m => m.AccountId == scope.UserId, cancellationToken)
                ?? throw new NotFoundException(CteQueries.NoHolderRecord);
            scope.EnsureCanReadHolder(member.CteId, member.AccountId);
            if (member.PersonId is not { } personId)
            {
                throw new BusinessRuleException("Vous n'êtes pas inscrit·e au registre des volontaires : l'équipe projet du CLE vous inscrit, avec la date de votre demande.");
            }
            var person = await db.People.Include(p => p.EligibilityDecisions).SingleAsync(p => p.Id == personId, cancellationToken);
            person.ReturnToList(scope.UserName, clock.UtcNow(), "A demandé depuis la CTE à rejoindre une EBE.");
            await db.SaveChangesAsync(cancellationToken);
        }
        return await MineAsync(scope, cancellationToken);
    }

    private async Task<PaymentRun> RunAsync(AppDbContext db, int cteId, DateOnly month, CancellationToken cancellationToken)
    {
        var cte = await db.Ctes.AsNoTracking().SingleAsync(c => c.OrganisationId == cteId, cancellationToken);
        var grants = await db.RteGrants.AsNoTracking().Where(g => g.CteId == cteId).ToDictionaryAsync(g => g.Id, cancellationToken);
        var members = await db.CteMembers.AsNoTracking().Where(m => m.CteId == cteId).ToListAsync(cancellationToken);
        var names = await CteQueries.NamesAsync(db, members, cancellationToken);
        var recorded = await db.RtePayments.AsNoTracking().Where(p => p.CteId == cteId && p.Month == month).ToListAsync(cancellationToken);
        var lines = recorded.Count > 0
            ? recorded.Select(p => Line(p, grants[p.GrantId], names[grants[p.GrantId].MemberId], cte)).ToList()
            : grants.Values.SelectMany(g => g.PaymentsFor(month).Select(p => Line(p, g, names[g.MemberId], cte))).ToList();
        lines = lines.OrderBy(l => l.Holder, StringComparer.Create(French.Culture, true)).ThenBy(l => l.GrantId).ThenBy(l => l.Currency).ToList();
        var pool = await CteQueries.PoolAsync(db, cteId, month.Year, cancellationToken);
        return new PaymentRun(month, recorded.Count > 0, lines, lines.Where(l => l.Currency == PaymentCurrency.Euro).Sum(l => l.Amount),
            lines.Where(l => l.Currency == PaymentCurrency.LocalCurrency).Sum(l => l.Amount), lines.Sum(l => l.Amount), pool.Available);
    }

    private static RtePaymentView Line(RtePayment payment, RteGrant grant, string holder, Cte cte) =>
        new(grant.Id, grant.MemberId, holder, grant.Kind.French(), payment.Month, payment.Currency,
            payment.Currency == PaymentCurrency.Euro ? "Euros" : cte.LocalCurrency ?? "Monnaie locale", payment.Amount);

    private async Task<List<RteGrantView>> ViewsAsync(AppDbContext db, IReadOnlyCollection<RteGrant> grants, CancellationToken cancellationToken)
    {
        var memberIds = grants.Select(g => g.MemberId).Distinct().ToList();
        var members = await db.CteMembers.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToListAsync(cancellationToken);
        var names = await CteQueries.NamesAsync(db, members, cancellationToken);
        var activityIds = grants.Where(g => g.ActivityId is not null).Select(g => g.ActivityId!.Value).Distinct().ToList();
        var activities = await db.CteActivities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var ids = grants.Select(g => g.Id).ToList();
        var paid = (await db.RtePayments.AsNoTracking().Where(p => ids.Contains(p.GrantId)).Select(p => new { p.GrantId, p.Amount }).ToListAsync(cancellationToken))
            .GroupBy(p => p.GrantId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        var today = clock.Today();
        return grants.Select(g => new RteGrantView(g.Id, g.MemberId, names[g.MemberId], g.Kind, g.Kind.French(), g.GridNumber, g.Household, g.Household.French(),
            g.OtherMonthlyIncome, g.Criteria, g.MonthlyAmount, g.Total, g.StartsOn, g.EndsOn, g.Months, g.MonthsLeftOn(today), g.LocalCurrencyShare,
            g.RsaHoursPerYear, g.DecidedOn, g.Decision, g.EndedOn, g.EndReason?.French(), g.ActivityId,
            g.ActivityId is { } a ? activities.GetValueOrDefault(a) : null, paid.GetValueOrDefault(g.Id), g.Version)).ToList();
    }

    private static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);
}
