namespace DroitEmploi.Core.Features.Committee;

public sealed record MemberView(
    int Id, string Name, int? OrganisationId, string? Representing, string College, bool Voting, bool Chair, DateOnly TermStart, DateOnly? TermEnd, bool Sitting, int Version = 0, string? AccountEmail = null);
