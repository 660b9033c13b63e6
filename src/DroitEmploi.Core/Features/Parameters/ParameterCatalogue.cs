namespace DroitEmploi.Core.Features.Parameters;

/// <summary>The parameters DroitEmploi knows, their unit and French label, and the values seeded from DOMAIN.md.</summary>
public static class ParameterCatalogue
{
    public const string MinMonthsDeprivedOfEmployment = "Eligibility.MinMonthsDeprivedOfEmployment";
    public const string MinMonthsLivingInTerritory = "Eligibility.MinMonthsLivingInTerritory";

    public sealed record Definition(string Key, string Label, string Unit);

    public static IReadOnlyList<Definition> Definitions { get; } =
    [
        new(MinMonthsDeprivedOfEmployment, "Durée minimale de privation d'emploi", "mois"),
        new(MinMonthsLivingInTerritory, "Durée minimale de résidence sur le territoire", "mois"),
    ];

    public sealed record SeedValue(string Key, DateOnly ValidFrom, DateOnly? ValidTo, decimal Value, string Source);

    /// <summary>The values in force when DroitEmploi was written, with their source; administrators add later ones.</summary>
    public static IReadOnlyList<SeedValue> Seeds { get; } =
    [
        new(MinMonthsDeprivedOfEmployment, new DateOnly(2016, 3, 1), null, 12,
            "Loi n° 2016-231 du 29 février 2016, loi n° 2020-1577 du 14 décembre 2020, décret n° 2021-863 du 30 juin 2021"),
        new(MinMonthsLivingInTerritory, new DateOnly(2016, 3, 1), null, 6,
            "Loi n° 2020-1577 du 14 décembre 2020, décret n° 2021-863 du 30 juin 2021"),
    ];

    public static Definition Describe(string key) =>
        Definitions.SingleOrDefault(d => d.Key == key) ?? new Definition(key, key, "");
}
