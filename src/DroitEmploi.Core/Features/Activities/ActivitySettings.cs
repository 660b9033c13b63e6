namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// The review's delays (settings <c>Activities:ReviewMonths</c>, <c>Activities:ConsultationDays</c>,
/// <c>Activities:ObjectionAgendaDays</c>): a territory's internal rules may set others.
/// </summary>
public sealed record ActivitySettings
{
    /// <summary>An active activity is reviewed again this long after the decision that validated it.</summary>
    public int ReviewMonths { get; init; } = 12;

    /// <summary>How long a consulted body has to answer before its silence is recorded as "no answer".</summary>
    public int ConsultationDays { get; init; } = 15;

    /// <summary>An objection still open after this many days goes on the next meeting's agenda.</summary>
    public int ObjectionAgendaDays { get; init; } = 30;
}
