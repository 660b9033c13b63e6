using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Committee;

public sealed class MemberInput
{
    [Required(ErrorMessage = "Nommez le ou la membre.")]
    [StringLength(200, ErrorMessage = "Le nom ne peut dépasser 200 caractères.")]
    public string Name { get; set; } = "";

    public int? OrganisationId { get; set; }

    [StringLength(200, ErrorMessage = "La structure représentée ne peut dépasser 200 caractères.")]
    public string? Representing { get; set; }

    [Required(ErrorMessage = "Choisissez le collège.")]
    [StringLength(120, ErrorMessage = "Le collège ne peut dépasser 120 caractères.")]
    public string College { get; set; } = "";

    public bool Voting { get; set; } = true;
    public bool Chair { get; set; }
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }
    /// <summary>The address of the member's DroitEmploi account, to link the seat to it (optional).</summary>
    [StringLength(256, ErrorMessage = "L'adresse ne peut dépasser 256 caractères.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide.")]
    public string? AccountEmail { get; set; }

    /// <summary>The version the user last saw, when changing a seat.</summary>
    public int? Version { get; set; }

    public static MemberInput Of(MemberView member) => new()
    {
        Name = member.Name,
        OrganisationId = member.OrganisationId,
        Representing = member.Representing,
        College = member.College,
        Voting = member.Voting,
        Chair = member.Chair,
        TermStart = member.TermStart,
        TermEnd = member.TermEnd,
        AccountEmail = member.AccountEmail,
        Version = member.Version,
    };
}
