namespace DroitEmploi.Core.Features.People;

public sealed record ImportRejection(int Line, string Column, string Reason);
