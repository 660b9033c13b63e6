using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// A KPA's money: its collective and individual balances, the month's sharing and the portage structure's
/// contribution, and the monthly pay requests from the cooperant to the CAE's payroll.
/// </summary>
public sealed class KpaMoneyService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private const string PayRequestNotFound = "Cette demande de rémunération n'existe pas ou ne vous est pas accessible.";

    public async Task<LedgerView> RecordLineAsync(AccessScope scope, int kpaId, LedgerLineInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, kpaId, cancellationToken);
        scope.EnsureCanManageCooperants(kpaId, context.Organisation.PortageId, null);
        var on = input.On!.Value;
        var amount = Math.Round(input.Amount, 2, MidpointRounding.AwayFromZero);
        Cooperant? cooperant = null;
        if (input.CooperantId is { } cooperantId)
        {
            cooperant = await db.Cooperants.Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == cooperantId && c.KpaId == kpaId, cancellationToken)
                ?? throw ValidationFailedException.For("cooperantId", "Cette personne n'est pas coopérante de ce KPA.");
        }
        LedgerLine Line(int? holder, decimal signed) => new()
        {
            KpaId = kpaId,
            CooperantId = holder,
            RealisedById = cooperant?.Id,
            On = on,
            Kind = input.Kind,
            Amount = signed,
            Training = input.Training,
            Label = input.Label.Trim(),
            Source = input.Source.Trim(),
        };
        switch (input.Kind)
        {
            case LedgerLineKind.Turnover:
                if (cooperant is null)
                {
                    throw ValidationFailedException.For("cooperantId", "Indiquez qui a réalisé ce chiffre d'affaires : c'est la clé du partage du mois.");
                }
                db.LedgerLines.Add(Line(null, amount));
                break;
            case LedgerLineKind.DirectCost:
                db.LedgerLines.Add(Line(null, -amount));
                break;
            case LedgerLineKind.Transfer:
                if (cooperant is null)
                {
                    throw ValidationFailedException.For("cooperantId", "Indiquez le solde individuel qui reçoit le virement du solde collectif.");
                }
                db.LedgerLines.Add(Line(null, -amount));
                db.LedgerLines.Add(Line(cooperant.Id, amount));
                break;
            case LedgerLineKind.SharedCost:
                // Split between the members present that day, to the cent.
                var kpa = context.Kpa;
                var members = await db.Cooperants.AsNoTracking().Include(c => c.Steps).Where(c => c.KpaId == kpaId).ToListAsync(cancellationToken);
                var present = members.Where(m => m.SituationAt(kpa, on).Present).ToList();
                if (present.Count == 0)
                {
                    throw ValidationFailedException.For("on", "Personne n'est dans le KPA à cette date : aucun·e membre ne partage ce coût.");
                }
                db.LedgerLines.AddRange(MonthlySharing.SharedCostLines(kpaId, on, amount, input.Label.Trim(), input.Source.Trim(), present.Select(p => p.Id).ToList()));
                break;
            default:
                throw ValidationFailedException.For("kind", "La contribution, le partage du mois et les rémunérations s'enregistrent d'eux-mêmes : choisissez chiffre d'affaires, coût direct, coût partagé ou virement.");
        }
        await db.SaveChangesAsync(cancellationToken);
        return await CollectiveAsync(db, context, null, cancellationToken);
    }

    public async Task<LedgerView> KpaBalanceAsync(AccessScope scope, int kpaId, DateOnly? month = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, kpaId, cancellationToken);
        scope.EnsureCanSeeCooperants(context.Access, context.Organisation.PortageId);
        return await CollectiveAsync(db, context, month, cancellationToken);
    }

    public async Task<CooperantBalance> CooperantBalanceAsync(AccessScope scope, int cooperantId, DateOnly? month = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, cooperantId, cancellationToken);
        return await BalanceAsync(db, cooperant, context, month, cancellationToken);
    }

    public async Task<CooperantBalance> MyBalanceAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await KpaQueries.MyCooperantIdAsync(db, scope, cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, id, cancellationToken);
        return await BalanceAsync(db, cooperant, context, null, cancellationToken);
    }

    public async Task<SharingStatement> SharingAsync(AccessScope scope, int kpaId, DateOnly? month, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, kpaId, cancellationToken);
        scope.EnsureCanSeeCooperants(context.Access, context.Organisation.PortageId);
        var first = FirstOf(month ?? clock.Today().AddMonths(-1));
        return await StatementAsync(db, scope, context, first, null, cancellationToken);
    }

    /// <summary>Posts the month's contribution and shares, once, for a month that has ended.</summary>
    public async Task<SharingStatement> ApplySharingAsync(AccessScope scope, int kpaId, SharingInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, kpaId, cancellationToken);
        scope.EnsureCanManageCooperants(kpaId, context.Organisation.PortageId, null);
        var first = FirstOf(input.Month!.Value);
        if (first >= FirstOf(clock.Today()))
        {
            throw ValidationFailedException.For("month", "Un mois se partage une fois fini.");
        }
        var statement = await StatementAsync(db, scope, context, first, input, cancellationToken);
        if (statement.Applied)
        {
            throw new BusinessRuleException($"Le partage de {first:MM/yyyy} est déjà fait.");
        }
        db.LedgerLines.AddRange(MonthlySharing.LinesToPost(statement));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await StatementAsync(db, scope, context, first, input, cancellationToken);
    }

    public async Task<IReadOnlyList<ContributionSchedule>> SchedulesAsync(AccessScope scope, int portageId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanDecideForPortage(portageId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ContributionSchedules.AsNoTracking().Where(s => s.PortageId == portageId).OrderByDescending(s => s.ValidFrom).ToListAsync(cancellationToken);
    }

    /// <summary>A new version of the terms from its date; earlier months keep the terms they were shared with.</summary>
    public async Task<ContributionSchedule> AddScheduleAsync(AccessScope scope, int portageId, ContributionScheduleInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        scope.EnsureCanDecideForPortage(portageId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var portage = await db.Organisations.SingleOrDefaultAsync(o => o.Id == portageId, cancellationToken) ?? throw new NotFoundException(AccessScope.OrganisationNotFound);
        var schedule = ContributionSchedule.Create(portage.Id, input);
        var shared = await db.LedgerLines.AnyAsync(l => l.SharingMonth >= FirstOf(schedule.ValidFrom)
            && db.Organisations.Any(o => o.Id == l.KpaId && o.PortageId == portageId), cancellationToken);
        if (shared)
        {
            throw ValidationFailedException.For("validFrom", "Des mois déjà partagés suivent cette date : de nouvelles conditions s'appliquent à partir d'un mois pas encore partagé.");
        }
        db.ContributionSchedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return schedule;
    }

    public async Task<PortageContributions> ContributionsAsync(AccessScope scope, int portageId, int year, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanDecideForPortage(portageId);
        if (year is < 2000 or > 2100)
        {
            throw ValidationFailedException.For("year", "L'année est comprise entre 2000 et 2100.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schedules = await db.ContributionSchedules.AsNoTracking().Where(s => s.PortageId == portageId).ToListAsync(cancellationToken);
        var kpas = await db.Organisations.AsNoTracking().Where(o => o.PortageId == portageId && db.Kpas.Any(k => k.OrganisationId == o.Id))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var ids = kpas.Select(k => k.Id).ToList();
        var lines = await db.LedgerLines.AsNoTracking()
            .Where(l => ids.Contains(l.KpaId) && l.CooperantId == null && l.On >= from && l.On < to
                && (l.Kind == LedgerLineKind.Turnover || l.Kind == LedgerLineKind.DirectCost || l.Kind == LedgerLineKind.Contribution))
            .ToListAsync(cancellationToken);
        var inForce = ContributionSchedule.InForce(schedules, portageId, year == clock.Today().Year ? clock.Today() : to.AddDays(-1));
        var result = kpas.Select(k =>
        {
            var own = lines.Where(l => l.KpaId == k.Id).ToList();
            var margin = own.Where(l => l.Kind != LedgerLineKind.Contribution && !l.Training).Sum(l => l.Amount);
            var rate = inForce?.Brackets.FirstOrDefault(b => b.UpTo is null || margin <= b.UpTo)?.Rate;
            var byMonth = Enumerable.Range(1, 12).Select(m => -own.Where(l => l.Kind == LedgerLineKind.Contribution && l.On.Month == m).Sum(l => l.Amount)).ToList();
            return new KpaContribution(k.Id, k.Name, own.Where(l => l.Kind != LedgerLineKind.Contribution).Sum(l => l.Amount), byMonth.Sum(), rate, byMonth);
        }).ToList();
        return new PortageContributions(portageId, year, result, schedules.OrderByDescending(s => s.ValidFrom).ToList());
    }

    public async Task<PayRequestView> AskPayAsync(AccessScope scope, int cooperantId, PayRequestInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, cooperantId, cancellationToken);
        scope.EnsureCanAskPay(cooperant.KpaId, context.Organisation.PortageId, cooperant.AccountId);
        var today = clock.Today();
        if (!cooperant.SituationAt(context.Kpa, today).Present)
        {
            throw new BusinessRuleException("La personne n'est plus dans le KPA : son solde est le capital de départ de son projet, pas une rémunération.");
        }
        var request = PayRequest.Ask(cooperant.KpaId, cooperant.Id, input, today, await CutOffDayAsync(db, context, today, cancellationToken));
        db.PayRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync(db, db.PayRequests.Where(r => r.Id == request.Id), cancellationToken)).Single();
    }

    public async Task<PayRequestView> SubmitPayAsync(AccessScope scope, int id, RejectionInput input, CancellationToken cancellationToken = default) =>
        await DecideAsync(scope, id, input, forPortage: false, (request, context, today, cutOff, _, _) => request.Submit(today, cutOff), cancellationToken);

    public async Task<PayRequestView> ValidatePayAsync(AccessScope scope, int id, RejectionInput input, CancellationToken cancellationToken = default) =>
        await DecideAsync(scope, id, input, forPortage: true, (request, context, today, _, available, db) =>
        {
            db.LedgerLines.Add(request.Validate(available, today, scope.UserName));
        }, cancellationToken);

    public async Task<PayRequestView> RejectPayAsync(AccessScope scope, int id, RejectionInput input, CancellationToken cancellationToken = default) =>
        await DecideAsync(scope, id, input, forPortage: true, (request, _, today, _, _, _) => request.Reject(input.Reason, today, scope.UserName), cancellationToken);

    /// <summary>A KPA's requests for its coordination and its CAE; a cooperant's own through their balance.</summary>
    public async Task<IReadOnlyList<PayRequestView>> KpaPayRequestsAsync(AccessScope scope, int kpaId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = await KpaQueries.ReadableAsync(db, scope, kpaId, cancellationToken);
        scope.EnsureCanSeeCooperants(context.Access, context.Organisation.PortageId);
        return await ViewsAsync(db, db.PayRequests.Where(r => r.KpaId == kpaId), cancellationToken);
    }

    /// <summary>The requests of a month for every KPA a portage structure carries: what its staff check before the cut-off.</summary>
    public async Task<IReadOnlyList<PayRequestView>> PortagePayRequestsAsync(AccessScope scope, int portageId, DateOnly? month, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanDecideForPortage(portageId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var first = FirstOf(month ?? clock.Today());
        return await ViewsAsync(db, db.PayRequests.Where(r => r.Month == first && r.Status != PayRequestStatus.Requested
            && db.Organisations.Any(o => o.Id == r.KpaId && o.PortageId == portageId)), cancellationToken);
    }

    /// <summary>The earliest payroll month with requests still waiting for the portage structure's answer, if any.</summary>
    public async Task<DateOnly?> EarliestWaitingMonthAsync(AccessScope scope, int portageId, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanDecideForPortage(portageId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PayRequests.Where(r => r.Status == PayRequestStatus.Submitted && db.Organisations.Any(o => o.Id == r.KpaId && o.PortageId == portageId))
            .OrderBy(r => r.Month).Select(r => (DateOnly?)r.Month).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The month's validated requests as a file for payroll (CSV, ";", as French spreadsheets open it).</summary>
    public async Task<ExportedFile> ExportPayAsync(AccessScope scope, int portageId, DateOnly? month, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var first = FirstOf(month ?? clock.Today());
        var requests = (await PortagePayRequestsAsync(scope, portageId, first, cancellationToken)).Where(r => r.Status == PayRequestStatus.Validated).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = requests.Select(r => r.CooperantId).ToList();
        var numbers = new Dictionary<int, string?>();
        foreach (var cooperant in await db.Cooperants.AsNoTracking().Include(c => c.Steps).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken))
        {
            numbers[cooperant.Id] = CooperantJourney.PeriodsOf(cooperant.Steps).LastOrDefault(p => p.Kind == CooperantContractKind.Cape)?.Number;
        }
        string[] headers = ["Mois", "KPA", "Coopérant·e", "N° CAPE", "Montant (€)", "Demande n°", "Validée le", "Avance décidée"];
        return TableExport.Write(format, $"remunerations-{first:yyyy-MM}", headers,
            requests.Select(r => new object?[] { $"{first:MM/yyyy}", r.KpaName, r.Name, numbers.GetValueOrDefault(r.CooperantId), r.Amount, r.Id, r.DecidedOn, r.AdvanceDecision }));
    }

    private delegate void Decision(PayRequest request, KpaQueries.KpaContext context, DateOnly today, int cutOffDay, decimal available, AppDbContext db);

    private async Task<PayRequestView> DecideAsync(AccessScope scope, int id, RejectionInput input, bool forPortage, Decision decide, CancellationToken cancellationToken)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.PayRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException(PayRequestNotFound);
        var (cooperant, context) = await KpaQueries.CooperantAsync(db, scope, request.CooperantId, cancellationToken);
        if (!scope.CanSeeCooperants(request.KpaId, context.Organisation.PortageId))
        {
            throw cooperant.AccountId == scope.UserId
                ? new ForbiddenException("Votre référent·e transmet votre demande ; la structure de portage la valide.")
                : new NotFoundException(PayRequestNotFound);
        }
        if (forPortage)
        {
            scope.EnsureCanDecideForPortage(context.Organisation.PortageId ?? 0, seesSubject: true);
        }
        else if (!scope.ManagesOrganisation(request.KpaId))
        {
            throw new ForbiddenException("La coordination du KPA transmet les demandes à la structure de portage.");
        }
        db.ExpectVersion(request, input.Version ?? request.Version);
        var today = clock.Today();
        // Summed here rather than in SQL: SQLite cannot add decimals exactly.
        var balance = (await db.LedgerLines.Where(l => l.CooperantId == request.CooperantId).Select(l => l.Amount).ToListAsync(cancellationToken)).Sum();
        var waiting = (await db.PayRequests.Where(r => r.CooperantId == request.CooperantId && r.Id != request.Id && r.Status == PayRequestStatus.Submitted)
            .Select(r => r.Amount).ToListAsync(cancellationToken)).Sum();
        decide(request, context, today, await CutOffDayAsync(db, context, today, cancellationToken), balance - waiting, db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await ViewsAsync(db, db.PayRequests.Where(r => r.Id == id), cancellationToken)).Single();
    }

    private static async Task<int> CutOffDayAsync(AppDbContext db, KpaQueries.KpaContext context, DateOnly today, CancellationToken cancellationToken)
    {
        if (context.Organisation.PortageId is not { } portageId)
        {
            throw new BusinessRuleException("Ce KPA n'a pas de structure de portage : choisissez-la sur sa fiche dans l'annuaire.");
        }
        var schedules = await db.ContributionSchedules.AsNoTracking().Where(s => s.PortageId == portageId).ToListAsync(cancellationToken);
        return ContributionSchedule.InForce(schedules, portageId, today)?.CutOffDay
            ?? throw new BusinessRuleException("La structure de portage n'a pas encore saisi ses conditions (contribution, jour limite des demandes).");
    }

    private async Task<CooperantBalance> BalanceAsync(AppDbContext db, Cooperant cooperant, KpaQueries.KpaContext context, DateOnly? month, CancellationToken cancellationToken)
    {
        var name = (await KpaQueries.NamesAsync(db, [cooperant], cancellationToken))[cooperant.Id].Full;
        var through = month is { } m ? FirstOf(m).AddMonths(1).AddDays(-1) : clock.Today();
        var lines = await db.LedgerLines.AsNoTracking().Where(l => l.CooperantId == cooperant.Id && l.On <= through).ToListAsync(cancellationToken);
        var ledger = Ledger(name, through, lines, new Dictionary<int, string>());
        var requests = await ViewsAsync(db, db.PayRequests.Where(r => r.CooperantId == cooperant.Id), cancellationToken);
        var waiting = requests.Where(r => r.Status is PayRequestStatus.Requested or PayRequestStatus.Submitted).Sum(r => r.Amount);
        var lastShare = lines.Where(l => l.Kind == LedgerLineKind.Share && l.SharingMonth is not null).OrderByDescending(l => l.SharingMonth).FirstOrDefault();
        var shareMonth = lastShare?.SharingMonth ?? FirstOf(through).AddMonths(-1);
        SharingLine? share = null;
        if (lastShare is not null)
        {
            var statement = await StatementAsync(db, AccessScope.System, context, shareMonth, null, cancellationToken);
            share = statement.Lines.FirstOrDefault(l => l.CooperantId == cooperant.Id);
        }
        var situation = cooperant.SituationAt(context.Kpa, through);
        var capeEnded = !situation.Present && situation.Periods.Any(p => p.Kind == CooperantContractKind.Cape);
        return new CooperantBalance(cooperant.Id, name, ledger, ledger.Balance - waiting, share, shareMonth, requests, capeEnded ? ledger.Balance : null);
    }

    private async Task<LedgerView> CollectiveAsync(AppDbContext db, KpaQueries.KpaContext context, DateOnly? month, CancellationToken cancellationToken)
    {
        var through = month is { } m ? FirstOf(m).AddMonths(1).AddDays(-1) : clock.Today();
        var kpaId = context.Kpa.OrganisationId;
        var lines = await db.LedgerLines.AsNoTracking().Where(l => l.KpaId == kpaId && l.CooperantId == null && l.On <= through).ToListAsync(cancellationToken);
        var cooperants = await db.Cooperants.AsNoTracking().Where(c => c.KpaId == kpaId).ToListAsync(cancellationToken);
        var names = (await KpaQueries.NamesAsync(db, cooperants, cancellationToken)).ToDictionary(n => n.Key, n => n.Value.Full);
        return Ledger(context.Organisation.Name, through, lines, names);
    }

    private static LedgerView Ledger(string holder, DateOnly through, IEnumerable<LedgerLine> lines, IReadOnlyDictionary<int, string> names)
    {
        var running = 0m;
        var views = new List<LedgerLineView>();
        foreach (var line in lines.OrderBy(l => l.On).ThenBy(l => l.Id))
        {
            running += line.Amount;
            views.Add(new LedgerLineView(line.Id, line.On, line.Kind, line.Label, line.Source, line.Amount, running,
                line.RealisedById is { } by ? names.GetValueOrDefault(by) : null));
        }
        return new LedgerView(holder, through, running, views);
    }

    private async Task<SharingStatement> StatementAsync(AppDbContext db, AccessScope scope, KpaQueries.KpaContext context, DateOnly first, SharingInput? input, CancellationToken cancellationToken)
    {
        var kpaId = context.Kpa.OrganisationId;
        var yearStart = new DateOnly(first.Year, 1, 1);
        var next = first.AddMonths(1);
        var lines = await db.LedgerLines.AsNoTracking()
            .Where(l => l.KpaId == kpaId && l.CooperantId == null && l.On >= yearStart && l.On < next
                && (l.Kind == LedgerLineKind.Turnover || l.Kind == LedgerLineKind.DirectCost)).ToListAsync(cancellationToken);
        var applied = await db.LedgerLines.AnyAsync(l => l.KpaId == kpaId && l.SharingMonth == first, cancellationToken);
        var cooperants = await db.Cooperants.AsNoTracking().Include(c => c.Steps).Where(c => c.KpaId == kpaId).ToListAsync(cancellationToken);
        var names = await KpaQueries.NamesAsync(db, cooperants, cancellationToken);
        var members = MonthlySharing.MembersOf(cooperants, names.ToDictionary(n => n.Key, n => n.Value.Full), context.Kpa, first, lines);
        var schedules = context.Organisation.PortageId is { } portageId
            ? await db.ContributionSchedules.AsNoTracking().Where(s => s.PortageId == portageId).ToListAsync(cancellationToken)
            : [];
        var schedule = context.Organisation.PortageId is { } id ? ContributionSchedule.InForce(schedules, id, first) : null;
        return MonthlySharing.Compute(kpaId, first, context.Kpa.SharingRule, lines, schedule, members,
            input?.Hours.ToDictionary(h => h.CooperantId, h => h.Hours), input?.Budget, applied,
            !applied && scope.ManagesOrganisation(kpaId) && first < FirstOf(clock.Today()));
    }

    private static async Task<IReadOnlyList<PayRequestView>> ViewsAsync(AppDbContext db, IQueryable<PayRequest> query, CancellationToken cancellationToken)
    {
        var requests = await query.AsNoTracking().OrderByDescending(r => r.Month).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var cooperantIds = requests.Select(r => r.CooperantId).Distinct().ToList();
        var cooperants = await db.Cooperants.AsNoTracking().Where(c => cooperantIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var names = await KpaQueries.NamesAsync(db, cooperants, cancellationToken);
        var kpaIds = requests.Select(r => r.KpaId).Distinct().ToList();
        var kpaNames = await db.Organisations.Where(o => kpaIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var balances = (await db.LedgerLines.Where(l => l.CooperantId != null && cooperantIds.Contains(l.CooperantId.Value))
            .Select(l => new { CooperantId = l.CooperantId!.Value, l.Amount }).ToListAsync(cancellationToken))
            .GroupBy(l => l.CooperantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        return requests.Select(r => new PayRequestView(r.Id, r.KpaId, kpaNames[r.KpaId], r.CooperantId, names[r.CooperantId].Full, r.Month, r.Amount, r.Status,
            r.RequestedOn, r.SubmittedOn, r.DecidedOn, r.RejectionReason, r.AdvanceDecision, balances.GetValueOrDefault(r.CooperantId), r.Version)).ToList();
    }

    private static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);
}
