using DroitEmploi.Core.Features.Parameters;

namespace DroitEmploi.Core.Features.People;

public sealed record EligibilityThresholds(int MinMonthsDeprivedOfEmployment, int MinMonthsLivingInTerritory)
{
    /// <summary>The thresholds in force on a date, from the dated parameters.</summary>
    public static EligibilityThresholds On(ParameterSnapshot parameters, DateOnly at) => new(
        (int)parameters.ValueOn(ParameterCatalogue.MinMonthsDeprivedOfEmployment, at),
        (int)parameters.ValueOn(ParameterCatalogue.MinMonthsLivingInTerritory, at));
}
