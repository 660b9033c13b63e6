using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class KpaInput
{
    /// <summary>The KPA's organisation in the directory, when its profile is created.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>The host structure (third place, fablab…) from the directory.</summary>
    public int? HostId { get; set; }

    public KpaAudience Audience { get; set; }

    [Range(1, 3, ErrorMessage = "Un parcours dure 1, 2 ou 3 ans au plus (36 mois de CAPE au plus).")]
    public int LongestPathYears { get; set; } = 3;

    [Required(ErrorMessage = "Nommez le réseau (KPA-cité).")]
    [StringLength(120, ErrorMessage = "Le réseau ne peut dépasser 120 caractères.")]
    public string Network { get; set; } = "KPA-cité";

    [Range(1, 120, ErrorMessage = "Le rappel se fait entre 1 et 120 jours avant la fin d'un contrat.")]
    public int ReminderDays { get; set; } = 30;

    public SharingRule SharingRule { get; set; }

    /// <summary>The version the user last saw, when changing the profile.</summary>
    public int? Version { get; set; }
}
