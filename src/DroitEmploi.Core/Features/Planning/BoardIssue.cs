namespace DroitEmploi.Core.Features.Planning;

public sealed record BoardIssue(int? ContractId, DateOnly? Date, string Message);
