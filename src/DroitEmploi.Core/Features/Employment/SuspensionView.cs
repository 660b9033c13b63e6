namespace DroitEmploi.Core.Features.Employment;

public sealed record SuspensionView(int Id, DateOnly Start, DateOnly? End, SuspensionReason Reason, string? Note, string By);
