using DroitEmploi.Core.Features.Parameters;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>The VAT rate of a category on a day, read from the dated parameters like every other rate.</summary>
public static class VatRates
{
    public static decimal On(ParameterSnapshot parameters, VatCategory category, DateOnly day) => category switch
    {
        VatCategory.Standard => parameters.ValueOn(ParameterCatalogue.VatStandard, day),
        VatCategory.Intermediate => parameters.ValueOn(ParameterCatalogue.VatIntermediate, day),
        VatCategory.Reduced => parameters.ValueOn(ParameterCatalogue.VatReduced, day),
        VatCategory.SuperReduced => parameters.ValueOn(ParameterCatalogue.VatSuperReduced, day),
        _ => 0m,
    };
}
