using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>
/// The figures a cost balance is computed from, each with its source: what a person deprived of employment costs the
/// public a year by component, and the published estimates the low and high views come from.
/// </summary>
public sealed record AvoidedCostRates(
    SourcedValue Rsa, SourcedValue Ass, SourcedValue Aah, SourcedValue Are,
    SourcedValue EmploymentServices, SourcedValue Health, SourcedValue Housing, SourcedValue LostContributions,
    SourcedValue AvoidedLowPerEtp, SourcedValue AvoidedHighPerEtp, SourcedValue NetPublicCostLowPerEtp, SourcedValue NetPublicCostHighPerEtp,
    SourcedValue AtdPerPerson)
{
    /// <summary>The figures in force on the first day of the year apply to the whole year.</summary>
    public static AvoidedCostRates On(ParameterSnapshot parameters, DateOnly date) => new(
        parameters.SourcedValueOn(ParameterCatalogue.AvoidedRsa, date),
        parameters.SourcedValueOn(ParameterCatalogue.AvoidedAss, date),
        parameters.SourcedValueOn(ParameterCatalogue.AvoidedAah, date),
        parameters.SourcedValueOn(ParameterCatalogue.AvoidedAre, date),
        parameters.SourcedValueOn(ParameterCatalogue.AvoidedEmploymentServices, date),
        parameters.SourcedValueOn(ParameterCatalogue.AvoidedHealth, date),
        parameters.SourcedValueOn(ParameterCatalogue.AvoidedHousing, date),
        parameters.SourcedValueOn(ParameterCatalogue.AvoidedLostContributions, date),
        parameters.SourcedValueOn(ParameterCatalogue.PublishedAvoidedLowPerEtp, date),
        parameters.SourcedValueOn(ParameterCatalogue.PublishedAvoidedHighPerEtp, date),
        parameters.SourcedValueOn(ParameterCatalogue.PublishedNetPublicCostLowPerEtp, date),
        parameters.SourcedValueOn(ParameterCatalogue.PublishedNetPublicCostHighPerEtp, date),
        parameters.SourcedValueOn(ParameterCatalogue.PublishedAtdPerPerson, date));

    /// <summary>The benefit a person stops needing once hired; none for those who had none or another support.</summary>
    public SourcedValue? Benefit(IncomeSupport? support) => support switch
    {
        IncomeSupport.Rsa => Rsa,
        IncomeSupport.Ass => Ass,
        IncomeSupport.Aah => Aah,
        IncomeSupport.Are => Are,
        _ => null,
    };

    /// <summary>What every person hired stops costing, whatever the benefit.</summary>
    public IReadOnlyList<SourcedValue> Common => [EmploymentServices, Health, Housing, LostContributions];
}
