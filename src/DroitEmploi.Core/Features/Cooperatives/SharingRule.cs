namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>How a KPA shares the month's result between its cooperants.</summary>
public enum SharingRule
{
    /// <summary>By the turnover each realised (the seeds' rule).</summary>
    ByTurnover,
    /// <summary>"Rétributions": a common budget split by the hours each gave.</summary>
    ByHours,
}
