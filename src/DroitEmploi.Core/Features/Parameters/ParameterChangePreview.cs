namespace DroitEmploi.Core.Features.Parameters;

/// <summary>What a change to a dated parameter would rewrite: the past and current months, and the funding statements built on them.</summary>
public sealed record ParameterChangePreview(string Key, string Label, IReadOnlyList<ParameterMonthChange> Months, IReadOnlyList<StatementImpact> Statements)
{
    public bool ChangesPast => Months.Count > 0;
}
