using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.People;

public sealed class PersonInput
{
    [Required(ErrorMessage = "Le prénom est obligatoire.")]
    [StringLength(100, ErrorMessage = "Le prénom ne peut dépasser 100 caractères.")]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Le nom est obligatoire.")]
    [StringLength(100, ErrorMessage = "Le nom ne peut dépasser 100 caractères.")]
    public string LastName { get; set; } = "";

    [Required(ErrorMessage = "La date de naissance est obligatoire.")]
    public DateOnly? BirthDate { get; set; }

    public Sex Sex { get; set; }

    [EmailAddress(ErrorMessage = "Le courriel n'est pas une adresse valide.")]
    [StringLength(200, ErrorMessage = "Le courriel ne peut dépasser 200 caractères.")]
    public string? Email { get; set; }

    [RegularExpression(@"^[0-9 +().-]{6,30}$", ErrorMessage = "Le téléphone ne contient que des chiffres, espaces, +, points ou tirets.")]
    public string? Phone { get; set; }

    [StringLength(200, ErrorMessage = "L'adresse ne peut dépasser 200 caractères.")]
    public string? Street { get; set; }

    [RegularExpression(@"^\d{5}$", ErrorMessage = "Le code postal compte 5 chiffres.")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "La commune ne peut dépasser 100 caractères.")]
    public string? City { get; set; }

    public DateOnly? LivesInTerritorySince { get; set; }

    public bool InPerimeter { get; set; }

    public DateOnly? DeprivedOfEmploymentSince { get; set; }

    public bool FranceTravailRegistered { get; set; }

    public IncomeSupport IncomeSupport { get; set; }

    [MaxLength(50, ErrorMessage = "Pas plus de 50 savoir-faire.")]
    public List<string> Skills { get; set; } = [];

    [MaxLength(50, ErrorMessage = "Pas plus de 50 activités souhaitées.")]
    public List<string> WishedActivities { get; set; } = [];

    [Range(1, 35, ErrorMessage = "Les heures souhaitées vont de 1 à 35 par semaine.")]
    public int? WeeklyHoursWished { get; set; }

    [MaxLength(7, ErrorMessage = "Une semaine compte sept jours.")]
    public List<DayOfWeek> UnavailableDays { get; set; } = [];

    [StringLength(500, ErrorMessage = "La mobilité ne peut dépasser 500 caractères.")]
    public string? Mobility { get; set; }

    [Required(ErrorMessage = "La date de candidature est obligatoire : elle fixe l'ordre d'embauche.")]
    public DateOnly? CandidacyDate { get; set; }

    public bool ConsentGiven { get; set; }

    /// <summary>The version read before editing; required to update.</summary>
    public int Version { get; set; }

    /// <summary>Create even though a person with the same names and birth date is registered.</summary>
    public bool ConfirmDuplicate { get; set; }
}
