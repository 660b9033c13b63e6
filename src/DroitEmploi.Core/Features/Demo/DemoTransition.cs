using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Transition;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>
/// A fictitious transition cooperative inspired by the seed "Conjuguer RTE et TZCLD" and by Tilt and TERA: a SCIC-CAE
/// with members in its four colleges, two versions of its grid, six RTE holders — Julien, a volunteer of the registry
/// oriented to an RTE, repairs bikes with a cargo bike the CTE financed and is paid partly in the local currency; an
/// employee of La Barakajobs tries an RTE activity on a suspended contract — activities whose results are pooled, a
/// spun-off second-hand shop, grants from a local authority and a foundation, and the months paid so far.
/// </summary>
public static class DemoTransition
{
    public static async Task SeedAsync(AppDbContext db, int valenciennes, Dictionary<string, int> ids, DateOnly today, CancellationToken cancellationToken)
    {
        DateOnly Ago(int months) => new DateOnly(today.Year, today.Month, 1).AddMonths(-months);
        var cteId = ids["cte"];
        var cte = new Cte
        {
            OrganisationId = cteId,
            LocalCurrency = "le Sou du Hainaut (démo)",
            RsaConvention = "Convention fictive avec le département du Nord : cumul du RTE et du RSA jusqu'à 300 heures par an",
        };
        db.Ctes.Add(cte);

        var first = RteGrid.Adopt(cteId, 1, Grid(Ago(30), alone: 765m, couple: 560m, rate: 0.10m, "Assemblée générale constitutive (démo)"));
        var second = RteGrid.Adopt(cteId, 2, Grid(Ago(4), alone: 815m, couple: 600m, rate: 0.12m, "Assemblée générale annuelle (démo) : revalorisation"));
        db.RteGrids.AddRange(first, second);

        // Julien: a volunteer of the registry oriented to an RTE (the orientation exists in the generated registry, or is made here).
        var julien = await db.People.Include(p => p.Transitions)
            .Where(p => p.TerritoryId == valenciennes && p.AnonymisedAt == null && (p.State == PathState.Oriented || p.State == PathState.Eligible))
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var volunteer = julien.FirstOrDefault(p => p.State == PathState.Oriented && p.Transitions.OrderBy(t => t.At).Last().Orientation == Orientation.Rte)
            ?? julien.First(p => p.State == PathState.Eligible);
        if (volunteer.State != PathState.Oriented)
        {
            volunteer.MoveTo(PathState.Oriented, "Équipe projet CLE Valenciennes", Ago(14).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
                "Projet de réparation de vélos : activité très liée à la personne, qui cherche son autonomie (RTE plutôt qu'EBE).", Orientation.Rte, cteId);
        }
        var holderAccount = await db.Users.Where(u => u.Email == DemoAccounts.RteHolder).Select(u => u.Id).SingleAsync(cancellationToken);
        var julienMember = CteMember.Admit(cteId, new CteMemberInput { PersonId = volunteer.Id, Category = MemberCategory.Inhabitants, JoinedOn = Ago(12).AddDays(9) }, volunteer);
        julienMember.AccountId = holderAccount;

        // An employee of La Barakajobs suspends her contract for six months to try composting under an RTE.
        var yearAgo = Ago(12);
        var quarterAgo = Ago(3);
        var contract = await db.EmploymentContracts.Include(c => c.Suspensions).Include(c => c.Amendments)
            .Where(c => c.OrganisationId == ids["barakajobs"] && c.PersonId != null && c.ExitDate == null && c.EmployeeUserId == null && c.StartDate <= yearAgo)
            .OrderBy(c => c.Id).FirstAsync(c => c.Suspensions.All(s => s.End != null && s.End < quarterAgo), cancellationToken);
        contract.Suspend(Ago(2), Ago(-4).AddDays(-1), SuspensionReason.RteActivity, "Essaie le compostage de quartier à la CTE du Hainaut, revient ensuite.", "Direction La Barakajobs");
        var employee = await db.People.Include(p => p.Transitions).SingleAsync(p => p.Id == contract.PersonId, cancellationToken);
        var employeeMember = CteMember.Admit(cteId, new CteMemberInput { PersonId = employee.Id, Category = MemberCategory.Inhabitants, JoinedOn = Ago(2).AddDays(-10) }, employee);

        CteMember Inhabitant(string name, int monthsAgo) => CteMember.Admit(cteId, new CteMemberInput { Name = name, Category = MemberCategory.Inhabitants, JoinedOn = Ago(monthsAgo) }, null);
        CteMember Other(string name, MemberCategory category, int monthsAgo, int shares) =>
            CteMember.Admit(cteId, new CteMemberInput { Name = name, Category = category, JoinedOn = Ago(monthsAgo), Shares = shares }, null);
        var nadia = Inhabitant("Nadia Ferhat (démo)", 20);
        var thomas = Inhabitant("Thomas Lenglet (démo)", 18);
        var aurelie = Inhabitant("Aurélie Dubrulle (démo)", 17);
        var karima = Inhabitant("Karima Haddad (démo)", 7);
        CteMember[] members =
        [
            julienMember, employeeMember, nadia, thomas, aurelie, karima,
            Inhabitant("Patrick Delannoy (démo)", 26), Inhabitant("Sylvie Moreau (démo)", 24),
            Other("Valenciennes Métropole (démo)", MemberCategory.LocalAuthorities, 30, 50), Other("Commune d'Onnaing (démo)", MemberCategory.LocalAuthorities, 28, 20),
            Other("Cycles du Hainaut SARL (démo)", MemberCategory.Firms, 22, 10), Other("Maraîchers de l'Escaut (démo)", MemberCategory.Firms, 16, 5),
            Other("Bureau d'études Terres vivantes (démo)", MemberCategory.Experts, 24, 2), Other("Chercheuse en économie écologique (démo)", MemberCategory.Experts, 12, 1),
        ];
        db.CteMembers.AddRange(members);
        await db.SaveChangesAsync(cancellationToken);

        var bikes = CteActivity.Start(cteId, new CteActivityInput { Name = "Réparation de vélos en triporteur", HolderId = julienMember.Id, StartedOn = Ago(11) }, julienMember);
        var garden = CteActivity.Start(cteId, new CteActivityInput { Name = "Maraîchage en permaculture", HolderId = nadia.Id, StartedOn = Ago(20) }, nadia);
        var compost = CteActivity.Start(cteId, new CteActivityInput { Name = "Compostage de quartier", HolderId = employeeMember.Id, StartedOn = Ago(2) }, employeeMember);
        var renovation = CteActivity.Start(cteId, new CteActivityInput { Name = "Ateliers d'éco-rénovation", HolderId = thomas.Id, StartedOn = Ago(18) }, thomas);
        var textile = CteActivity.Start(cteId, new CteActivityInput { Name = "Ressourcerie textile", HolderId = aurelie.Id, StartedOn = Ago(24) }, aurelie);
        for (var m = 13; m >= 1; m--)
        {
            var month = Ago(m);
            Result(bikes, month, 900m + 60m * (13 - m), 420m);
            Result(garden, month, month.Month is >= 5 and <= 10 ? 1_650m : 380m, 700m);
            Result(compost, month, 250m, 310m);
            Result(renovation, month, 1_200m + 15m * m, 980m);
            if (m > 9)
            {
                Result(textile, month, 2_400m, 1_300m);
            }
        }
        textile.SpinOff(Ago(9).AddDays(14), "732829320");
        textile.FollowUp(6, Ago(3).AddDays(16), stillActive: true, jobs: 2, "La boutique a ouvert rue de Paris ; deux emplois, dont Aurélie.");
        db.CteActivities.AddRange(bikes, garden, compost, renovation, textile);
        await db.SaveChangesAsync(cancellationToken);

        var grants = new List<RteGrant>
        {
            Grant(julienMember, first, Ago(8), 18, GrantKind.IncomeComplement, Household.Alone, 310m, ["MOBILITE"], local: 0.85m, activity: bikes),
            Grant(julienMember, first, Ago(8), 12, GrantKind.Investment, Household.Alone, 310m, [], amount: 2_400m, activity: bikes),
            Grant(nadia, first, Ago(14), 24, GrantKind.IncomeComplement, Household.AloneWithChildren, 620m, ["BIODIV"], rsaHours: 300, activity: garden),
            Grant(thomas, first, Ago(10), 12, GrantKind.Training, Household.Couple, 900m, [], amount: 1_200m, activity: renovation),
            Grant(aurelie, first, Ago(16), 12, GrantKind.IncomeComplement, Household.Alone, 150m, [], activity: textile),
            Grant(karima, second, Ago(3), 12, GrantKind.IncomeComplement, Household.Couple, 700m, ["BIODIV"]),
        };
        var ebe = await CteQueries.EbeContractAsync(db, employee.Id, Ago(2), cancellationToken);
        grants.Add(RteGrant.Decide(cte, employeeMember, second, Input(employeeMember, Ago(2), 6, GrantKind.IncomeComplement, Household.Alone, 400m, [], compost), [], ebe));
        db.RteGrants.AddRange(grants);
        await db.SaveChangesAsync(cancellationToken);
        // The second-hand shop spun off: the grant that supported it ended that day.
        grants[4].End(textile.SpunOffOn!.Value, GrantEndReason.BusinessCreation);

        PoolResource Resource(DateOnly on, PoolResourceKind kind, string source, decimal amount) =>
            new() { CteId = cteId, On = on, Kind = kind, Source = source, Amount = amount, RecordedAt = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), RecordedBy = "Coordination CTE (démo)" };
        var resources = new List<PoolResource>();
        foreach (var year in Enumerable.Range(Ago(16).Year, today.Year - Ago(16).Year + 1))
        {
            resources.Add(Resource(new DateOnly(year, 1, 20), PoolResourceKind.LocalAuthorityGrant, "Valenciennes Métropole (démo), convention annuelle", 18_000m));
            resources.Add(Resource(new DateOnly(year, 3, 2), PoolResourceKind.FoundationGrant, "Fondation pour la transition (démo)", 12_000m));
        }
        db.PoolResources.AddRange(resources);

