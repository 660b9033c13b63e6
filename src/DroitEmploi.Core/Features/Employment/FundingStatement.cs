namespace DroitEmploi.Core.Features.Employment;

public sealed record FundingStatement(
    int OrganisationId, string OrganisationName, int Year, IReadOnlyList<FundingLine> Months,
    decimal StateTotal, decimal DepartmentTotal, decimal PublicTotal, decimal GrossPayrollTotal,
    decimal DecemberEtp, decimal PreviousDecemberEtp, decimal SeedGrantEtp, decimal SeedGrantAmount,
    int MonthsWherePublicFundingExceedsPay, bool ComparesWithEmployerCost = false);
