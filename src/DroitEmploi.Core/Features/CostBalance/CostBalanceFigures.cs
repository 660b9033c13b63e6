namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>
/// The balance computed: the components of the avoided costs (central view), the three views, the people by income
/// support, and the published net public cost per ETP and ATD Quart Monde's estimate as references beside them.
/// </summary>
public sealed record CostBalanceFigures(
    int People, decimal PersonYears, decimal EtpYears, PublicCost PublicCost,
    IReadOnlyList<CostBalanceComponent> Components, IReadOnlyList<CostBalanceView> Views, IReadOnlyList<SupportGroupLine> BySupport,
    decimal PublishedNetPublicCostLow, decimal PublishedNetPublicCostHigh, string PublishedNetPublicCostSource,
    decimal AtdReference, string AtdSource);