        // Every month up to the last one is paid; the current month is left for the coordination to pay.
        var payments = new List<RtePayment>();
        for (var month = Ago(16); month < Ago(0); month = month.AddMonths(1))
        {
            var lines = grants.SelectMany(g => g.PaymentsFor(month)).ToList();
            var pool = TransitionPool.Compute(cteId, month.Year, [bikes, garden, compost, renovation, textile], [first, second],
                resources.Where(r => r.On.Year == month.Year).ToList(), payments.Where(p => p.Month.Year == month.Year).ToList());
            TransitionPool.EnsureCovers(pool, lines.Sum(l => l.Amount), month);
            foreach (var line in lines)
            {
                line.RecordedAt = month.AddDays(27).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
                line.RecordedBy = "Coordination CTE (démo)";
            }
            payments.AddRange(lines);
        }
        db.RtePayments.AddRange(payments);
        await db.SaveChangesAsync(cancellationToken);

        RteGrant Grant(CteMember member, RteGrid grid, DateOnly start, int months, GrantKind kind, Household household, decimal income, List<string> criteria,
            decimal local = 0m, int? rsaHours = null, decimal? amount = null, CteActivity? activity = null)
        {
            var input = Input(member, start, months, kind, household, income, criteria, activity);
            input.LocalCurrencyShare = local;
            input.RsaHoursPerYear = rsaHours;
            input.Amount = amount;
            return RteGrant.Decide(cte, member, grid, input, [], null);
        }
    }

    private static RteGrantInput Input(CteMember member, DateOnly start, int months, GrantKind kind, Household household, decimal income, List<string> criteria, CteActivity? activity) => new()
    {
        MemberId = member.Id,
        Kind = kind,
        StartsOn = start,
        Months = months,
        Household = household,
        OtherMonthlyIncome = income,
        Criteria = criteria,
        DecidedOn = start.AddDays(-12),
        Decision = $"Conseil coopératif du {start.AddDays(-12):dd/MM/yyyy} (démo)",
        ActivityId = activity?.Id,
    };

    private static void Result(CteActivity activity, DateOnly month, decimal turnover, decimal costs)
    {
        if (month >= new DateOnly(activity.StartedOn.Year, activity.StartedOn.Month, 1))
        {
            activity.RecordResult(month, turnover, costs);
        }
    }

    private static RteGridInput Grid(DateOnly from, decimal alone, decimal couple, decimal rate, string source) => new()
    {
        ValidFrom = from,
        Rows =
        [
            new() { Household = Household.Alone, OtherIncomeUpTo = 400m, MonthlyAmount = alone },
            new() { Household = Household.Alone, OtherIncomeUpTo = null, MonthlyAmount = alone - 250m },
            new() { Household = Household.AloneWithChildren, OtherIncomeUpTo = null, MonthlyAmount = alone + 100m },
            new() { Household = Household.Couple, OtherIncomeUpTo = null, MonthlyAmount = couple },
            new() { Household = Household.CoupleWithChildren, OtherIncomeUpTo = null, MonthlyAmount = couple + 150m },
        ],
        Criteria =
        [
            new() { Code = "MOBILITE", Label = "Mobilité douce (vélo, triporteur)", MonthlySupplement = 50m },
            new() { Code = "BIODIV", Label = "Protection de la biodiversité et des sols", MonthlySupplement = 60m },
            new() { Code = "ISOLEMENT", Label = "Rompre l'isolement d'habitant·es", MonthlySupplement = 40m },
        ],
        InvestmentCeiling = 3_000m,
        TrainingCeiling = 1_500m,
        PoolContributionRate = rate,
        RsaHoursCap = 300,
        Source = source,
    };
}
