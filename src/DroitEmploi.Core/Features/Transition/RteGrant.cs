using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Cooperatives;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>
/// An RTE granted to a member by a recorded decision: its kind, the grid version it was decided with and the situation
/// the amount came from (so a later grid never changes it), the months it runs, the part paid in the local currency,
/// and the hours combined with the RSA where a convention allows it.
/// </summary>
public class RteGrant : TrackedEntity
{
    public int Id { get; set; }
    public int CteId { get; set; }
    public int MemberId { get; set; }
    public int? ActivityId { get; set; }
    public GrantKind Kind { get; set; }
    public int GridId { get; set; }
    public int GridNumber { get; set; }
    public Household Household { get; set; }
    public decimal OtherMonthlyIncome { get; set; }
    public List<string> Criteria { get; set; } = [];
    /// <summary>The monthly income complement, or an investment's or a training's average instalment.</summary>
    public decimal MonthlyAmount { get; set; }
    public decimal Total { get; set; }
    /// <summary>The first day of the first month paid.</summary>
    public DateOnly StartsOn { get; set; }
    public int Months { get; set; }
    public decimal LocalCurrencyShare { get; set; }
    public int? RsaHoursPerYear { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string Decision { get; set; } = "";
    public DateOnly? EndedOn { get; set; }
    public GrantEndReason? EndReason { get; set; }

    public DateOnly EndsOn => StartsOn.AddMonths(Months).AddDays(-1);

    /// <summary>The last day paid: the term, or the day it ended early.</summary>
    public DateOnly LastDay => EndedOn is { } ended && ended < EndsOn ? ended : EndsOn;

    public static RteGrant Decide(Cte cte, CteMember member, RteGrid? grid, RteGrantInput input, IReadOnlyCollection<RteGrant> membersGrants, EbeContractAtStart? ebe)
    {
        var start = input.StartsOn!.Value;
        start = new DateOnly(start.Year, start.Month, 1);
        if (!member.IsMemberOn(start))
        {
            throw ValidationFailedException.For("memberId", $"Cette personne n'est pas sociétaire de la CTE le {start:dd/MM/yyyy} : un RTE va à un·e sociétaire, enregistrez d'abord son adhésion.");
        }
        if (grid is null)
        {
            throw ValidationFailedException.For("startsOn", $"Aucune grille de la CTE n'est en vigueur le {start:dd/MM/yyyy} : adoptez-en une d'abord.");
        }
        if (input.DecidedOn > start.AddMonths(input.Months))
        {
            throw ValidationFailedException.For("decidedOn", "La décision ne peut suivre la fin du RTE qu'elle accorde.");
        }
        if (input.LocalCurrencyShare > 0 && cte.LocalCurrency is null)
        {
            throw ValidationFailedException.For("localCurrencyShare", "La CTE ne verse pas en monnaie locale : indiquez d'abord sa monnaie dans son profil.");
        }
        if (input.RsaHoursPerYear is { } hours)
        {
            if (grid.RsaHoursCap is not { } cap)
            {
                throw ValidationFailedException.For("rsaHoursPerYear", $"La grille n° {grid.Number} ne prévoit pas de cumul avec le RSA : il faut une convention avec le département.");
            }
            if (hours > cap)
            {
                throw ValidationFailedException.For("rsaHoursPerYear", $"Avec le RSA, la convention permet {cap} heures par an au plus.");
            }
        }
        if (ebe is { } contract)
        {
            if (!contract.Suspended)
            {
                throw ValidationFailedException.For("memberId", $"Cette personne est salariée de {contract.Employer} : son contrat doit être suspendu pour essayer une activité RTE, et elle pourra y revenir.");
            }
            if (contract.SuspensionEnds is { } back && start.AddMonths(input.Months).AddDays(-1) > back)
            {
                throw ValidationFailedException.For("months", $"Le contrat chez {contract.Employer} reprend le {back.AddDays(1):dd/MM/yyyy} : le RTE doit finir avant.");
            }
        }
        var criteria = input.Criteria.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        var grant = new RteGrant
        {
            CteId = cte.OrganisationId,
            MemberId = member.Id,
            ActivityId = input.ActivityId,
            Kind = input.Kind,
            GridId = grid.Id,
            GridNumber = grid.Number,
            Household = input.Household,
            OtherMonthlyIncome = input.OtherMonthlyIncome,
            Criteria = criteria,
            StartsOn = start,
            Months = input.Months,
            LocalCurrencyShare = input.LocalCurrencyShare,
            RsaHoursPerYear = input.RsaHoursPerYear,
            DecidedOn = input.DecidedOn!.Value,
            Decision = input.Decision.Trim(),
        };
        if (input.Kind == GrantKind.IncomeComplement)
        {
            var overlapping = membersGrants.FirstOrDefault(g => g.Kind == GrantKind.IncomeComplement && g.StartsOn <= grant.EndsOn && grant.StartsOn <= g.LastDay);
            if (overlapping is not null)
            {
                throw ValidationFailedException.For("startsOn", $"Cette personne a déjà un complément de revenu du {overlapping.StartsOn:dd/MM/yyyy} au {overlapping.LastDay:dd/MM/yyyy}.");
            }
            grant.MonthlyAmount = grid.MonthlyAmountFor(input.Household, input.OtherMonthlyIncome, criteria);
            grant.Total = grant.MonthlyAmount * input.Months;
        }
        else
        {
            if (input.Amount is not { } amount)
            {
                throw ValidationFailedException.For("amount", $"Indiquez le montant de {(input.Kind == GrantKind.Investment ? "l'investissement" : "la formation")}.");
            }
            if (amount > grid.CeilingOf(input.Kind))
            {
                throw ValidationFailedException.For("amount", $"La grille n° {grid.Number} plafonne « {input.Kind.French()} » à {grid.CeilingOf(input.Kind).ToString("N2", French.Culture)} €.");
            }
            grant.Total = amount;
            grant.MonthlyAmount = Math.Round(amount / input.Months, 2, MidpointRounding.AwayFromZero);
        }
        return grant;
    }

    /// <summary>Ends the grant early, once, within its term: a job, a training, a business created, an EBE.</summary>
    public void End(DateOnly on, GrantEndReason reason)
    {
        if (EndedOn is not null)
        {
            throw new BusinessRuleException($"Ce RTE a déjà pris fin le {EndedOn:dd/MM/yyyy}.");
        }
        if (on < StartsOn || on > EndsOn)
        {
            throw ValidationFailedException.For("on", $"La fin anticipée tombe entre le {StartsOn:dd/MM/yyyy} et le {EndsOn:dd/MM/yyyy}.");
        }
        EndedOn = on;
        EndReason = reason;
    }

    /// <summary>Whether the month (its first day) is paid: from the first month to the one the grant ends in.</summary>
    public bool PaysIn(DateOnly month) => StartsOn <= month && month <= new DateOnly(LastDay.Year, LastDay.Month, 1);

    /// <summary>
    /// What the month pays: the income complement, or the month's instalment of an investment or a training — the
    /// instalments split to the cent so that they add up to the amount granted.
    /// </summary>
    public decimal AmountFor(DateOnly month)
    {
        if (!PaysIn(month))
        {
            return 0m;
        }
        if (Kind == GrantKind.IncomeComplement)
        {
            return MonthlyAmount;
        }
        var index = (month.Year - StartsOn.Year) * 12 + month.Month - StartsOn.Month;
        return Apportionment.Split(Total, Enumerable.Range(0, Months).Select(i => (i, 1m)).ToList())[index];
    }

    /// <summary>The month's payment in two lines — local currency and euros — that add up exactly to the amount.</summary>
    public IReadOnlyList<(PaymentCurrency Currency, decimal Amount)> Split(decimal amount)
    {
        if (LocalCurrencyShare <= 0)
        {
            return [(PaymentCurrency.Euro, amount)];
        }
        var parts = Apportionment.Split(amount, [(PaymentCurrency.LocalCurrency, LocalCurrencyShare), (PaymentCurrency.Euro, 1 - LocalCurrencyShare)]);
        return [(PaymentCurrency.LocalCurrency, parts[PaymentCurrency.LocalCurrency]), (PaymentCurrency.Euro, parts[PaymentCurrency.Euro])];
    }

    /// <summary>The month's payment lines, not yet recorded: none outside the grant's months.</summary>
    public IEnumerable<RtePayment> PaymentsFor(DateOnly month) => Split(AmountFor(month)).Where(p => p.Amount > 0)
        .Select(p => new RtePayment { CteId = CteId, GrantId = Id, Month = month, Currency = p.Currency, Amount = p.Amount });

    /// <summary>Months still paid from a date's month on, that month included.</summary>
    public int MonthsLeftOn(DateOnly date)
    {
        var month = new DateOnly(date.Year, date.Month, 1);
        var last = new DateOnly(LastDay.Year, LastDay.Month, 1);
        if (last < month)
        {
            return 0;
        }
        var from = month < StartsOn ? StartsOn : month;
        return (last.Year - from.Year) * 12 + last.Month - from.Month + 1;
    }
}
