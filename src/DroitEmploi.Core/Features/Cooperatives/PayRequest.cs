using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// A cooperant's monthly remuneration request: asked, submitted by the KPA's referent before the portage
/// structure's cut-off day (after it, the request goes to the next month), then validated or rejected by the CAE.
/// </summary>
public class PayRequest : TrackedEntity
{
    public int Id { get; set; }
    public int KpaId { get; set; }
    public int CooperantId { get; set; }
    /// <summary>The payroll month it is paid with (its first day).</summary>
    public DateOnly Month { get; set; }
    public decimal Amount { get; set; }
    public PayRequestStatus Status { get; set; }
    public DateOnly RequestedOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecidedBy { get; set; }
    public string? RejectionReason { get; set; }
    /// <summary>The collective decision of the KPA that allows paying beyond the available balance (an advance).</summary>
    public string? AdvanceDecision { get; set; }

    /// <summary>The payroll month a request made on a day reaches: this month up to the cut-off day, the next after it.</summary>
    public static DateOnly MonthFor(DateOnly day, int cutOffDay) =>
        new DateOnly(day.Year, day.Month, 1).AddMonths(day.Day > cutOffDay ? 1 : 0);

    public static PayRequest Ask(int kpaId, int cooperantId, PayRequestInput input, DateOnly today, int cutOffDay) => new()
    {
        KpaId = kpaId,
        CooperantId = cooperantId,
        Amount = Math.Round(input.Amount, 2, MidpointRounding.AwayFromZero),
        Status = PayRequestStatus.Requested,
        RequestedOn = today,
        Month = MonthFor(today, cutOffDay),
        AdvanceDecision = TextInput.Optional(input.AdvanceDecision),
    };

    /// <summary>The referent sends it to the CAE; past the cut-off day it is paid the next month.</summary>
    public void Submit(DateOnly today, int cutOffDay)
    {
        if (Status != PayRequestStatus.Requested)
        {
            throw new BusinessRuleException("Cette demande est déjà transmise à la structure de portage.");
        }
        var month = MonthFor(today, cutOffDay);
        if (month > Month)
        {
            Month = month;
        }
        Status = PayRequestStatus.Submitted;
        SubmittedOn = today;
    }

    /// <summary>
    /// The CAE validates within the available balance (the individual balance less the other requests waiting),
    /// or beyond it only on a recorded collective decision of the KPA allowing an advance.
    /// </summary>
    /// <returns>The pay line it takes from the individual balance.</returns>
    public LedgerLine Validate(decimal available, DateOnly today, string by)
    {
        if (Status != PayRequestStatus.Submitted)
        {
            throw new BusinessRuleException("Seule une demande transmise par le KPA se valide.");
        }
        if (Amount > available && AdvanceDecision is null)
        {
            throw new BusinessRuleException($"La demande ({Amount:N2} €) dépasse le solde disponible ({available:N2} €) et aucune décision collective du KPA n'autorise d'avance.");
        }
        Status = PayRequestStatus.Validated;
        DecidedOn = today;
        DecidedBy = by;
        return new LedgerLine
        {
            KpaId = KpaId,
            CooperantId = CooperantId,
            On = today,
            Kind = LedgerLineKind.Pay,
            Amount = -Amount,
            PayRequestId = Id == 0 ? null : Id,
            Label = $"Rémunération de {Month:MM/yyyy}",
            Source = $"Demande de rémunération du {RequestedOn:dd/MM/yyyy}",
        };
    }

    public void Reject(string? reason, DateOnly today, string by)
    {
        if (Status != PayRequestStatus.Submitted)
        {
            throw new BusinessRuleException("Seule une demande transmise par le KPA se rejette.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ValidationFailedException.For("reason", "Indiquez le motif du rejet : la personne et son ou sa référent·e le liront.");
        }
        Status = PayRequestStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedOn = today;
        DecidedBy = by;
    }
}
