using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>
/// A member of the transition cooperative (sociétaire) in one of its colleges. An inhabitant may be a volunteer of the
/// registry — oriented to an RTE, or an EBE employee trying an RTE activity — linked, not copied: the name stays on the
/// registry's record. RTE holders are members on the start date of each of their grants.
/// </summary>
public class CteMember : TrackedEntity
{
    public int Id { get; set; }
    public int CteId { get; set; }
    public MemberCategory Category { get; set; }
    /// <summary>The member's name; null for a linked volunteer, whose name the registry keeps.</summary>
    public string? Name { get; set; }
    public int? PersonId { get; set; }
    /// <summary>Null while the membership is still to be recorded (a volunteer just oriented to the CTE).</summary>
    public DateOnly? JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public int Shares { get; set; } = 1;
    /// <summary>The DroitEmploi account that reads this record (role Titulaire RTE).</summary>
    public string? AccountId { get; set; }

    public const string NameToConfirm = "à confirmer";

    public static CteMember Admit(int cteId, CteMemberInput input, Person? linked, string? accountId = null)
    {
        var member = new CteMember { CteId = cteId };
        member.Revise(input, linked, accountId);
        return member;
    }

    /// <summary>A volunteer oriented to the CTE from the registry: a member to be, whose membership the coordination records.</summary>
    public static CteMember Oriented(int cteId, Person person) => new() { CteId = cteId, Category = MemberCategory.Inhabitants, PersonId = person.Id };

    public void Revise(CteMemberInput input, Person? linked, string? accountId = null)
    {
        if (input.PersonId is not null)
        {
            if (linked is null)
            {
                throw ValidationFailedException.For("personId", "Cette personne n'est pas dans le registre d'un territoire de la CTE.");
            }
            var orientedToRte = linked.State == PathState.Oriented && linked.Transitions.OrderBy(t => t.At).LastOrDefault()?.Orientation == Orientation.Rte;
            if (!orientedToRte && linked.State != PathState.Hired)
            {
                throw ValidationFailedException.For("personId", "Seul·e un·e volontaire orienté·e vers un RTE, ou un·e salarié·e d'EBE, se lie à une fiche de sociétaire.");
            }
            if (input.Category != MemberCategory.Inhabitants)
            {
                throw ValidationFailedException.For("category", "Une personne du registre est sociétaire au collège des habitant·es.");
            }
            PersonId = linked.Id;
            Name = null;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(input.Name))
            {
                throw ValidationFailedException.For("name", "Indiquez le nom du ou de la sociétaire.");
            }
            PersonId = null;
            Name = input.Name.Trim();
        }
        if (input.JoinedOn is { } joined && input.LeftOn is { } left && left < joined)
        {
            throw ValidationFailedException.For("leftOn", "La sortie ne peut précéder l'adhésion.");
        }
        if (input.LeftOn is not null && input.JoinedOn is null)
        {
            throw ValidationFailedException.For("joinedOn", "Indiquez d'abord la date d'adhésion.");
        }
        Category = input.Category;
        JoinedOn = input.JoinedOn;
        LeftOn = input.LeftOn;
        Shares = input.Shares;
        AccountId = accountId;
    }

    public bool IsMemberOn(DateOnly date) => JoinedOn is { } joined && joined <= date && (LeftOn is null || date < LeftOn);
}
