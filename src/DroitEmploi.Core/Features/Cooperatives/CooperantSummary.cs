namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A line of a KPA's cooperants: where each stands today.</summary>
public sealed record CooperantSummary(
    int Id,
    string Name,
    string? TradeName,
    string Referent,
    bool Present,
    JourneyStage? Stage,
    CooperantContractKind? Contract,
    DateOnly? ContractEndsOn,
    int CapeMonthsLeft,
    bool SignUpComplete,
    bool LinkedToRegistry,
    DateOnly? LastExitOn,
    ExitReason? LastExitReason);
