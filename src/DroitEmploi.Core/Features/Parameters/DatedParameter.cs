using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Parameters;

/// <summary>
/// A figure set by law or practice that changes over time (SMIC, rates, eligibility thresholds):
/// the value in force on a date is the one whose period contains it.
/// </summary>
public class DatedParameter : TrackedEntity
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public decimal Value { get; set; }
    public string Unit { get; set; } = "";
    public string Source { get; set; } = "";

    public bool IsInForceOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
