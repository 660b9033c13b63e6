using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Committee;

/// <summary>A seat on a territory's committee: a person, or an organisation's representative, in a college, for a term.</summary>
public class CommitteeMember : TrackedEntity, Data.IBelongsToTerritory
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public string Name { get; set; } = "";
    public int? OrganisationId { get; set; }
    public string? Representing { get; set; }
    public string College { get; set; } = "";
    public bool Voting { get; set; }
    public bool Chair { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }
    /// <summary>The DroitEmploi account of whoever sits in this seat, if any: it lets them read their own attendance.</summary>
    public string? AccountId { get; set; }

    public bool SitsOn(DateOnly day) => TermStart <= day && (TermEnd is null || TermEnd >= day);

    public static CommitteeMember Appoint(int territoryId, MemberInput input, string? accountId)
    {
        var member = new CommitteeMember { TerritoryId = territoryId };
        member.Revise(input, accountId);
        return member;
    }

    /// <summary>Changes the seat: college, voice, term (ending a term keeps the member in past meetings' attendance).</summary>
    public void Revise(MemberInput input, string? accountId)
    {
        if (input.TermStart is not { } start)
        {
            throw ValidationFailedException.For("termStart", "Indiquez le début du mandat.");
        }
        if (input.TermEnd is { } end && end < start)
        {
            throw ValidationFailedException.For("termEnd", "Un mandat ne peut finir avant d'avoir commencé.");
        }
        Name = input.Name.Trim();
        OrganisationId = input.OrganisationId;
        Representing = string.IsNullOrWhiteSpace(input.Representing) ? null : input.Representing.Trim();
        College = input.College.Trim();
        Voting = input.Voting;
        Chair = input.Chair;
        TermStart = start;
        TermEnd = input.TermEnd;
        AccountId = accountId;
    }
}
