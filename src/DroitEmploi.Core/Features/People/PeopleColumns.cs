using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// The columns of a volunteers' file: the name DroitEmploi writes in its exports, and the other names
/// French offices give them. Headers match without accents, case or punctuation.
/// </summary>
public static class PeopleColumns
{
    public sealed record Column(string Field, string Header, bool Required, params string[] Aliases)
    {
        public bool Matches(string header)
        {
            var folded = SearchText.Fold(header);
            return folded == SearchText.Fold(Header) || Aliases.Any(a => folded == SearchText.Fold(a));
        }
    }

    public static readonly Column LastName = new("lastName", "Nom", true, "nom de famille", "nom de naissance", "nom d'usage");
    public static readonly Column FirstName = new("firstName", "Prénom", true, "prénoms");
    public static readonly Column BirthDate = new("birthDate", "Date de naissance", true, "né·e le", "née le", "né le", "naissance", "date naissance");
    public static readonly Column Sex = new("sex", "Sexe", false, "genre", "civilité");
    public static readonly Column Email = new("email", "Courriel", false, "email", "e-mail", "mail", "adresse mail", "adresse électronique");
    public static readonly Column Phone = new("phone", "Téléphone", false, "tel", "tél", "portable", "téléphone portable");
    public static readonly Column Street = new("street", "Adresse", false, "rue", "adresse postale");
    public static readonly Column PostalCode = new("postalCode", "Code postal", false, "cp");
    public static readonly Column City = new("city", "Commune", false, "ville");
    public static readonly Column LivesInTerritorySince = new("livesInTerritorySince", "Habite le territoire depuis", false,
        "arrivée sur le territoire", "date d'arrivée", "résidence depuis", "habite depuis");
    public static readonly Column InPerimeter = new("inPerimeter", "Dans le périmètre", false, "périmètre", "adresse dans le périmètre");
    public static readonly Column DeprivedOfEmploymentSince = new("deprivedOfEmploymentSince", "Privé·e d'emploi depuis", false,
        "privée d'emploi depuis", "privé d'emploi depuis", "sans emploi depuis", "privation d'emploi depuis");
    public static readonly Column FranceTravailRegistered = new("franceTravailRegistered", "Inscrit·e à France Travail", false,
        "france travail", "inscrit france travail", "inscrite france travail", "pôle emploi", "inscrit pôle emploi");
    public static readonly Column IncomeSupport = new("incomeSupport", "Minima sociaux", false, "allocation", "minimum social", "revenu");
    public static readonly Column WeeklyHoursWished = new("weeklyHoursWished", "Heures souhaitées", false,
        "heures hebdomadaires souhaitées", "temps de travail souhaité", "heures par semaine");
    public static readonly Column WishedActivities = new("wishedActivities", "Activités souhaitées", false, "envies", "souhaits", "activités");
    public static readonly Column Skills = new("skills", "Savoir-faire", false, "compétences", "savoir faire");
    public static readonly Column CandidacyDate = new("candidacyDate", "Date de candidature", true, "candidature", "date d'inscription", "inscrit·e le");
    public static readonly Column Consent = new("consentGiven", "Consentement", false, "accord rgpd", "consentement rgpd");
    public static readonly Column State = new("state", "Situation", false);

    public static IReadOnlyList<Column> All { get; } =
    [
        LastName, FirstName, BirthDate, Sex, Email, Phone, Street, PostalCode, City, LivesInTerritorySince, InPerimeter,
        DeprivedOfEmploymentSince, FranceTravailRegistered, IncomeSupport, WeeklyHoursWished, WishedActivities, Skills,
        CandidacyDate, Consent, State,
    ];
}
