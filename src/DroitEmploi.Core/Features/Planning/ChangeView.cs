namespace DroitEmploi.Core.Features.Planning;

public sealed record ChangeView(int ContractId, DateOnly Date, DateTime At, string By, string Description, ScheduleChangeKind Kind);
