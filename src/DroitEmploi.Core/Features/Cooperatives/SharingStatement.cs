namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// A KPA's month: turnover and direct costs, the gross margin, the portage structure's contribution on the year's
/// cumulative margin and its fees, the result, and how it is shared. <see cref="Applied"/> once its lines are posted.
/// </summary>
public sealed record SharingStatement(
    int KpaId,
    DateOnly Month,
    SharingRule Rule,
    decimal Turnover,
    decimal DirectCosts,
    decimal GrossMargin,
    decimal MarginBefore,
    decimal Contribution,
    decimal Fees,
    decimal Result,
    decimal Shared,
    IReadOnlyList<SharingLine> Lines,
    string? Schedule,
    bool Applied,
    bool CanApply);
