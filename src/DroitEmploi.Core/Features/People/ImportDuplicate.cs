namespace DroitEmploi.Core.Features.People;

public sealed record ImportDuplicate(int Line, string Name, int? ExistingPersonId, string Reason);
