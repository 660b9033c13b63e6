namespace DroitEmploi.Core.Features.Employment;

public sealed record ExitReasonCount(ExitReason Reason, bool Positive, int Count);
