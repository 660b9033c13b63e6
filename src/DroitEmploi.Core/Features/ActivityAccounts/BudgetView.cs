namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>An EBE's budget of a year (empty lines for each activity before it is entered) and how the actual compares.</summary>
public sealed record BudgetView(int OrganisationId, int Year, bool Exists, BudgetInput Terms, IReadOnlyList<AccountActivity> Activities,
    IReadOnlyList<BudgetComparisonLine> Comparison, IReadOnlyList<BudgetMonth> Months, bool CanEdit);
