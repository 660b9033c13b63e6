namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>Where a cooperant stood on a given date, replayed from the steps recorded up to that date.</summary>
public sealed record CooperantSituation(
    DateOnly At,
    bool Present,
    DateOnly? PresentSince,
    CooperantContractKind? Contract,
    string? ContractNumber,
    DateOnly? ContractStart,
    DateOnly? ContractEndsOn,
    int Renewals,
    int RenewalsLeft,
    int CapeMonthsSigned,
    int CapeMonthsLimit,
    int CapeMonthsLeft,
    JourneyStage? Stage,
    DateOnly? StageSince,
    DateOnly? LastExitOn,
    ExitReason? LastExitReason,
    IReadOnlyList<ContractPeriod> Periods)
{
    /// <summary>Whole months from the date to the contract's end, for "il reste 4 mois".</summary>
    public int? MonthsToContractEnd => ContractEndsOn is { } end ? CapeLimits.WholeMonths(At, end) : null;
}
