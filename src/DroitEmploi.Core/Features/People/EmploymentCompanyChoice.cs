namespace DroitEmploi.Core.Features.People;

public sealed record EmploymentCompanyChoice(int Id, string Name);
