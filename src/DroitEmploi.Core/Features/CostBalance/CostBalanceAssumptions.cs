using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>
/// What the CLE team knows better than the national estimates for its territory (local employment services, health,
/// housing, contributions per person and per year): each left empty keeps the dated parameter in force.
/// </summary>
public class CostBalanceAssumptions : TrackedEntity
{
    public int TerritoryId { get; set; }
    public decimal? EmploymentServices { get; set; }
    public decimal? Health { get; set; }
    public decimal? Housing { get; set; }
    public decimal? LostContributions { get; set; }
    public string? Source { get; set; }

    public void Set(CostBalanceAssumptionsInput input)
    {
        var source = TextInput.Optional(input.Source);
        if (source is null && (input.EmploymentServices ?? input.Health ?? input.Housing ?? input.LostContributions) is not null)
        {
            throw ValidationFailedException.For("source", "Écrivez d'où viennent les montants du territoire (étude, rapport, service) : chaque chiffre du bilan cite sa source.");
        }
        EmploymentServices = input.EmploymentServices;
        Health = input.Health;
        Housing = input.Housing;
        LostContributions = input.LostContributions;
        Source = source;
    }

    /// <summary>The rates the balance uses: the territory's amount where one is set, the national estimate otherwise.</summary>
    public AvoidedCostRates Apply(AvoidedCostRates national)
    {
        var source = $"Hypothèse de l'équipe projet du CLE : {Source}";
        return national with
        {
            EmploymentServices = EmploymentServices is { } services ? national.EmploymentServices with { Value = services, Source = source } : national.EmploymentServices,
            Health = Health is { } health ? national.Health with { Value = health, Source = source } : national.Health,
            Housing = Housing is { } housing ? national.Housing with { Value = housing, Source = source } : national.Housing,
            LostContributions = LostContributions is { } lost ? national.LostContributions with { Value = lost, Source = source } : national.LostContributions,
        };
    }
}
